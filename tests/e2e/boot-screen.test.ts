import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { launchBrowser, type AppLocale, type TestBrowser } from './support/index.js';
import { startServer } from './support/server.js';

let app: TestApp;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.close();
});

/**
 * A first visit (no service worker yet) gets the page's boot screen from the server: its heading
 * and introduction show before the app's code has arrived, and the app takes its place without
 * a flash or a jump. The app's entry script is held back here to look at the page in between.
 */
async function holdAppBack(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * A first visit to `path` in a browser whose app chose `locale` earlier (its cookie tells the server),
 * with the app's code held back until `release()`: until then the page is the server's boot screen.
 */
async function firstVisitHeldBack(locale: AppLocale, path: string) {
  const browser: TestBrowser = await launchBrowser({ locale, baseURL: app.baseUrl });
  await browser.context.addCookies([{ name: 'lugang_locale', value: locale, url: app.baseUrl }]);
  const release = await holdAppBack(browser.page);
  await browser.page.goto(path, { waitUntil: 'domcontentloaded' });
  return { browser, page: browser.page, release };
}

/** The page's layout shifts (CLS), or only those since `since` (performance.now()). */
const layoutShift = (page: Page, since = 0) =>
  page.evaluate(
    (from) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          const counted = entries.filter((e) => !e.hadRecentInput && e.startTime >= from);
          resolve(counted.reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no entry at all: nothing shifted
      }),
    since,
  );

describe('boot screen', () => {
  for (const locale of ['zh-CN', 'en'] as AppLocale[]) {
    it(`shows the showroom's first screen before the app's code, then the app in its place (${locale})`, async () => {
      const { browser, page, release } = await firstVisitHeldBack(locale, '/showroom');
      try {
        const heading = locale === 'en' ? 'Scan to see where a product comes from' : '扫码查看商品来源';

        const boot = page.locator('#boot-screen');
        await expect.poll(() => boot.locator('h1').textContent()).toBe(heading);
        expect(await boot.locator('h1').isVisible()).toBe(true);
        expect(await page.locator('#app').innerHTML()).toBe('');
        const bootBox = await boot.locator('h1').boundingBox();

        release();
        await boot.waitFor({ state: 'detached' });
        const appHeading = page.getByRole('heading', { level: 1 });
        expect(await appHeading.count()).toBe(1);
        expect(await appHeading.textContent()).toBe(heading);
        const appBox = await appHeading.boundingBox();
        // Where the boot screen had it, give or take a pixel or two of font metrics.
        expect(Math.abs((appBox?.y ?? 0) - (bootBox?.y ?? 0))).toBeLessThanOrEqual(4);
        expect(Math.abs((appBox?.x ?? 0) - (bootBox?.x ?? 0))).toBeLessThanOrEqual(4);
        expect(await layoutShift(page)).toBeLessThan(0.01);
      } finally {
        await browser.close();
      }
    });
  }

  it('shows a course page with the course’s title before the app, and keeps it until the course is shown', async () => {
    const { browser, page, release } = await firstVisitHeldBack('en', '/training/courses/ce-ops-101');
    try {
      const title = 'Running a cross-border marketplace store';

      const boot = page.locator('#boot-screen');
      await expect.poll(() => boot.locator('h1').textContent()).toBe(title);
      expect(await boot.locator('.boot-screen__note').textContent()).toMatch(/^Subsidy eligible — /);
      expect(await boot.locator('nav a[aria-current="page"]').getAttribute('href')).toBe('/training');
      expect(await page.locator('#app').innerHTML()).toBe('');

      // The course comes later than the app's code: the boot screen stays while the page has no course to show.
      let sendCourse!: () => void;
      const courseHeld = new Promise<void>((resolve) => (sendCourse = resolve));
      await page.route('**/api/courses/ce-ops-101', async (route) => {
        await courseHeld;
        await route.continue();
      });
      release();
      await page.locator('#app ion-header.hydrated').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      expect(await boot.count()).toBe(1);
      sendCourse();
      await boot.waitFor({ state: 'detached' });
      // Taken away only once the page shows the course: never an empty page in between.
      expect(await page.getByRole('heading', { level: 1, name: title }).isVisible()).toBe(true);
      expect(await page.getByTestId('seats-left').isVisible()).toBe(true);
      expect(await layoutShift(page)).toBeLessThan(0.01);
    } finally {
      await browser.close();
    }
  });

  it('draws the park guide’s floor plan before the app, where the app then draws its own', async () => {
    const { browser, page, release } = await firstVisitHeldBack('en', '/showroom/guide/m-tasman');
    try {
      const bootPlan = page.locator('#boot-screen svg.boot-plan');
      await bootPlan.waitFor();
      expect(await bootPlan.locator('text', { hasText: 'Zone A' }).count()).toBe(1);
      expect(await bootPlan.locator('.boot-plan__booth--highlight text').textContent()).toBe('A-101');
      const bootBox = await bootPlan.boundingBox();

      release();
      await page.locator('#boot-screen').waitFor({ state: 'detached' });
      const uncovered = await page.evaluate(() => performance.now());
      // Taken away once the app's plan is drawn: the plan never disappears in between.
      const appPlan = page.getByRole('img', { name: /Floor plan of the showroom/ });
      expect(await appPlan.isVisible()).toBe(true);
      const appBox = await appPlan.boundingBox();
      expect(Math.abs((appBox?.width ?? 0) - (bootBox?.width ?? 0))).toBeLessThanOrEqual(1);
      expect(Math.abs((appBox?.height ?? 0) - (bootBox?.height ?? 0))).toBeLessThanOrEqual(1);
      expect(Math.abs((appBox?.y ?? 0) - (bootBox?.y ?? 0))).toBeLessThanOrEqual(4);
      // The first download's results move the page's last lines down while the boot screen covers it (CLS
      // 0.018, "good" is under 0.1); nothing moves once the user sees the app.
      expect(await layoutShift(page)).toBeLessThan(0.1);
      expect(await layoutShift(page, uncovered)).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('is left out when the device chose another language than the server knew', async () => {
    const browser = await launchBrowser({ locale: 'en', baseURL: app.baseUrl });
    try {
      const { page } = browser;
      const release = await holdAppBack(page);
      await page.goto('/showroom', { waitUntil: 'domcontentloaded' }); // no cookie: the server sends zh-CN
      await expect.poll(() => page.locator('#boot-screen').count()).toBe(0);
      release();
      await page.getByRole('heading', { level: 1, name: 'Scan to see where a product comes from' }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
