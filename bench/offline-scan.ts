import { readFileSync } from 'node:fs';
import { clientDist } from '../server/src/client-build.js';
import { launchBrowser, waitForServiceWorker } from '../tests/e2e/support/browser.js';
import { percentile, round, startApp, type BenchEnv, type Row } from './harness.js';

const SCANS = 40;

type SeedProduct = { gtin: string; name: { en: string } };

/**
 * Offline scan-to-result in Chromium: from a decoded code handed to the scan page to the product's
 * name on screen, resolved from IndexedDB with the network cut. Measured inside the page.
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

    const times: number[] = [];
    for (let i = 0; i < SCANS; i++) {
      const product = products[i % products.length]!; // i % length is always a valid index
      await page.goto('/showroom/scan');
      await page.getByLabel('Barcode digits or link').fill(product.gtin);
      const ms = await page.evaluate(async (name: string) => {
        const button = [...document.querySelectorAll('ion-button, button')].find(
          (b) => b.textContent?.trim() === 'Look up',
        );
        const start = performance.now();
        (button as HTMLElement).click();
        for (;;) {
          const shown = [...document.querySelectorAll('h1')].some(
            (h) => h.textContent?.trim() === name && h.checkVisibility(),
          );
          if (shown) return performance.now() - start;
          await new Promise((r) => requestAnimationFrame(r));
        }
      }, product.name.en);
      times.push(ms);
    }
    const p95 = percentile(times, 95);
    const name = `offline scan-to-result in Chromium (${SCANS} typed codes, IndexedDB)`;
    return [
      { benchmark: name, metric: 'p50', value: round(percentile(times, 50), 1), unit: 'ms' },
      { benchmark: name, metric: 'p95', value: round(p95, 1), unit: 'ms', goal: '≤ 50 ms', pass: p95 <= 50 },
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}
