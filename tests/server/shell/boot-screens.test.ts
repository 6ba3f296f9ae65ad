import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/**
 * The server's half of the boot screens: index.html for a page path, with that page's first screen
 * from the build's boot-screens.json (the client's half is client/src/shell/boot-screen.test.ts).
 * A build of our own, so the test does not depend on `npm run build` having run.
 */
const INDEX = '<!doctype html><html><head></head><body><div id="app"></div></body></html>';
const screen = (path: string, audience: string) => `<div id="boot-screen">${path} ${audience}</div>`;
const SCREENS = Object.fromEntries(
  ['/showroom', '/disputes'].map((path) => [
    path,
    {
      'zh-CN': { anyone: screen(path, 'anyone'), visitor: screen(path, 'visitor') },
      en: { anyone: 'en', visitor: 'en' },
    },
  ]),
);

let app: TestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lugang-boot-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'boot-screens.json'), JSON.stringify(SCREENS));
  app = await startTestApp({ clientDir: dir, seed: false });
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

  it('sends the plain index.html for a page without a boot screen', async () => {
    expect(await page('/showroom/products/04006381333931')).toBe(INDEX);
    expect(await page('/training/courses/ce-ops-101')).toBe(INDEX);
  });

  it('does not answer missing files with a page', async () => {
    expect((await fetch(`${app.baseUrl}/assets/missing.js`)).status).toBe(404);
  });
});
