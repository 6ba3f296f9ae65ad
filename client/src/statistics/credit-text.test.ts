import { describe, expect, it } from 'vitest';
import {
  CREDIT_DEDUCTIONS,
  CREDIT_WINDOW_DAYS,
  RED_LIST_BELOW,
  RESPONSE_WORKING_DAYS,
  creditScore,
} from '@shared/statistics/credit.js';
import { MerchantCreditSchema } from '@shared/statistics/schemas.js';
import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';
import { deductionLines, formulaLines, resultLine, splitRedList } from './credit-text';
import { creditFixture } from './fixtures.test-support';
import { statisticsMessages } from './messages';
import type { Translate } from './sections';

for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { statistics: statisticsMessages[locale] });
const tIn =
  (locale: (typeof LOCALES)[number]): Translate =>
  (key, named) =>
    i18n.global.t(key, named ?? {}, { locale });

describe('merchant credit explained', () => {
  it.each(LOCALES)(
    '%s: the formula states every deduction, the window and the red-list threshold from the shared constants',
    (locale) => {
      const { intro, rules, floor } = formulaLines(tIn(locale));
      expect(intro).toContain(String(CREDIT_WINDOW_DAYS));
      expect(rules).toHaveLength(Object.keys(CREDIT_DEDUCTIONS).length);
      Object.values(CREDIT_DEDUCTIONS).forEach((points, i) => expect(rules[i]).toContain(String(points)));
      expect(rules.at(-1)).toContain(String(RESPONSE_WORKING_DAYS));
      expect(floor).toContain(String(RED_LIST_BELOW));
    },
  );

  it('writes the formula out in English', () => {
    const { intro, rules, floor } = formulaLines(tIn('en'));
    expect(intro).toBe(
      'Every merchant starts at 100 points; for the complaints filed against it in the last 365 days, points are taken off:',
    );
    expect(rules[2]).toBe('25 points for each complaint where counterfeit goods were found;');
    expect(floor).toBe(
      'The score never goes below 0. Merchants under 60 points are on the red list shown to officers.',
    );
  });

  it('explains each deduction of a merchant with its count, and the total that gives the score', () => {
    const credit = MerchantCreditSchema.parse(creditFixture());
    expect(creditScore(credit.facts).score).toBe(credit.score); // the fixture is what the server computes
    expect(deductionLines(credit, tIn('en'), 'en')).toEqual([
      'Settled by agreement: 2 × 4 points = 8 points off',
      'Mediation failed: 1 × 10 points = 10 points off',
      'Counterfeit goods found: 1 × 25 points = 25 points off',
      'Late answers by the merchant: 3 × 3 points = 9 points off',
    ]);
    expect(resultLine(credit, tIn('en'))).toBe('100 − 52 = 48 points');
  });

  it('says the score stops at 0 when the deductions pass 100', () => {
    const credit = creditFixture({ score: 0, deductions: [{ factor: 'counterfeitFound', points: 125 }] });
    expect(resultLine(credit, tIn('en'))).toBe('100 − 125 is below 0: the score is the minimum, 0 points');
  });

  it('puts the red list first, lowest score first', () => {
    const list = [
      { name: 'B', score: 90, redListed: false },
      { name: 'A', score: 40, redListed: true },
      { name: 'C', score: 55, redListed: true },
      { name: 'D', score: 70, redListed: false },
    ];
    const { red, others } = splitRedList(list);
    expect(red.map((m) => m.name)).toEqual(['A', 'C']);
    expect(others.map((m) => m.name)).toEqual(['D', 'B']);
  });
});
