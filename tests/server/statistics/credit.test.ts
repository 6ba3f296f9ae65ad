import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MerchantCreditSchema } from '@shared/statistics/schemas.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newConsumer, type Caller } from '../disputes/support.js';
import {
  accept,
  close,
  complaintWithHistory,
  endWithoutAgreement,
  getJson,
  local,
  respond,
  settle,
  staff,
} from './support.js';

/**
 * Steppe Road Cashmere (no demo complaints) gets four complaints in the week of 23 November 2026 and
 * one more than a year earlier; credit is read on Tuesday 1 December 2026 at noon.
 */
let t: TestApp;
let officer: Caller;

beforeAll(async () => {
  t = await startTestApp({ now: local('2026-11-23T08:00') });
  const steppe = { respondent: { merchantId: 'm-steppe' }, product: { gtin: '8659341922131' } };
  // Outside the 365-day window (which starts on 2 December 2025): not counted.
  t.clock.now = local('2025-11-20T09:00');
  const lastYear = await newConsumer(t);
  await complaintWithHistory(t, lastYear, '2025-11-20T09:00', {
    ...steppe,
    order: { number: 'LG-POS-OLD', purchaseDate: '2025-11-01', amount: 99 },
  });
  t.clock.now = local('2026-11-23T08:00');
  const consumer = await newConsumer(t);
  // 1. Answered the next working day (1), settled with a refund: settled in the consumer's favour.
  await complaintWithHistory(t, consumer, '2026-11-23T09:00', steppe, [
    accept('2026-11-23T10:00'),
    respond('2026-11-24T10:00', '2026-11-24'),
    settle('2026-11-25T10:00', 200),
    close('2026-11-25T11:00', 'settled', 200),
  ]);
  // 2. Answered after 5 working days (slow), no agreement, counterfeit goods found at closing.
  await complaintWithHistory(t, consumer, '2026-11-23T09:30', steppe, [
    accept('2026-11-23T10:00'),
    respond('2026-11-30T10:00', '2026-11-30'),
    endWithoutAgreement('2026-11-30T11:00'),
    close('2026-11-30T12:00', 'not_settled', 0, true),
  ]);
  // 3. Accepted Monday 23 Nov, no answer by Tuesday 1 Dec: 6 working days, slow.
  await complaintWithHistory(t, consumer, '2026-11-23T10:00', steppe, [accept('2026-11-23T11:00')]);
  // 4. Withdrawn before any decision: counts as a complaint, deducts nothing.
  await complaintWithHistory(t, consumer, '2026-11-23T11:00', steppe, [close('2026-11-23T12:00', 'withdrawn')]);
  t.clock.now = local('2026-12-01T12:00');
  officer = await staff(t, 'officer@lugang.example');
}, 300_000);
afterAll(() => t?.close());

// 100 − 4 (settled for the consumer) − 10 (not settled) − 25 (counterfeit) − 2 × 3 (slow answers) = 55.
const steppeCredit = {
  merchantId: 'm-steppe',
  name: 'Steppe Road Cashmere',
  booth: 'C-318',
  score: 55,
  redListed: true,
  facts: {
    complaints: 4,
    settledForConsumer: 1,
    notSettled: 1,
    counterfeitFound: 1,
    slowResponses: 2,
    medianResponseWorkingDays: 3, // of 1 and 5
  },
  deductions: [
    { factor: 'settledForConsumer', points: 4 },
    { factor: 'notSettled', points: 10 },
    { factor: 'counterfeitFound', points: 25 },
    { factor: 'slowResponses', points: 6 },
  ],
  window: { from: '2025-12-02', to: '2026-12-01' },
};

describe('merchant credit', () => {
  it('scores a merchant from its complaint outcomes as the published formula says', async () => {
    const res = await getJson(officer, '/api/merchants/m-steppe/credit');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(steppeCredit);
  });

  it('gives a merchant without complaints 100 and keeps it off the red list', async () => {
    const res = await getJson(officer, '/api/merchants/m-pacific/credit');
    expect(res.body).toMatchObject({
      merchantId: 'm-pacific',
      score: 100,
      redListed: false,
      deductions: [],
      facts: { complaints: 0, medianResponseWorkingDays: null },
    });
  });

  it('lists every showroom merchant lowest score first, with those under 60 on the red list', async () => {
    const list = (await getJson(officer, '/api/merchants/credit')).body as {
      merchantId: string;
      score: number;
      redListed: boolean;
    }[];
    expect(list.map((m) => m.merchantId).sort()).toEqual([
      'm-eurowine',
      'm-pacific',
      'm-seoulbeauty',
      'm-silkroad',
      'm-steppe',
      'm-tasman',
    ]);
    const scores = list.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(list.find((m) => m.merchantId === 'm-steppe')).toEqual(steppeCredit);
    for (const credit of list) expect(MerchantCreditSchema.safeParse(credit).error).toBeUndefined();
    // The demo history puts China-Europe Railway Imports at 52 (see server/src/statistics/seed.ts).
    expect(list.filter((m) => m.redListed).map((m) => [m.merchantId, m.score])).toEqual([
      ['m-silkroad', 52],
      ['m-steppe', 55],
    ]);
  });

  it('names the merchant in the reader’s language', async () => {
    const res = await getJson(officer, '/api/merchants/m-steppe/credit', 'zh-CN');
    expect(res.body.name).not.toBe(steppeCredit.name);
    expect(res.body.name).toMatch(/[\u4e00-\u9fff]/);
  });
});
