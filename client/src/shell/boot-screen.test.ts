import { describe, expect, it } from 'vitest';
import { LOCALES } from '@client/i18n/locales';
import { BOOT_SCREENS, renderAllBootScreens, renderBootScreen } from './boot-screen';

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('boot screens', () => {
  it('renders every page in every language, for anyone and for a visitor', () => {
    const all = renderAllBootScreens();
    expect(Object.keys(all).sort()).toEqual(Object.keys(BOOT_SCREENS).sort());
    for (const path of Object.keys(BOOT_SCREENS)) {
      for (const locale of LOCALES) {
        for (const audience of ['anyone', 'visitor'] as const) {
          const doc = parse(all[path]![locale][audience]);
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
    const guide = parse(renderBootScreen('/showroom/guide', 'zh-TW', 'anyone'));
    expect(guide.querySelector('h1')?.textContent).toBe('展廳導覽');
  });

  it('says what a visitor sees only to a visitor', () => {
    const signedOut = '登录后才能提交投诉和查看处理进度。';
    expect(renderBootScreen('/disputes', 'zh-CN', 'visitor')).toContain(signedOut);
    expect(renderBootScreen('/disputes', 'zh-CN', 'anyone')).not.toContain(signedOut);
  });

  it('fails the build for a page it has no screen for', () => {
    expect(() => renderBootScreen('/nowhere', 'zh-CN', 'anyone')).toThrow(/no screen for \/nowhere/);
  });
});
