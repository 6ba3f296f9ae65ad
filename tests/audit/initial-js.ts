import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { VIEWPORTS } from './chromium.js';

type Totals = { files: number; gzipBytes: number; rawBytes: number; transferBytes: number };

export type InitialJs = {
  path: string;
  /** JS the page started to fetch before its `load` event (what the first screen waits for). */
  beforeLoad: Totals;
  /** JS the page fetched until the network was idle (also what it loads right after `load`). */
  beforeIdle: Totals;
  /** Milliseconds from navigation start: the `load` event, and when the <h1> showed. */
  loadEventMs: number;
  files: {
    file: string;
    startMs: number;
    rawBytes: number;
    gzipBytes: number;
    transferBytes: number;
    afterLoad: boolean;
  }[];
};

/**
 * The JS of the first page on a first visit (fresh context, empty cache): every script the page
 * itself fetched (Resource Timing of the page, so not the service worker's precache), gzipped
 * here with zlib's default level as the server's `compression()` does, plus the bytes that went
 * over the wire (Resource Timing transferSize: headers included).
 */
export async function measureInitialJs(
  browser: Browser,
  baseUrl: string,
  clientDir: string,
  path: string,
): Promise<InitialJs> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORTS[0], serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await page.goto(path, { waitUntil: 'load' });
    await page
      .locator('h1:visible')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .map((r) => ({ url: r.name, startMs: r.startTime, transferBytes: r.transferSize }));
      return { loadEventMs: nav?.loadEventStart ?? 0, resources };
    });
    const files: InitialJs['files'] = [];
    const seen = new Set<string>();
    for (const resource of timing.resources) {
      const url = new URL(resource.url);
      if (url.origin !== baseUrl || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      const file = join(clientDir, decodeURIComponent(url.pathname));
      if (!existsSync(file)) continue;
      const body = readFileSync(file);
      files.push({
        file: url.pathname,
        startMs: Math.round(resource.startMs),
        rawBytes: body.length,
        gzipBytes: gzipSync(body).length,
        transferBytes: resource.transferBytes,
        afterLoad: resource.startMs >= timing.loadEventMs,
      });
    }
    const totals = (list: typeof files): Totals => ({
      files: list.length,
      rawBytes: list.reduce((n, f) => n + f.rawBytes, 0),
      gzipBytes: list.reduce((n, f) => n + f.gzipBytes, 0),
      transferBytes: list.reduce((n, f) => n + f.transferBytes, 0),
    });
    return {
      path,
      beforeLoad: totals(files.filter((f) => !f.afterLoad)),
      beforeIdle: totals(files),
      loadEventMs: Math.round(timing.loadEventMs),
      files,
    };
  } finally {
    await context.close();
  }
}
