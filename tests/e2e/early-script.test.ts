import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { launchBrowser, type TestBrowser } from './support/index.js';
import { startServer } from './support/server.js';

let app: TestApp;
let browser: TestBrowser;
beforeAll(async () => {
  app = await startServer();
  browser = await launchBrowser({ locale: 'zh-CN', baseURL: app.baseUrl });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * client/src/shell/warm-up-intl.ts makes the page's first Intl formatter (Chromium loads ICU's date
 * data then: a long task) while the app's code is still downloading. That only helps if it is a
 * script of its own that runs as soon as it arrives, not a part of the entry.
 */
it('loads the Intl warm-up first, as a standalone async module that the service worker precaches', async () => {
  const html = await (await fetch(`${app.baseUrl}/showroom`)).text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const first = scripts[0] ?? '';
  expect(first).toMatch(/type="module"/);
  expect(first).toMatch(/\basync\b/);
  const src = /src="([^"]+)"/.exec(first)?.[1] ?? '';
  expect(src).toMatch(/^\/assets\/warm-up-intl-[\w-]+\.js$/);

  const code = await (await fetch(`${app.baseUrl}${src}`)).text();
  expect(code).toContain('Intl.DateTimeFormat');
  expect(code).not.toMatch(/\bimport\b/);
  const serviceWorker = await (await fetch(`${app.baseUrl}/sw.js`)).text();
  expect(serviceWorker).toContain(src.slice(1));

  const { page } = browser;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/showroom');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const timing = await page.evaluate((warmUp) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (part: string) => entries.find((e) => new URL(e.name).pathname.includes(part));
    return { warmUp: find(warmUp)?.startTime, entry: find('/assets/index-')?.startTime };
  }, src);
  expect(timing.warmUp).toBeDefined();
  expect(timing.warmUp).toBeLessThanOrEqual(timing.entry ?? Infinity);
  expect(errors).toEqual([]);
});
