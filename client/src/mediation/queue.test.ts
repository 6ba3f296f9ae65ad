import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@shared/disputes/case-views.js';
import { emptyCaseState } from '@shared/disputes/case-state.js';
import { availableSteps, closeOutcomes, commandOf, emptyDraft } from './actions';
import { emptyFilters, upsertLine } from './queue';

const line = (id: string, over: Partial<QueueItem> = {}): QueueItem => ({
  id,
  caseNumber: `DT-2026-00000${id}`,
  status: 'filed',
  category: 'quality',
  merchantId: 'm-a',
  respondentName: 'A',
  complainantName: '王小明',
  filedAt: '2026-11-20T02:00:00Z',
  amountFen: 100,
  assignee: null,
  deadline: null,
  overdue: false,
  evidence: { expected: 0, received: 0 },
  lastSeq: 1,
  lastEventAt: null,
  ...over,
});
const due = (dueAt: string) => ({
  kind: 'accept_decision' as const,
  dueDate: dueAt.slice(0, 10),
  dueAt,
  workingDays: 7,
  provisional: false,
  state: 'running' as const,
  workingDaysLeft: 3,
});

describe('the mediators’ live queue', () => {
  it('a new case lands in due-date order', () => {
    const list = [line('1', { deadline: due('2026-11-25T00:00:00Z') }), line('2')];

    const next = upsertLine(list, line('3', { deadline: due('2026-11-24T00:00:00Z') }), emptyFilters());

    expect(next.map((i) => i.id)).toEqual(['3', '1', '2']);
  });

  it('a case that no longer matches the filters leaves the list (closed, other merchant, not overdue)', () => {
    const list = [line('1'), line('2')];
    expect(upsertLine(list, line('1', { status: 'closed' }), emptyFilters()).map((i) => i.id)).toEqual(['2']);
    expect(
      upsertLine(list, line('2', { merchantId: 'm-b' }), { ...emptyFilters(), merchant: 'm-a' }).map((i) => i.id),
    ).toEqual(['1']);
    expect(upsertLine([], line('4'), { ...emptyFilters(), overdue: true })).toEqual([]);
  });
});

describe('the mediator’s next steps follow the shared rules', () => {
  const me = { id: 'm1', role: 'mediator' as const };
  const claimed = { ...emptyCaseState(), assignee: { id: 'm1', name: '张调解' } };

  it('a new claimed case can be accepted, refused, or closed as withdrawn', () => {
    expect(availableSteps(claimed, me)).toEqual(['accepted', 'not_accepted', 'closed']);
    expect(closeOutcomes(claimed, me)).toEqual(['withdrawn']);
  });

  it('someone else’s case offers nothing', () => {
    expect(availableSteps(claimed, { id: 'm2', role: 'mediator' })).toEqual([]);
  });

  it('not accepting needs a legal ground and an explanation', () => {
    const result = commandOf('not_accepted', emptyDraft());
    expect('error' in result && result.error.sort()).toEqual(['explanation', 'ground']);
  });
});
