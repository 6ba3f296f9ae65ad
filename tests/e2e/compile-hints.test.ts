import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../client/compile-hints.js';
import type { TestApp } from '../support/test-app.js';
import { startServer } from './support/server.js';

let app: TestApp;
beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.close();
});

const text = async (path: string) => (await fetch(`${app.baseUrl}${path}`)).text();

/**
 * client/compile-hints.ts: the chunks the first page starts with open with V8's compile hint, so
 * Chromium compiles them while they download instead of function by function while mounting; the
 * chunks of other pages do not, so nothing is compiled that may never run.
 */
it('marks the first page’s chunks, and only those, for eager compilation', async () => {
  const html = await text('/showroom');
  const template = /<template id="app-scripts">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  const firstPage = [...template.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(firstPage.length).toBeGreaterThan(5);
  for (const path of firstPage) expect((await text(path)).startsWith(`${COMPILE_HINT}\n`), path).toBe(true);

  const precached = [...(await text('/sw.js')).matchAll(/assets\/[\w.-]+\.js/g)].map((m) => `/${m[0]}`);
  const otherPages = [...new Set(precached)].filter((path) => !firstPage.includes(path));
  expect(otherPages.some((path) => path.includes('ShowroomScanPage'))).toBe(true);
  for (const path of otherPages) expect((await text(path)).includes(COMPILE_HINT), path).toBe(false);
});
