import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { request, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedLabel } from '../../shared/codes/index.js';
import { loadOrCreateLabelKeyring } from '../../server/src/showroom/label-keyring.js';
import { readSeedFile } from '../../server/src/showroom/seed-file.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  DEMO,
  DEMO_PASSWORD,
  VIEWPORTS,
  axeViolations,
  fitsWidth,
  holdRoomJoin,
  launchBrowser,
  signInViaApi,
  summarize,
  waitForServiceWorker,
  type BrowserOptions,
  type TestBrowser,
} from './support/index.js';
import { snapshotClient } from './support/server.js';

const CAMERA_DIR = fileURLToPath(new URL('../fixtures/camera/', import.meta.url));
const FEEDS = readdirSync(CAMERA_DIR).filter((file) => file.endsWith('.mjpeg'));
const seed = readSeedFile();

const gtin14 = (digits: string) => digits.padStart(14, '0');
/** `qr-dl-8803498143752.mjpeg` → 08803498143752. */
const gtinOfFeed = (file: string) => gtin14(/(\d{8,14})\.mjpeg$/.exec(file)?.[1] ?? '');
function englishName(gtin: string): string {
  const product = seed.products.find((p) => gtin14(p.gtin) === gtin);
  if (!product) throw new Error(`no seed product ${gtin}`);
  return product.name.en;
}

