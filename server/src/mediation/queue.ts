import mongoose from 'mongoose';
import type { QueueItem, QueuePage, QueueQuery } from '@shared/disputes/case-views.js';
import { emptyCaseState } from '@shared/disputes/case-state.js';
import { OPEN_STATUSES } from '@shared/disputes/vocabulary.js';
import { currentCalendar } from '../disputes/calendar-store.js';
import type { LogHead } from '../disputes/case-log.js';
import { Case, type CaseDoc } from '../disputes/models.js';
import { queueItemOf } from '../disputes/views.js';
import type { AppContext } from '../feature.js';
import type { Principal } from '../http/policy.js';

/** Due first; cases with no clock running go last, oldest first. */
function byDueDate(a: QueueItem, b: QueueItem): number {
  if (a.deadline && b.deadline)
    return a.deadline.dueAt.localeCompare(b.deadline.dueAt) || a.filedAt.localeCompare(b.filedAt);
  if (a.deadline || b.deadline) return a.deadline ? -1 : 1;
  return a.filedAt.localeCompare(b.filedAt);
}

/** A case whose log was never started (a crash right after filing): it still shows, as filed. */
const headOf = (c: CaseDoc): LogHead =>
  (c.summary as LogHead | undefined) ?? {
    state: { ...emptyCaseState(), caseNumber: c.caseNumber, filedAt: c.filedAt.toISOString() },
    publicSeq: 0,
    publicAt: null,
  };

/**
 * The mediators' queue. Deadlines depend on the calendar overrides of today, so they are computed
 * here, in memory, for the cases the database filter leaves (a park's open cases: hundreds).
 */
export async function mediationQueue(ctx: AppContext, principal: Principal, query: QueueQuery): Promise<QueuePage> {
  const filter: Record<string, unknown> = { status: mongoose.trusted({ $in: query.status ?? OPEN_STATUSES }) };
  if (query.category) filter.category = mongoose.trusted({ $in: query.category });
  if (query.merchant) filter['respondent.merchantId'] = query.merchant;
  if (query.assignee === 'me') filter.assigneeId = principal.userId;
  if (query.assignee === 'unassigned') filter.assigneeId = mongoose.trusted({ $exists: false });
  const [cases, calendar] = await Promise.all([Case.find(filter).lean(), currentCalendar()]);
  const now = ctx.now();
  let items = cases.map((c) => queueItemOf(c, headOf(c), calendar, now));
  if (query.overdue !== undefined) items = items.filter((item) => item.overdue === query.overdue);
  items.sort(byDueDate);
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length };
}
