import type { CaseState } from '@shared/disputes/case-state.js';
import { RESPONSE_WORKING_DAYS } from '@shared/statistics/credit.js';
import { shanghaiDay, type WorkingCalendar } from '@shared/disputes/working-days.js';
import { addDays } from './days.js';

/**
 * What a complaint's outcome counts as, for the dashboard and merchant credit (shared/statistics/credit.ts).
 * Pure functions of the case's reduced log, so that they can be checked without a database.
 */

/**
 * Settled in the consumer's favour: the parties agreed terms (a `settled` event), or the case was closed
 * with the outcome `settled` and an amount above zero.
 */
export const isSettledForConsumer = (state: CaseState): boolean =>
  state.settlement !== null || (state.closure?.outcome === 'settled' && state.closure.amountFen > 0);

/** When it was settled: the `settled` event, else the closing that recorded the settlement. */
export const settledAt = (state: CaseState): string | null =>
  state.settlement?.at ?? (isSettledForConsumer(state) ? (state.closure?.at ?? null) : null);

/** Not settled: mediation ended without agreement (a `not_settled` event), or closed with that outcome. */
export const isNotSettled = (state: CaseState): boolean =>
  state.mediationEnded !== null || state.closure?.outcome === 'not_settled';

/** The mediator recorded counterfeit goods when closing (events before that field existed: false). */
export const isCounterfeitFound = (state: CaseState): boolean => state.closure?.counterfeitFound === true;

/** When mediation stopped running: settled, ended without agreement, or closed. */
const mediationEndedAt = (state: CaseState): string | null =>
  state.settlement?.at ?? state.mediationEnded?.at ?? state.closure?.at ?? null;

/** Working days after `fromDay` (not counted) through `toDay` (counted); 0 when `toDay` is not later. */
export const workingDaysBetween = (calendar: WorkingCalendar, fromDay: string, toDay: string): number =>
  toDay > fromDay ? calendar.workingDaysLeft(addDays(fromDay, 1), toDay) : 0;

/**
 * The merchant's response time: working days (Asia/Shanghai, official calendar) from the day of acceptance
 * to the `respondedOn` day of the first `merchant_response`. Null when the case was never accepted or
 * the merchant has not answered.
 */
export function responseWorkingDays(
  state: CaseState,
  firstRespondedOn: string | null,
  calendar: WorkingCalendar,
): number | null {
  if (!state.acceptedAt || !firstRespondedOn) return null;
  return workingDaysBetween(calendar, shanghaiDay(new Date(state.acceptedAt)), firstRespondedOn);
}

/**
 * Slow: the merchant answered more than RESPONSE_WORKING_DAYS working days after acceptance, or has not
 * answered and more than that have passed — counted up to now, or up to the end of mediation when the
 * case ended without an answer (a merchant is not blamed for days after the case was over).
 */
export function isSlowResponse(
  state: CaseState,
  firstRespondedOn: string | null,
  calendar: WorkingCalendar,
  now: Date,
): boolean {
  if (!state.acceptedAt) return false;
  const answered = responseWorkingDays(state, firstRespondedOn, calendar);
  if (answered !== null) return answered > RESPONSE_WORKING_DAYS;
  const until = mediationEndedAt(state) ?? now.toISOString();
  const waited = workingDaysBetween(calendar, shanghaiDay(new Date(state.acceptedAt)), shanghaiDay(new Date(until)));
  return waited > RESPONSE_WORKING_DAYS;
}
