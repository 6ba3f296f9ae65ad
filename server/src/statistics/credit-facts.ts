import type { WorkingCalendar } from '@shared/disputes/working-days.js';
import type { CreditFacts } from '@shared/statistics/schemas.js';
import type { ComplaintFacts } from './complaint-facts.js';
import { median, oneDecimal } from './median.js';
import {
  isCounterfeitFound,
  isNotSettled,
  isSettledForConsumer,
  isSlowResponse,
  responseWorkingDays,
} from './outcomes.js';

/**
 * The facts of a merchant's credit score (shared/statistics/credit.ts) from its complaints of the window;
 * each count follows the definitions in outcomes.ts.
 */
export function creditFactsOf(cases: readonly ComplaintFacts[], calendar: WorkingCalendar, now: Date): CreditFacts {
  const responseDays = cases.flatMap((c) => {
    const days = responseWorkingDays(c.state, c.firstRespondedOn, calendar);
    return days === null ? [] : [days];
  });
  return {
    complaints: cases.length,
    settledForConsumer: cases.filter((c) => isSettledForConsumer(c.state)).length,
    notSettled: cases.filter((c) => isNotSettled(c.state)).length,
    counterfeitFound: cases.filter((c) => isCounterfeitFound(c.state)).length,
    slowResponses: cases.filter((c) => isSlowResponse(c.state, c.firstRespondedOn, calendar, now)).length,
    medianResponseWorkingDays: oneDecimal(median(responseDays)),
  };
}
