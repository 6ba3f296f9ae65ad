import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { features } from '../../../server/src/features.js';
import { ScanModel } from '../../../server/src/showroom/models.js';
import { seedAll } from '../../../server/src/seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { CONSUMER, Client, FORMULA, TEST_NOW, loginAs, resolve } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
});
afterAll(() => t.close());

describe('the park guide', () => {
  it('lists the merchants by booth with what they sell in three languages', async () => {
    const res = await new Client(t.baseUrl).get('/api/merchants');
    expect(res.status).toBe(200);
    expect(res.body.map((m: { booth: string }) => m.booth)).toEqual([
      'A-101',
      'A-115',
      'B-203',
      'B-210',
      'C-305',
      'C-318',
    ]);
    const cellar = res.body.find((m: { id: string }) => m.id === 'm-eurowine');
    expect(cellar).toMatchObject({
      name: { 'zh-CN': '欧陆酒窖', en: 'Euro Cellar' },
      creditCode: '91140200MA01A8YM8T',
      county: '平城区',
    });
    expect(cellar.sells).toEqual([
      { chapter: '22', name: { 'zh-CN': '酒类及饮料', 'zh-TW': '酒類及飲料', en: 'Wine, beer and drinks' } },
    ]);
  });

  it("shows one merchant's products", async () => {
    const res = await new Client(t.baseUrl).get('/api/merchants/m-silkroad');
    expect(res.status).toBe(200);
    expect(res.body.merchant.booth).toBe('B-210');
    expect(res.body.products.map((p: { gtin13: string }) => p.gtin13).sort()).toEqual([
      '4001956843785',
      '4010698909222',
      '4608141147132',
      '8403002276886',
    ]);
  });

  it('answers 404 for a merchant that is not in the park', async () => {
    const res = await new Client(t.baseUrl).get('/api/merchants/m-nobody');
    expect(res.status).toBe(404);
  });
});

describe('scan statistics', () => {
  async function scansOf(gtin: string, count: number): Promise<Record<string, unknown>[]> {
    // Scans are written in batches behind the answer: wait for the batch.
    for (let i = 0; i < 40; i++) {
      const scans = await ScanModel.find({ gtin }).sort({ _id: 1 }).lean();
      if (scans.length >= count) return scans.map(({ _id, __v, ...scan }) => scan);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`fewer than ${count} scans of ${gtin} were recorded`);
  }

  it('record what was scanned and when, but nothing about who scanned it', async () => {
    const consumer = await loginAs(t, CONSUMER);
    await resolve(t, `(01)${FORMULA.gtin}(10)${FORMULA.lot}`, { client: consumer });
    await resolve(t, FORMULA.gtin13, { client: consumer });
    expect(await scansOf(FORMULA.gtin, 2)).toEqual([
      // `day`: the scan's calendar day in Datong, for the officers' per-day statistics.
      { gtin: FORMULA.gtin, lot: FORMULA.lot, at: TEST_NOW, day: '2026-11-20', source: 'element-string' },
      { gtin: FORMULA.gtin, at: TEST_NOW, day: '2026-11-20', source: 'gtin' },
    ]);
  });
  it('are written out at shutdown instead of waiting for the next batch', async () => {
    const before = await ScanModel.countDocuments({ gtin: FORMULA.gtin });
    await resolve(t, FORMULA.gtin13);
    await t.stopFeatures();
    // No waiting for the recorder's one-second batch timer.
    expect(await ScanModel.countDocuments({ gtin: FORMULA.gtin })).toBe(before + 1);
  });
});

describe('the demo catalogue seed', () => {
  it('adds nothing when it runs again at the next start', async () => {
    const before = await new Client(t.baseUrl).get('/api/catalogue/sync');
    await seedAll(features, t.ctx);
    const after = await new Client(t.baseUrl).get('/api/catalogue/sync');
    expect(after.body.cursor).toBe(before.body.cursor);
    expect(after.body.batches).toEqual(before.body.batches);
    expect(after.body.serials).toHaveLength(before.body.serials.length);
  });
});
