import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../audit/chromium.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

type ManifestIcon = { src: string; sizes?: string; type?: string; purpose?: string };
type WebManifest = {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: ManifestIcon[];
};

let app: TestApp;
let profile: string;
let context: BrowserContext;
let page: Page;
let manifestUrl: string;
let manifest: WebManifest;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('ascii') !== 'IHDR')
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function waitForController(timeout: number): Promise<boolean> {
  return page
    .waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout })
    .then(
      () => true,
      () => false,
    );
}

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`No built client in ${CLIENT_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  app = await startTestApp({ clientDir: CLIENT_DIR });
  profile = mkdtempSync(join(tmpdir(), 'lugang-installability-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${app.baseUrl}/showroom`);
  // The worker takes control of the first page once it has activated (clientsClaim); if it
  // activated too late for this load, the next one is controlled.
  if (!(await waitForController(30_000))) {
    await page.reload();
    if (!(await waitForController(30_000))) throw new Error('The service worker never controlled /showroom');
  }
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  if (!href) throw new Error('index.html has no <link rel="manifest">');
  manifestUrl = new URL(href, page.url()).href;
  const response = await page.request.get(manifestUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/(manifest\+)?json/);
  manifest = (await response.json()) as WebManifest;
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await app?.close();
});

describe('installability', () => {
  it('Chromium reports no installability errors for /showroom', async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const parsed = await cdp.send('Page.getAppManifest');
    expect(parsed.url).toBe(manifestUrl);
    expect(parsed.errors).toEqual([]);
    await cdp.detach();
  });

  it('the manifest has names, a start URL in scope, standalone display, colours and icons', () => {
    expect(manifest.name?.trim()).toBeTruthy();
    expect(manifest.short_name?.trim()).toBeTruthy();
    // Chrome shortens longer names on the home screen.
    expect([...(manifest.short_name ?? '')].length).toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBeTruthy();
    const start = new URL(manifest.start_url ?? '', manifestUrl);
    expect(start.origin).toBe(app.baseUrl);
    expect(start.pathname.startsWith(new URL(manifest.scope ?? '/', manifestUrl).pathname)).toBe(true);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = manifest.icons ?? [];
    const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
    const anyIcon = (size: string) =>
      icons.find((i) => i.sizes?.split(/\s+/).includes(size) && purposes(i).includes('any'));
    expect(anyIcon('192x192'), 'an icon of 192×192 for any purpose').toBeDefined();
    expect(anyIcon('512x512'), 'an icon of 512×512 for any purpose').toBeDefined();
    expect(
      icons.some((i) => purposes(i).includes('maskable')),
      'a maskable icon',
    ).toBe(true);
  });

  it('every icon of the manifest is a PNG of its declared size, served with 200 and image/png', async () => {
    const icons = manifest.icons ?? [];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const url = new URL(icon.src, manifestUrl).href;
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toMatch(/^image\/png\b/);
      expect(icon.type ?? 'image/png', url).toBe('image/png');
      const size = pngSize(await response.body());
      expect(size, `${url} is not a PNG`).toBeDefined();
      expect(icon.sizes?.split(/\s+/), url).toContain(`${size?.width}x${size?.height}`);
    }
  });

  it('the worker that controls the page serves the app shell from its precache', async () => {
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      for (const name of names) {
        const cache = await caches.open(name);
        if ((await cache.keys()).some((request) => new URL(request.url).pathname === '/index.html')) return true;
      }
      return false;
    });
    expect(precached).toBe(true);
  });
});
