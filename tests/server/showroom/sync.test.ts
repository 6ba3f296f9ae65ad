import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, FORMULA, OFFICER, TEST_NOW, loginAs, seed } from './support.js';

let t: TestApp;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
  officer = await loginAs(t, OFFICER);
});
afterAll(() => t.close());

const sync = (since?: string, client = new Client(t.baseUrl)) =>
  client.get(`/api/catalogue/sync${since === undefined ? '' : `?since=${encodeURIComponent(since)}`}`);
const batchCount = seed.products.reduce((n, p) => n + p.batches.length, 0);

describe('catalogue sync for offline use', () => {
  it('sends the whole catalogue without a cursor, with keys to check labels offline', async () => {
    const res = await sync();
    expect(res.status).toBe(200);
    expect(res.body.full).toBe(true);
    expect(res.body.cursor).toMatch(/^[A-Za-z0-9_-]+\.\d+$/);
    expect(res.body.merchants).toHaveLength(6);
    expect(res.body.products).toHaveLength(12);
    expect(res.body.batches).toHaveLength(batchCount);
    expect(res.body.serials).toHaveLength(batchCount * 3);
    expect(res.body.keys).toHaveLength(1);
    expect(res.body.revocations).toEqual({ kids: [], serials: [] });
    const formula = res.body.products.find((p: { gtin: string }) => p.gtin === FORMULA.gtin);
    expect(formula).toMatchObject({
      gtin13: FORMULA.gtin13,
      retailPriceFen: 26800,
      customsRegime: '1210',
      merchantId: 'm-tasman',
    });
    const chocolate = res.body.products.find((p: { gtin: string }) => p.gtin === '04608141147132');
    expect(chocolate.retailPriceFen).toBe(1990);
    const tasman = res.body.merchants.find((m: { id: string }) => m.id === 'm-tasman');
    expect(tasman.sells.map((s: { chapter: string }) => s.chapter)).toEqual(['19', '96']);
  });

  it('masks declaration numbers in the offline copy, even for officers', async () => {
    const res = await sync(undefined, officer);
    const batch = res.body.batches.find((b: { lot: string }) => b.lot === FORMULA.lot);
    expect(batch.declarationNo).toBe('4684********722');
  });

  it('sends nothing but the cursor when nothing changed', async () => {
    const { body: first } = await sync();
    const res = await sync(first.cursor);
    expect(res.body).toMatchObject({
      cursor: first.cursor,
      full: false,
      merchants: [],
      products: [],
      batches: [],
      serials: [],
    });
  });

  it('sends only the changed batch after an officer records a clearance status', async () => {
    const { body: before } = await sync();
    const change = await officer.post(`/api/batches/${FORMULA.gtin}/A029163/clearance`, {
      code: 899,
      at: '2026-11-19T15:00:00+08:00',
    });
    expect(change.status).toBe(201);
    const res = await sync(before.cursor);
    expect(res.body.full).toBe(false);
    expect(res.body.cursor).not.toBe(before.cursor);
    expect(res.body.cursor).toBe(change.body.cursor);
    expect(res.body.batches).toHaveLength(1);
    expect(res.body.batches[0]).toMatchObject({ gtin: FORMULA.gtin, lot: 'A029163' });
    expect(res.body.batches[0].clearance.at(-1)).toEqual({ code: 899, at: '2026-11-19T07:00:00.000Z' });
    expect(res.body.products).toEqual([]);
    expect(res.body.merchants).toEqual([]);
    expect((await sync(res.body.cursor)).body.batches).toEqual([]);
  });

  it('sends everything again for a cursor from another database', async () => {
    const res = await sync('someOtherDb.3');
    expect(res.body.full).toBe(true);
    expect(res.body.products).toHaveLength(12);
  });

  it('refuses a malformed cursor with 400', async () => {
    const res = await sync('not a cursor');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