/** The lot a feed's code carries, from the fixtures' INDEX.tsv (the feed shows the PNG of the same name). */
const INDEX = readFileSync(fileURLToPath(new URL('../fixtures/barcodes/INDEX.tsv', import.meta.url)), 'utf8');
function lotOfFeed(file: string): string | null {
  const row = INDEX.split('\n').find((line) => line.startsWith(`${file.replace(/\.mjpeg$/, '.png')}\t`));
  return /(?:\(10\)|\/10\/)([^(/]+)/.exec(row ?? '')?.[1] ?? null;
}

const productPath = (gtin: string) => (url: URL) => url.pathname === `/showroom/products/${gtin}`;

let app: TestApp;
let browser: TestBrowser | undefined;
let requested: string[] = [];
let clientCopy: string | undefined;

beforeAll(async () => {
  clientCopy = await snapshotClient();
  app = await startTestApp({ clientDir: clientCopy });
});
afterAll(async () => {
  await app?.close();
  if (clientCopy) rmSync(clientCopy, { recursive: true, force: true });
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Every request of the page and its service worker, to check that nothing leaves our origin. */
function recordRequests(context: BrowserContext): void {
  requested = [];
  context.on('request', (request) => void requested.push(request.url()));
}

function expectOnlyOwnOrigin(): void {
  const foreign = requested.filter((url) => !url.startsWith(`${app.baseUrl}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
}

async function open(options: Omit<BrowserOptions, 'baseURL'> = {}): Promise<Page> {
  browser = await launchBrowser({ locale: 'en', ...options, baseURL: app.baseUrl });
  recordRequests(browser.context);
  return browser.page;
}

const fakeCamera = (file: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${CAMERA_DIR}${file}`,
];

async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Barcode digits or link').fill(code);
  await page.getByRole('button', { name: 'Look up' }).click();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

describe('scanning with the camera', () => {
  it.each(FEEDS)('%s: the scan page reads the code and opens that product', async (file) => {
    const gtin = gtinOfFeed(file);
    const page = await open({ args: fakeCamera(file) });

    await page.goto('/showroom/scan');
    await page.waitForURL(productPath(gtin), { timeout: 60_000 });
    await heading(page, englishName(gtin)).waitFor();
    expect(new URL(page.url()).searchParams.get('lot')).toBe(lotOfFeed(file));

    // The decoder's WebAssembly came from our origin, like everything else.
    expect(requested.some((url) => url.startsWith(`${app.baseUrl}/assets/`) && url.endsWith('.wasm'))).toBe(true);
    expectOnlyOwnOrigin();
  });
});

describe('typing a code', () => {
  it('a typed EAN-13 opens its product page, with the batches to pick from', async () => {
    const page = await open({ viewport: VIEWPORTS.small });

    await page.goto('/showroom/scan');
    await typeCode(page, '4001956843785');

    await page.waitForURL(productPath('04001956843785'));
    await heading(page, englishName('04001956843785')).waitFor();
    await page.getByRole('heading', { name: 'Batches of this product' }).waitFor();
    await page.getByRole('link', { name: /^Lot G013068/ }).click();
    await page.getByRole('heading', { name: 'Customs clearance' }).waitFor();
    expect(await page.getByText('Status code 899').isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    expectOnlyOwnOrigin();
  });

  it('a mistyped code says exactly what is wrong and stays on the scan page', async () => {
    const page = await open();

    await page.goto('/showroom/scan');
    await typeCode(page, '9304967152416');

    await page.getByRole('alert').filter({ hasText: 'The check digit is wrong' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/showroom/scan');
  });
});

describe('offline', () => {
  it('once the catalogue is on the device, a typed code and a signed label resolve without a network', async () => {
    const page = await open();
    await page.goto('/showroom');
    await waitForServiceWorker(page);
    await page.getByText(/^Catalogue on this device updated/).waitFor();
    // The download and its validation ran in the sync worker: the page itself never loaded that code.
    const pageScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(pageScripts.some((url) => /\/assets\/catalogue-sync\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(pageScripts.filter((url) => url.includes('/assets/catalogue-download-'))).toEqual([]);
    const keyring = loadOrCreateLabelKeyring(app.ctx.config.dataDir, new Date());
    const label = buildSignedLabel(app.baseUrl, keyring.active.secretKey, keyring.active.kid, {
      gtin: '09304967152415',
      lot: 'A010552',
      serial: 'A0105520001',
    });

    await browser?.context.setOffline(true);
    await page.goto('/showroom/scan');
    await typeCode(page, '9401734382683');
    await page.waitForURL(productPath('09401734382683'));
    await heading(page, englishName('09401734382683')).waitFor();
    await page.getByText('Shown from the catalogue on this device (works offline).').waitFor();

    await page.goto(label);
    await page.waitForURL(productPath('09304967152415'));
    await heading(page, englishName('09304967152415')).waitFor();
    await page.getByText('Authentic', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('serial')).toBe('A0105520001');
    expectOnlyOwnOrigin();
  });
});

/** An officer records a clearance status from another device: a separate HTTP client with its own session. */
async function officerRecords(gtin: string, lot: string, code: number): Promise<void> {
  const officer = await request.newContext({ baseURL: app.baseUrl, extraHTTPHeaders: { Origin: app.baseUrl } });
  await officer.post('/api/auth/login', { data: { login: DEMO.officer, password: DEMO_PASSWORD } });
  const response = await officer.post(`/api/batches/${gtin}/${lot}/clearance`, { data: { code } });
  expect(response.status()).toBe(201);
  await officer.dispose();
}

describe('live clearance and the officer tools', () => {
  it('the product page follows a status an officer records, without a reload', async () => {
    const page = await open();
    await page.goto('/showroom/products/08403002276886?lot=F011413');
    await page.getByText('Under customs inspection since', { exact: false }).first().waitFor();

    await officerRecords('08403002276886', 'F011413', 800);

    await page
      .getByText(/^Released by customs on/)
      .first()
      .waitFor();
    expect(await page.getByText('Status code 800').isVisible()).toBe(true);
  });

  it('a status recorded while the page was still joining its live room is shown all the same', async () => {
    const page = await open();
    // The page's join of the product's room is held back until the officer has recorded a status:
    // the change is then never heard live, and the page must ask again once it listens.
    const join = await holdRoomJoin(page.context(), 'product:');
    await page.goto('/showroom/products/04010698909222?lot=L013920');
    await page.getByText('Batch', { exact: true }).first().waitFor();
    expect(await page.getByText(/^Released by customs on/).count()).toBe(0);
    await join.asked;
    await officerRecords('04010698909222', 'L013920', 800);
    join.release();

    await page
      .getByText(/^Released by customs on/)
      .first()
      .waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Released by customs on' }).count())
      .toBeGreaterThan(0);
  });

  it('a status recorded while the connection was down is shown once it is back', async () => {
    const page = await open();
    await page.goto('/showroom/products/04900520157085?lot=K012300');
    await page
      .getByText(/^Released by customs on/)
      .first()
      .waitFor();
    await page.waitForTimeout(1000); // the page has joined the product's room before the connection drops

    await browser?.context.setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
    await officerRecords('04900520157085', 'K012300', 899);
    await browser?.context.setOffline(false);

    await page
      .getByText(/^Customs clearance completed on/)
      .first()
      .waitFor({ timeout: 30_000 });
  });

  it('a status heard live on a product page is what a later offline scan shows (the scan page resolves from memory)', async () => {
    const page = await open();
    await page.goto('/showroom');
    await waitForServiceWorker(page);
    await page.getByText(/^Catalogue on this device updated/).waitFor();
    await page.goto('/showroom/scan');
    const code = '(01)08659341922131(10)I013298';
    await typeCode(page, code);
    await page.waitForURL(productPath('08659341922131'));
    await page
      .getByText(/^Under manual review by customs since/)
      .first()
      .waitFor();

    await officerRecords('08659341922131', 'I013298', 800);
    await page
      .getByText(/^Released by customs on/)
      .first()
      .waitFor();

    await browser?.context.setOffline(true);
    await page.goBack();
    await page.waitForURL('**/showroom/scan');
    await typeCode(page, code);
    await page.waitForURL(productPath('08659341922131'));
    await page.getByText('Shown from the catalogue on this device (works offline).').waitFor();
    expect(
      await page
        .getByText(/^Released by customs on/)
        .first()
        .isVisible(),
    ).toBe(true);
  });

  it('an officer imports a CSV file and reads which rows were rejected, and why', async () => {
    const page = await open();
    await signInViaApi(page, app.baseUrl, { login: DEMO.officer, password: DEMO_PASSWORD });
    await page.goto('/showroom');
    await page.getByText(/^Catalogue on this device updated/).waitFor();
    await page.goto('/showroom/officer');

    await page
      .getByLabel('File content')
      .fill('gtin,lot,code,at\n9401734382683,E017289,899,2026-09-20 10:00\n9401734382683,NOLOT,800,2026-09-20 10:00\n');
    await page.getByRole('button', { name: 'Import' }).click();

    await page.getByText('1 rows applied.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'This product has no such lot' });
    expect(await row.getByRole('cell').first().textContent()).toBe('3');
  });
});

describe('park guide', () => {
  it('highlights the booth of a merchant on the floor plan and says which', async () => {
    const page = await open({ viewport: VIEWPORTS.small });

    await page.goto('/showroom/guide/m-tasman');

    await page.getByText('Booth A-101 is highlighted on the plan: Lugang Select Mother & Baby Imports').waitFor();
    expect(await page.getByRole('img', { name: /Floor plan of the showroom/ }).isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
  });
});

describe('park guide on a first visit', () => {
  it('says the directory is downloading, not that there is none, until it is on the device', async () => {
    const page = await open();
    let sendCatalogue!: () => void;
    const catalogueHeld = new Promise<void>((resolve) => (sendCatalogue = resolve));
    // The download runs in a worker: routed at the context, which sees the worker's requests too.
    await page.context().route('**/api/catalogue/sync**', async (route) => {
      await catalogueHeld;
      await route.continue();
    });

    await page.goto('/showroom/guide');
    await page.getByRole('status').filter({ hasText: 'Updating the catalogue on this device…' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByText('This device has no merchant directory yet').count()).toBe(0);

    sendCatalogue();
    await page.getByRole('img', { name: /Floor plan of the showroom/ }).waitFor();
    expect(await page.getByText('This device has no merchant directory yet').count()).toBe(0);
  });
});

describe('accessibility', () => {
  it('the scan, product and guide pages have no axe violations on a 320 px phone', async () => {
    const page = await open({ viewport: VIEWPORTS.small });
    await page.goto('/showroom');
    await page.getByText(/^Catalogue on this device updated/).waitFor();

    const pages: [path: string, heading: string][] = [
      ['/showroom/scan', 'Scan a product code'],
      ['/showroom/products/09304967152415?lot=A010552&serial=A0105520001', englishName('09304967152415')],
      ['/showroom/guide/m-pacific', 'Park guide'],
    ];
    for (const [path, name] of pages) {
      await page.goto(path);
      await heading(page, name).waitFor();
      const violations = await axeViolations(page);
      expect(violations, `${path}\n${summarize(violations)}`).toEqual([]);
      expect(await fitsWidth(page), path).toBe(true);
    }
  });
});
