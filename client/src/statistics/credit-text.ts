import {
  CREDIT_DEDUCTIONS,
  CREDIT_WINDOW_DAYS,
  RED_LIST_BELOW,
  RESPONSE_WORKING_DAYS,
  type CreditFactor,
} from '@shared/statistics/credit.js';
import type { MerchantCredit } from '@shared/statistics/schemas.js';
import type { Locale } from '@client/i18n/locales';
import { formatCount } from './format';
import type { Translate } from './sections';

const FACTORS = Object.keys(CREDIT_DEDUCTIONS) as CreditFactor[];
const isFactor = (value: string): value is CreditFactor => (FACTORS as string[]).includes(value);

/**
 * The formula in words, from the same constants the server computes with (shared/statistics/credit.ts):
 * the page can never explain a rule the server does not apply.
 */
export function formulaLines(t: Translate): { intro: string; rules: string[]; floor: string } {
  return {
    intro: t('statistics.credit.formula.intro', { days: CREDIT_WINDOW_DAYS }),
    rules: FACTORS.map((factor) =>
      t(`statistics.credit.formula.${factor}`, {
        points: CREDIT_DEDUCTIONS[factor],
        days: RESPONSE_WORKING_DAYS,
      }),
    ),
    floor: t('statistics.credit.formula.floor', { threshold: RED_LIST_BELOW }),
  };
}

/** Each deduction of one merchant in words: "Mediation failed: 2 × 10 points = 20 points off". */
export function deductionLines(credit: MerchantCredit, t: Translate, locale: Locale): string[] {
  return credit.deductions.map(({ factor, points }) => {
    const known = isFactor(factor);
    const n = known ? credit.facts[factor] : 0;
    return t('statistics.credit.deduction', {
      fact: known ? t(`statistics.credit.facts.${factor}`) : factor,
      n: formatCount(n, locale),
      points: known ? CREDIT_DEDUCTIONS[factor] : points,
      total: formatCount(points, locale),
    });
  });
}

/** "100 − 28 = 72 points"; the floor at 0 when the deductions pass 100. */
export function resultLine(credit: MerchantCredit, t: Translate): string {
  const total = credit.deductions.reduce((sum, d) => sum + d.points, 0);
  if (total > 100) return t('statistics.credit.resultFloor', { total });
  return t('statistics.credit.result', { total, score: credit.score });
}

/** The red list first (lowest score first), then the others, also lowest first. */
export function splitRedList<T extends { score: number; redListed: boolean; name: string }>(
  merchants: readonly T[],
): { red: T[]; others: T[] } {
  const sorted = [...merchants].sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return { red: sorted.filter((m) => m.redListed), others: sorted.filter((m) => !m.redListed) };
}
