import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '@shared/disputes/working-days.js';
import { creditScore, isRedListed } from '@shared/statistics/credit.js';
import { creditFactsOf } from '../../../server/src/statistics/credit-facts.js';
import { isSettledForConsumer, isSlowResponse } from '../../../server/src/statistics/outcomes.js';
import { complaintOf } from './cases.js';

const calendar = createWorkingCalendar();
// Tuesday 1 December 2026, noon in Datong.
const now = new Date('2026-12-01T12:00:00+08:00');

describe('what an outcome counts as', () => {
  it('counts agreed terms, or a settled closing with money, as settled in the consumer’s favour', () => {
    const agreed = complaintOf('2026-11-23T09:00', [
      { type: 'accepted', at: '2026-11-23T10:00' },
      { type: 'settled', at: '2026-11-24T10:00', amountFen: 0 },
    ]);
    const closedWithMoney = complaintOf('2026-11-23T09:00', [
      { type: 'accepted', at: '2026-11-23T10:00' },
      { type: 'closed', at: '2026-11-24T10:00', outcome: 'withdrawn', amountFen: 500 },
    ]);
    expect(isSettledForConsumer(agreed.state)).toBe(true);
    expect(isSettledForConsumer(closedWithMoney.state)).toBe(false);
  });

  it('counts working days to the merchant’s first answer, over a weekend', () => {
    // Accepted Friday 27 Nov; answered Wednesday 2 Dec = Mon, Tue, Wed = 3 working days: on time.
    const onTime = complaintOf('2026-11-26T09:00', [
      { type: 'accepted', at: '2026-11-27T09:00' },
      { type: 'merchant_response', at: '2026-12-02T09:00', respondedOn: '2026-12-02' },
    ]);
    // Answered Thursday 3 Dec = 4 working days: slow.
    const late = complaintOf('2026-11-26T09:00', [
      { type: 'accepted', at: '2026-11-27T09:00' },
      { type: 'merchant_response', at: '2026-12-03T09:00', respondedOn: '2026-12-03' },
    ]);
    const later = new Date('2026-12-10T12:00:00+08:00');
    expect(isSlowResponse(onTime.state, onTime.firstRespondedOn, calendar, later)).toBe(false);
    expect(isSlowResponse(late.state, late.firstRespondedOn, calendar, later)).toBe(true);
  });

  it('without an answer, counts the days waited up to now, or up to the end of mediation', () => {
    // Accepted Monday 23 Nov, no answer; by Tuesday 1 Dec six working days have passed.
    const waiting = complaintOf('2026-11-23T09:00', [{ type: 'accepted', at: '2026-11-23T10:00' }]);
    // Ended without agreement on Wednesday 25 Nov: two working days, not the merchant's fault after that.
    const ended = complaintOf('2026-11-23T09:00', [
      { type: 'accepted', at: '2026-11-23T10:00' },
      { type: 'not_settled', at: '2026-11-25T10:00' },
    ]);
    expect(isSlowResponse(waiting.state, null, calendar, now)).toBe(true);
    expect(isSlowResponse(ended.state, null, calendar, now)).toBe(false);
    // Not yet accepted: no response clock at all.
    expect(isSlowResponse(complaintOf('2026-11-01T09:00', []).state, null, calendar, now)).toBe(false);
  });
});

describe('a merchant’s credit facts and score', () => {
  it('adds up outcomes, counterfeit findings and slow answers as the formula on the merchant page says', () => {
    const cases = [
      complaintOf('2026-11-23T09:00', [
        { type: 'accepted', at: '2026-11-23T10:00' },
        { type: 'merchant_response', at: '2026-11-24T10:00', respondedOn: '2026-11-24' },
        { type: 'settled', at: '2026-11-25T10:00', amountFen: 20000 },
        { type: 'closed', at: '2026-11-25T11:00', outcome: 'settled', amountFen: 20000 },
      ]),
      complaintOf('2026-11-23T09:30', [
        { type: 'accepted', at: '2026-11-23T10:00' },
        { type: 'merchant_response', at: '2026-11-30T10:00', respondedOn: '2026-11-30' },
        { type: 'not_settled', at: '2026-11-30T11:00' },
        { type: 'closed', at: '2026-11-30T12:00', outcome: 'not_settled', counterfeitFound: true },
      ]),
      complaintOf('2026-11-23T10:00', [{ type: 'accepted', at: '2026-11-23T11:00' }]),
      complaintOf('2026-11-23T11:00', [{ type: 'closed', at: '2026-11-23T12:00', outcome: 'withdrawn' }]),
    ];
    const facts = creditFactsOf(cases, calendar, now);
    expect(facts).toEqual({
      complaints: 4,
      settledForConsumer: 1,
      notSettled: 1,
      counterfeitFound: 1,
      slowResponses: 2,
      // 1 and 5 working days
      medianResponseWorkingDays: 3,
    });
    // 100 − 4 − 10 − 25 − 2 × 3 = 55, under 60.
    const { score, deductions } = creditScore(facts);
    expect(score).toBe(55);
    expect(deductions).toEqual([
      { factor: 'settledForConsumer', points: 4 },
      { factor: 'notSettled', points: 10 },
      { factor: 'counterfeitFound', points: 25 },
      { factor: 'slowResponses', points: 6 },
    ]);
    expect(isRedListed(score)).toBe(true);
  });

  it('gives a merchant without complaints the full 100 and no median', () => {
    const facts = creditFactsOf([], calendar, now);
    expect(facts.medianResponseWorkingDays).toBeNull();
    expect(creditScore(facts)).toEqual({ score: 100, deductions: [] });
  });
});
