import { describe, expect, it } from 'vitest';
import { LOCALES } from '@client/i18n/locales';
import { fillBootTemplate } from '@shared/shell/boot-template';
import {
  BOOT_SCREENS,
  BOOT_TEMPLATES,
  renderAllBootScreens,
  renderBootScreen,
  renderBootTemplate,
} from './boot-screen';

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('boot screens', () => {
  it('renders every page in every language, for anyone and for a visitor', () => {
    const all = renderAllBootScreens();
    const paths = [...Object.keys(BOOT_SCREENS), ...Object.keys(BOOT_TEMPLATES)];
    expect(Object.keys(all).sort()).toEqual(paths.sort());
    for (const path of paths) {
      for (const locale of LOCALES) {
        for (const audience of ['anyone', 'visitor'] as const) {
          const doc = parse(
            fillBootTemplate(all[path]![locale][audience], { title: 'A course', subsidy: true, plan: '' }),
          );
          const boot = doc.getElementById('boot-screen')!;
          // Hidden from assistive technology and unfocusable: the app says the same a moment later.
          expect(boot.getAttribute('aria-hidden')).toBe('true');
          expect(boot.hasAttribute('inert')).toBe(true);
          expect(boot.querySelector('h1')?.textContent?.trim()).not.toBe('');
          expect([...boot.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual([
            '/showroom',
            '/training',
            '/disputes',
            '/me',
          ]);
        }
      }
    }
  });

  it('uses the app texts of the page and language', () => {
    const showroom = parse(renderBootScreen('/showroom', 'en', 'anyone'));
    expect(showroom.querySelector('header')?.textContent).toBe('Showroom');
    expect(showroom.querySelector('h1')?.textContent).toBe('Scan to see where a product comes from');
    expect(showroom.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe('/showroom');
    const guide = parse(fillBootTemplate(renderBootTemplate('/showroom/guide', 'zh-TW'), { plan: '<svg></svg>' }));
    expect(guide.querySelector('h1')?.textContent).toBe('展廳導覽');
    expect(guide.querySelector('.boot-screen__page svg')).not.toBeNull();
  });

  it('says what a visitor sees only to a visitor', () => {
    const signedOut = '登录后才能提交投诉和查看处理进度。';
    expect(renderBootScreen('/disputes', 'zh-CN', 'visitor')).toContain(signedOut);
    expect(renderBootScreen('/disputes', 'zh-CN', 'anyone')).not.toContain(signedOut);
  });

  it('leaves a course page’s title and subsidy for the server to fill in', () => {
    const template = renderBootTemplate('/training/courses/:code', 'en');
    const eligible = parse(fillBootTemplate(template, { title: 'Cross-border <live> selling', subsidy: true }));
    expect(eligible.querySelector('header')?.textContent).toBe('Training');
    expect(eligible.querySelector('h1')?.textContent).toBe('Cross-border <live> selling');
    expect(eligible.querySelector('.boot-screen__note')?.textContent).toMatch(
      /^Subsidy eligible — This course is eligible/,
    );
    expect(eligible.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe('/training');
    const notEligible = parse(fillBootTemplate(template, { title: 'Customs basics', subsidy: false }));
    expect(notEligible.querySelector('.boot-screen__note')).toBeNull();
  });

  it('fails the build for a page it has no screen for', () => {
    expect(() => renderBootScreen('/nowhere', 'zh-CN', 'anyone')).toThrow(/no screen for \/nowhere/);
    expect(() => renderBootTemplate('/nowhere/:id', 'zh-CN')).toThrow(/no template for \/nowhere\/:id/);
  });
});
