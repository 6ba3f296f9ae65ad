import type { QueueItem } from '@shared/disputes/case-views.js';
import type { CaseStatus, Category } from '@shared/disputes/vocabulary.js';
import { OPEN_STATUSES } from '@shared/disputes/vocabulary.js';

export type QueueFilters = { status: CaseStatus | ''; category: Category | ''; merchant: string; overdue: boolean };

export const emptyFilters = (): QueueFilters => ({ status: '', category: '', merchant: '', overdue: false });

/** The same order as the server's: due first; no clock running last, oldest first. */
export function byDueDate(a: QueueItem, b: QueueItem): number {
  if (a.deadline && b.deadline)
    return a.deadline.dueAt.localeCompare(b.deadline.dueAt) || a.filedAt.localeCompare(b.filedAt);
  if (a.deadline || b.deadline) return a.deadline ? -1 : 1;
  return a.filedAt.localeCompare(b.filedAt);
}

/** Whether a line pushed live belongs in the list as filtered (the server filters the first load). */
export function matches(item: QueueItem, f: QueueFilters): boolean {
  if (f.status ? item.status !== f.status : !OPEN_STATUSES.includes(item.status)) return false;
  if (f.category && item.category !== f.category) return false;
  if (f.merchant && item.merchantId !== f.merchant) return false;
  if (f.overdue && !item.overdue) return false;
  return true;
}

export function queueQuery(f: QueueFilters): string {
  const q = new URLSearchParams({ limit: '200' });
  if (f.status) q.set('status', f.status);
  if (f.category) q.set('category', f.category);
  if (f.merchant) q.set('merchant', f.merchant);
  if (f.overdue) q.set('overdue', 'true');
  return q.toString();
}

/** Puts a fresh line in (or takes it out when it no longer matches), keeping the order. */
export function upsertLine(list: readonly QueueItem[], item: QueueItem, f: QueueFilters): QueueItem[] {
  const rest = list.filter((x) => x.id !== item.id);
  return (matches(item, f) ? [...rest, item] : rest).sort(byDueDate);
}
