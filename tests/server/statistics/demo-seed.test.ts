import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll } from '../../../server/src/seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { signIn } from '../disputes/support.js';
import { getJson, local, staff } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: local('2026-11-23T09:00') });
});
afterAll(() => t?.close());

describe('the statistics demo history', () => {
  it('puts a park merchant on the red list with two closed complaints of the last 60 days', async () => {
    const officer = await staff(t, 'officer@lugang.example');
    const credit = (await getJson(officer, '/api/merchants/m-silkroad/credit')).body;
    // 100 − 2 × 10 (not settled) − 25 (counterfeit found) − 3 (one answer two weeks late) = 52.
    expect(credit).toMatchObject({
      score: 52,
      redListed: true,
      facts: { complaints: 2, settledForConsumer: 0, notSettled: 2, counterfeitFound: 1, slowResponses: 1 },
    });
    // Filed 24 Sept and 9 Oct: outside the default 30 days, inside a 90-day range.
    const dashboard = async (query: string) =>
      (await getJson(officer, `/api/statistics/dashboard${query}`)).body.complaints.byMerchant;
    expect((await dashboard('')).find((m: { merchantId: string }) => m.merchantId === 'm-silkroad')).toBeUndefined();
    expect(
      (await dashboard('?from=2026-08-25')).find((m: { merchantId: string }) => m.merchantId === 'm-silkroad'),
    ).toEqual({
      merchantId: 'm-silkroad',
      name: 'China-Europe Railway Imports Outlet',
      count: 2,
    });
  });

  it('seeds nothing twice, and gives the complainant the closed cases as her own', async () => {
    const consumer = await signIn(t, '13800000002');
    const before = (await consumer.get('/api/me/disputes')).body as { status: string }[];
    expect(before.map((c) => c.status)).toEqual(['closed', 'closed']);
    await seedAll(t.ctx.features, t.ctx);
    expect((await consumer.get('/api/me/disputes')).body).toEqual(before);
  });
});
