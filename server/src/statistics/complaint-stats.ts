import { caseDeadlines, type Deadline } from '@shared/disputes/deadlines.js';
import {
  CASE_STATUSES,
  CATEGORIES,
  CATEGORY_LABELS,
  STATUS_LABELS,
  type Category,
} from '@shared/disputes/vocabulary.js';
import type { WorkingCalendar } from '@shared/disputes/working-days.js';
import type { Locale } from '@shared/showroom/locale.js';
import type { ComplaintStatsSchema, DeadlineMissSchema } from '@shared/statistics/schemas.js';
import type { z } from 'zod';
import type { ComplaintFacts } from './complaint-facts.js';
import { median, oneDecimal } from './median.js';
import { settledAt } from './outcomes.js';

type ComplaintStats = z.infer<typeof ComplaintStatsSchema>;
type DeadlineMiss = z.infer<typeof DeadlineMissSchema>;

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

function countBy<K>(items: readonly ComplaintFacts[], key: (c: ComplaintFacts) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Every category, most complained about first (ties in the vocabulary's order). */
export function complaintsByCategory(cases: readonly ComplaintFacts[], locale: Locale) {
  const counts = countBy(cases, (c) => c.category);
  return CATEGORIES.map((category: Category) => ({
    category,
    label: CATEGORY_LABELS[category][locale],
    count: counts.get(category) ?? 0,
  })).sort(byCount);
}

/** Every status in the order of a case's life, as the cases filed in the range stand now. */
export function complaintsByState(cases: readonly ComplaintFacts[], locale: Locale) {
  const counts = countBy(cases, (c) => c.state.status);
  return CASE_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status][locale],
    count: counts.get(status) ?? 0,
  }));
}

/**
 * Per merchant named in the complaints, most complained about first. Showroom merchants by id and their
 * name in the reader's language; merchants from outside the showroom by the name the complainant gave.
 */
export function complaintsByMerchant(
  cases: readonly ComplaintFacts[],
  merchantName: (merchantId: string) => string | undefined,
) {
  const rows = new Map<string, { merchantId: string | null; name: string; count: number }>();
  for (const c of cases) {
    const key = c.merchantId ? `id:${c.merchantId}` : `name:${c.respondentName}`;
    const row = rows.get(key) ?? {
      merchantId: c.merchantId,
      name: (c.merchantId && merchantName(c.merchantId)) || c.respondentName,
      count: 0,
    };
    row.count += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name));
}

/** Hours from filing to acceptance, of each accepted case. */
export const hoursToAcceptance = (cases: readonly ComplaintFacts[]): number[] =>
  cases.flatMap((c) => (c.state.acceptedAt ? [(Date.parse(c.state.acceptedAt) - c.filedAt.getTime()) / HOUR_MS] : []));

/** Days from filing to settlement (see outcomes.ts: settledAt), of each settled case. */
export const daysToSettlement = (cases: readonly ComplaintFacts[]): number[] =>
  cases.flatMap((c) => {
    const at = settledAt(c.state);
    return at ? [(Date.parse(at) - c.filedAt.getTime()) / DAY_MS] : [];
  });

const KIND = { accept_decision: 'acceptance', mediation: 'mediation' } as const;

/**
 * The statutory clocks of disputes (shared/disputes/deadlines.ts) that were not kept: the accept
 * decision (7 working days from filing) and mediation (45 from acceptance), done late (`missed`) or not
 * done and past due now (`overdue`, doneAt null). Earliest due first.
 */
export function deadlinesMissed(
  cases: readonly ComplaintFacts[],
  calendar: WorkingCalendar,
  now: Date,
): DeadlineMiss[] {
  const misses: DeadlineMiss[] = [];
  for (const c of cases) {
    const { state } = c;
    const clocks = caseDeadlines(state, calendar, now);
    const doneAt = {
      accept_decision: state.decidedAt ?? state.closure?.at ?? null,
      mediation: state.settlement?.at ?? state.mediationEnded?.at ?? state.closure?.at ?? null,
    };
    for (const clock of [clocks.acceptDecision, clocks.mediation]) {
      if (!clock || !isMiss(clock)) continue;
      misses.push({
        caseId: c.id,
        caseNumber: c.caseNumber,
        kind: KIND[clock.kind],
        dueAt: clock.dueAt,
        doneAt: clock.state === 'missed' ? doneAt[clock.kind] : null,
      });
    }
  }
  return misses.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.caseNumber.localeCompare(b.caseNumber));
}
const isMiss = (d: Deadline) => d.state === 'missed' || d.state === 'overdue';

/** The complaints part of the dashboard, over the complaints filed in the range. */
export function complaintStats(
  cases: readonly ComplaintFacts[],
  options: {
    locale: Locale;
    merchantName: (merchantId: string) => string | undefined;
    calendar: WorkingCalendar;
    now: Date;
  },
): ComplaintStats {
  const toAcceptance = hoursToAcceptance(cases);
  const toSettlement = daysToSettlement(cases);
  return {
    total: cases.length,
    byCategory: complaintsByCategory(cases, options.locale),
    byMerchant: complaintsByMerchant(cases, options.merchantName),
    byState: complaintsByState(cases, options.locale),
    medianHoursToAcceptance: oneDecimal(median(toAcceptance)),
    acceptedCount: toAcceptance.length,
    medianDaysToSettlement: oneDecimal(median(toSettlement)),
    settledCount: toSettlement.length,
    deadlinesMissed: deadlinesMissed(cases, options.calendar, options.now),
  };
}
