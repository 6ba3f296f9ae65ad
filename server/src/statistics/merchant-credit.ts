import { creditScore, CREDIT_WINDOW_DAYS, isRedListed } from '@shared/statistics/credit.js';
import type { MerchantCredit } from '@shared/statistics/schemas.js';
import type { Locale } from '@shared/showroom/locale.js';
import type { WorkingCalendar } from '@shared/disputes/working-days.js';
import { currentCalendar } from '../disputes/calendar-store.js';
import type { AppContext } from '../feature.js';
import { notFound } from '../http/errors.js';
import { showroomOf } from '../showroom/showroom.js';
import type { MerchantEntry } from '../showroom/snapshot.js';
import { loadComplaints, type ComplaintFacts } from './complaint-facts.js';
import { creditFactsOf } from './credit-facts.js';
import { instantsOf, lastDays, type DayRange } from './days.js';

/** One merchant's credit from its complaints of the window (pure). */
export function merchantCreditOf(
  merchant: Pick<MerchantEntry, 'id' | 'name' | 'booth'>,
  cases: readonly ComplaintFacts[],
  context: { locale: Locale; window: DayRange; calendar: WorkingCalendar; now: Date },
): MerchantCredit {
  const facts = creditFactsOf(cases, context.calendar, context.now);
  const { score, deductions } = creditScore(facts);
  return {
    merchantId: merchant.id,
    name: merchant.name[context.locale],
    booth: merchant.booth,
    score,
    redListed: isRedListed(score),
    facts,
    deductions,
    window: context.window,
  };
}

/**
 * The credit of the showroom's merchants (the park guide's, from the in-memory catalogue), over the
 * complaints filed in the last CREDIT_WINDOW_DAYS calendar days. Lowest score first: the red list on top.
 */
export async function merchantCredits(ctx: AppContext, locale: Locale, merchantId?: string): Promise<MerchantCredit[]> {
  const now = ctx.now();
  const snapshot = await showroomOf(ctx).current();
  const one = merchantId === undefined ? undefined : snapshot.merchants.get(merchantId);
  if (merchantId !== undefined && !one) throw notFound('The merchant');
  const merchants = one ? [one] : [...snapshot.merchants.values()];
  const window = lastDays(CREDIT_WINDOW_DAYS, now);
  const cases = await loadComplaints({ ...instantsOf(window), ...(merchantId ? { merchantId } : {}) });
  const calendar = await currentCalendar();
  const context = { locale, window, calendar, now };
  return merchants
    .map((m) =>
      merchantCreditOf(
        m,
        cases.filter((c) => c.merchantId === m.id),
        context,
      ),
    )
    .sort((a, b) => a.score - b.score || a.booth.localeCompare(b.booth));
}
