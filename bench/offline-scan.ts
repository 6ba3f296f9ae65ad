import { readFileSync } from 'node:fs';
import { clientDist } from '../server/src/client-build.js';
import { launchBrowser, waitForServiceWorker } from '../tests/e2e/support/browser.js';
import { percentile, round, startApp, type BenchEnv, type Row } from './harness.js';

const SCANS = Number(process.env.BENCH_SCANS ?? 40);

type SeedProduct = { gtin: string; name: { en: string } };

/**
 * Offline scan-to-result in Chromium: from a decoded code handed to the scan page to the product's
 * name on screen, resolved from IndexedDB with the network cut. Measured inside the page; the first
 * scan of the session includes loading the product page's code (from the service worker's cache).
 */
export async function run(env: BenchEnv): Promise<Row[]> {
  const { products } = JSON.parse(readFileSync('server/seed/showroom.json', 'utf8')) as { products: SeedProduct[] };
  const app = await startApp(env, new Date(), clientDist);
  const browser = await launchBrowser({ locale: 'en', baseURL: app.baseUrl });
  try {
    const { page, context } = browser;
    await page.goto('/showroom');
    await waitForServiceWorker(page);
    await page.getByText(/^Catalogue on this device updated/).waitFor({ timeout: 60_000 });
    await context.setOffline(true);

    // One scanning session, as at a showroom shelf: the scan page stays open (the app loaded once,
    // from the service worker) and each result page is closed with its back button before the next scan.
    await page.goto('/showroom/scan');
    const entry = page.getByLabel('Barcode digits or link');
    const times: number[] = [];
    const renderTimes: number[] = [];
    for (let i = 0; i < SCANS; i++) {
      const product = products[i % products.length]!; // i % length is always a valid index
      if (i > 0) {
        await page.locator('.ion-page:not(.ion-page-hidden) ion-back-button').last().click();
        await page.waitForURL('**/showroom/scan');
      }
      await entry.waitFor({ state: 'visible' });
      await entry.fill(product.gtin);
      const { rendered, seen } = await page.evaluate(async (name: string) => {
        const button = [...document.querySelectorAll('ion-button, button')].find(
          (b) => b.textContent?.trim() === 'Look up',
        );
        const scanPath = location.pathname;
        // (No named functions in here: tsx would wrap them in a helper the page does not have.)
        const headings = '.ion-page:not(.ion-page-hidden) h1';
        // When the answer is in the page's DOM (before Ionic's transition lets it be seen), to the task.
        let renderedAt: number | undefined;
        const observer = new MutationObserver(() => {
          if (
            location.pathname !== scanPath &&
            [...document.querySelectorAll(headings)].some((h) => h.textContent?.trim() === name)
          )
            renderedAt ??= performance.now();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        (button as HTMLElement).click();
        for (;;) {
          // The product page this scan opened, not one Ionic still keeps from an earlier scan; its
          // name really seen: not under a page Ionic keeps transparent until its transition starts.
          const shown =
            location.pathname !== scanPath &&
            [...document.querySelectorAll(headings)].some(
              (h) =>
                h.textContent?.trim() === name &&
                h.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            );
          if (shown) {
            observer.disconnect();
            const seenAt = performance.now();
            return { rendered: (renderedAt ?? seenAt) - start, seen: seenAt - start };
          }
          // Checked once a frame, after the frame is drawn: what is seen is what the frame showed.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        }
      }, product.name.en);
      times.push(seen);
      renderTimes.push(rendered);
    }
    const p95 = percentile(times, 95);
    const name = `offline scan-to-result in Chromium (${SCANS} typed codes, IndexedDB)`;
    return [
      // For the record: the product page holds the answer this soon; Ionic's outlet then waits ≥ 2 frames.
      {
        benchmark: name,
        metric: 'p50 until in the page (DOM)',
        value: round(percentile(renderTimes, 50), 1),
        unit: 'ms',
      },
      {
        benchmark: name,
        metric: 'p95 until in the page (DOM)',
        value: round(percentile(renderTimes, 95), 1),
        unit: 'ms',
      },
      { benchmark: name, metric: 'p50', value: round(percentile(times, 50), 1), unit: 'ms' },
      { benchmark: name, metric: 'p95', value: round(p95, 1), unit: 'ms', goal: '≤ 50 ms', pass: p95 <= 50 },
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}
