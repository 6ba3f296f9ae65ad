import type { CreditFacts } from './schemas.js';

/**
 * Merchant credit: 100 points less a deduction per fact, over the complaints filed in the last
 * CREDIT_WINDOW_DAYS, never below 0. Shared so the merchant's page explains exactly what the server computed.
 */
export const CREDIT_WINDOW_DAYS = 365;
export const RED_LIST_BELOW = 60;
/** Working days a merchant has to answer once a case is accepted. */
export const RESPONSE_WORKING_DAYS = 3;

/**
 * Points per fact. What each fact counts (the server's statistics/outcomes.ts implements exactly this):
 * - settledForConsumer: the parties agreed terms (a `settled` event), or the case was closed with the
 *   outcome `settled` and an amount above zero;
 * - notSettled: mediation ended without agreement (a `not_settled` event or closing outcome);
 * - counterfeitFound: the mediator recorded counterfeit goods when closing the case;
 * - slowResponses: see CreditFactsSchema; response times are working days (official calendar,
 *   Asia/Shanghai) from the day of acceptance to the `respondedOn` day of the first merchant response.
 */
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
