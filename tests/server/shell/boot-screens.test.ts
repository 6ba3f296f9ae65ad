import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MerchantModel } from '../../../server/src/showroom/models.js';
import { Course } from '../../../server/src/training/models.js';
import { seedCourses } from '../../../server/src/training/seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/**
 * The server's half of the boot screens: index.html for a page path, with that page's first screen
 * from the build's boot-screens.json (the client's half is client/src/shell/boot-screen.test.ts).
 * A build of our own, so the test does not depend on `npm run build` having run.
 */
const INDEX = '<!doctype html><html><head></head><body><div id="app"></div></body></html>';
const screen = (path: string, audience: string) => `<div id="boot-screen">${path} ${audience}</div>`;
const COURSE_TEMPLATE = (locale: string) =>
  `<div id="boot-screen" lang="${locale}"><h1>{{title}}</h1><!--if:subsidy--><p>subsidy</p><!--/if:subsidy--></div>`;
const GUIDE_TEMPLATE = (locale: string) => `<div id="boot-screen" lang="${locale}">{{{plan}}}</div>`;
const byLocale = (template: (locale: string) => string) =>
  Object.fromEntries(
    ['zh-CN', 'zh-TW', 'en'].map((locale) => [locale, { anyone: template(locale), visitor: template(locale) }]),
  );
const SCREENS = {
  ...Object.fromEntries(
    ['/showroom', '/disputes'].map((path) => [
      path,
      {
        'zh-CN': { anyone: screen(path, 'anyone'), visitor: screen(path, 'visitor') },
        en: { anyone: 'en', visitor: 'en' },
      },
    ]),
  ),
  '/training/courses/:code': byLocale(COURSE_TEMPLATE),
  '/showroom/guide': byLocale(GUIDE_TEMPLATE),
  '/showroom/guide/:merchantId': byLocale(GUIDE_TEMPLATE),
};

let app: TestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lugang-boot-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'boot-screens.json'), JSON.stringify(SCREENS));
  app = await startTestApp({ clientDir: dir, seed: false });
  await seedCourses(app.clock.now);
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('cache-control')).toBe('no-cache');
  return response.text();
};

describe('boot screens', () => {
  it('sends a page with its first screen after the app root, in the default language', async () => {
    expect(await page('/showroom')).toBe(
      INDEX.replace('<div id="app"></div>', `<div id="app"></div>${screen('/showroom', 'visitor')}`),
    );
    expect(await page('/showroom/')).toContain(screen('/showroom', 'visitor'));
  });

  it('sends what a visitor sees only when there is no session cookie', async () => {
    expect(await page('/disputes', 'lugang_sid=abc')).toContain(screen('/disputes', 'anyone'));
    expect(await page('/disputes', 'other=1')).toContain(screen('/disputes', 'visitor'));
  });

  it('fills a course page’s boot screen with the course’s title in the reader’s language', async () => {
    const course = await Course.findOne({ code: 'ce-ops-101' }).lean();
    expect(course?.subsidyEligible).toBe(true);
    const title = (locale: 'zh-CN' | 'en') => (course?.title?.[locale] ?? '').replaceAll('&', '&amp;');
    expect(title('en')).not.toBe('');
    expect(await page('/training/courses/ce-ops-101', 'lugang_locale=en')).toContain(
      `<div id="boot-screen" lang="en"><h1>${title('en')}</h1><p>subsidy</p></div>`,
    );
    expect(await page('/training/courses/ce-ops-101/')).toContain(
      `<div id="boot-screen" lang="zh-CN"><h1>${title('zh-CN')}</h1><p>subsidy</p></div>`,
    );
    // A language the app does not have is the default one.
    expect(await page('/training/courses/ce-ops-101', 'lugang_locale=fr')).toContain('lang="zh-CN"');
  });

  it('leaves out the subsidy of a course without one, and escapes what the course says', async () => {
    await Course.updateOne(
      { code: 'ce-ops-101' },
      { $set: { subsidyEligible: false, 'title.zh-TW': '<script>alert(1)</script> $& 直播' } },
    );
    expect(await page('/training/courses/ce-ops-101', 'lugang_locale=zh-TW')).toContain(
      '<div id="boot-screen" lang="zh-TW"><h1>&lt;script&gt;alert(1)&lt;/script&gt; $&amp; 直播</h1></div>',
    );
  });

  it('draws the park guide’s floor plan from the booths, with a merchant’s booth highlighted on theirs', async () => {
    expect(await page('/showroom/guide')).toContain('<div id="boot-screen" lang="zh-CN"></div>'); // no merchants yet
    const name = { 'zh-CN': '商家', 'zh-TW': '商家', en: 'Merchant' };
    const merchant = { name, creditCode: '91140200MA0000000X', county: '平城区' };
    await MerchantModel.create([
      { ...merchant, merchantId: 'm-one', booth: 'A-101' },
      { ...merchant, merchantId: 'm-two', booth: 'B-7<script>' },
    ]);

    const guide = await page('/showroom/guide', 'lugang_locale=en');
    expect(guide).toContain('<svg class="boot-plan" viewBox=');
    expect(guide).toContain('>Zone A</text>');
    expect(guide).toContain('>A-101</text>');
    // Booth codes are data: escaped, never markup.
    expect(guide).toContain('>B-7&lt;script&gt;</text>');
    expect(guide).not.toContain('<script>');
    expect(guide).not.toContain('boot-plan__booth--highlight');
    expect(await page('/showroom/guide')).toContain('>A 区</text>');

    const highlighted = await page('/showroom/guide/m-one', 'lugang_locale=zh-TW');
    expect(highlighted).toContain('>A 區</text>');
    expect(highlighted).toMatch(
      /<g class="boot-plan__booth boot-plan__booth--highlight"><rect [^>]+\/><text [^>]+>A-101</,
    );
  });

  it('sends the plain index.html for a page without a boot screen, or a course that does not exist', async () => {
    expect(await page('/showroom/products/04006381333931')).toBe(INDEX);
    expect(await page('/training/courses/no-such-course')).toBe(INDEX);
    expect(await page('/training/courses/ce-ops-101/edit')).toBe(INDEX);
  });

  it('does not answer missing files with a page', async () => {
    expect((await fetch(`${app.baseUrl}/assets/missing.js`)).status).toBe(404);
  });
});
