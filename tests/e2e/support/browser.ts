import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The phones we design for: a common one, and the narrowest still in use. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  small: { width: 320, height: 640 },
} as const;

export type AppLocale = 'zh-CN' | 'zh-TW' | 'en';

export type BrowserOptions = {
  /** 390×844 by default. */
  viewport?: { width: number; height: number };
  /**
   * The browser's language, and the app's on the first visit (the app keeps its own choice in
   * localStorage and starts in zh-CN otherwise). zh-CN by default.
   */
  locale?: AppLocale;
  /** Where relative `page.goto('/me')` calls go: usually the test server's `baseUrl`. */
  baseURL?: string;
  /**
   * Extra Chromium flags, e.g. a fake camera:
   * `['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--use-file-for-fake-video-capture=<file.y4m|mjpeg>']`.
   */
  args?: string[];
};

export type TestBrowser = { context: BrowserContext; page: Page; close(): Promise<void> };

/**
 * Debian's Chromium through playwright-core, in a fresh profile (so IndexedDB, the service worker
 * and localStorage start empty), with service workers allowed.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const locale = options.locale ?? 'zh-CN';
  const profile = mkdtempSync(join(tmpdir(), 'lugang-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
    viewport: options.viewport ?? VIEWPORTS.phone,
    locale,
    baseURL: options.baseURL,
    serviceWorkers: 'allow',
  });
  // The app's language on a first visit; a choice made in the app later is kept.
  await context.addInitScript((chosen: string) => {
    try {
      if (!localStorage.getItem('lugang.locale')) localStorage.setItem('lugang.locale', chosen);
    } catch {
      // about:blank and other opaque origins have no storage.
    }
  }, locale);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the service worker controls the page: only then does the app open offline.
 * (`navigator.serviceWorker.ready` can resolve while the worker is still activating.)
 */
export async function waitForServiceWorker(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    undefined,
    {
      timeout,
    },
  );
}

/** True when nothing on the page scrolls sideways (the document or any ion-content). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) return false;
    return [...document.querySelectorAll('ion-content')].every((content) => {
      const scroller = content.shadowRoot?.querySelector<HTMLElement>('.inner-scroll');
      return !scroller || scroller.scrollWidth <= scroller.clientWidth;
    });
  });
}
