import type { CreditFacts } from './schemas.js';

/**
 * Merchant credit: 100 points less a deduction per fact, over the complaints filed in the last
 * CREDIT_WINDOW_DAYS, never below 0. Shared so the merchant's page explains exactly what the server computed.
 */
export const CREDIT_WINDOW_DAYS = 365;
export const RED_LIST_BELOW = 60;
/** Working days a merchant has to answer once a case is accepted. */
export const RESPONSE_WORKING_DAYS = 3;

export const CREDIT_DEDUCTIONS = {
  settledForConsumer: 4,
  notSettled: 10,
  counterfeitFound: 25,
  slowResponses: 3,
} as const satisfies Partial<Record<keyof CreditFacts, number>>;
export type CreditFactor = keyof typeof CREDIT_DEDUCTIONS;

export function creditScore(facts: CreditFacts): {
  score: number;
  deductions: { factor: CreditFactor; points: number }[];
} {
  const deductions = (Object.keys(CREDIT_DEDUCTIONS) as CreditFactor[])
    .map((factor) => ({ factor, points: facts[factor] * CREDIT_DEDUCTIONS[factor] }))
    .filter((d) => d.points > 0);
  const total = deductions.reduce((sum, d) => sum + d.points, 0);
  return { score: Math.max(0, 100 - total), deductions };
}

export const isRedListed = (score: number) => score < RED_LIST_BELOW;

/** Product risk: complaints within RISK_WINDOW_DAYS about one GTIN, or one batch of it. */
export const RISK_WINDOW_DAYS = 30;
export const RISK_THRESHOLDS = { product: 3, batch: 2 } as const;
