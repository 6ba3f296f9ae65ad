import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-events.js';
import { reduceCase } from './case-state.js';
import { caseDeadlines } from './deadlines.js';
import { whyNot } from './rules.js';
import type { Actor } from './vocabulary.js';
import { createWorkingCalendar } from './working-days.js';

const system: Actor = { id: 'system', role: 'system', name: '陆港' };
const consumer: Actor = { id: 'c1', role: 'consumer', name: '王小明' };
const zhang: Actor = { id: 'm1', role: 'mediator', name: '张调解' };
const zhao: Actor = { id: 'm2', role: 'mediator', name: '赵调解' };

let seq = 0;
const at = (day: string) => `${day}T02:00:00.000Z`;
const ev = <E extends Omit<CaseEvent, 'caseId' | 'seq'>>(e: E) => ({ ...e, caseId: 'c', seq: ++seq }) as CaseEvent;
const filed = () => {
  seq = 0;
  return ev({
    type: 'filed',
    at: at('2026-02-13'),
    actor: system,
    data: {
      caseNumber: 'DT-2026-000001',
      category: 'quality',
      respondentName: '店',
      amountFen: 100,
      evidenceExpected: 1,
    },
  });
};

describe('reducing a case log', () => {
  it('derives status, assignee and outcome from the events', () => {
    const log = [
      filed(),
      ev({ type: 'claimed', at: at('2026-02-14'), actor: zhang, data: { mediator: { id: 'm1', name: '张调解' } } }),
      ev({ type: 'accepted', at: at('2026-02-24'), actor: zhang, data: {} }),
      ev({ type: 'internal_note', at: at('2026-02-24'), actor: zhao, data: { text: '内部' } }),
      ev({ type: 'settled', at: at('2026-03-05'), actor: zhang, data: { terms: '退款', amountFen: 5000 } }),
      ev({ type: 'closed', at: at('2026-03-06'), actor: zhang, data: { outcome: 'settled', amountFen: 5000 } }),
    ];
    const state = reduceCase(log);
    expect(state).toMatchObject({
      status: 'closed',
      lastSeq: 6,
      caseNumber: 'DT-2026-000001',
      assignee: { id: 'm1', name: '张调解' },
      closure: { outcome: 'settled', amountFen: 5000 },
    });
    // The complainant's copy has no notes and reaches the same state.
    const { lastSeq: _a, lastEventAt: _b, ...rest } = state;
    const { lastSeq: _c, lastEventAt: _d, ...fromVisible } = reduceCase(log.filter((e) => e.type !== 'internal_note'));
    expect(fromVisible).toEqual(rest);
  });

  it('carries a counterfeit finding into the closure, and reads closings from before it as none', () => {
    const accepted = [filed(), ev({ type: 'accepted', at: at('2026-02-24'), actor: zhang, data: {} })];
    const withFinding = ev({
      type: 'closed',
      at: at('2026-03-06'),
      actor: zhang,
      data: { outcome: 'withdrawn', amountFen: 0, counterfeitFound: true },
    });
    const older = ev({
      type: 'closed',
      at: at('2026-03-06'),
      actor: zhang,
      data: { outcome: 'withdrawn', amountFen: 0 },
    });
    expect(reduceCase([...accepted, withFinding]).closure?.counterfeitFound).toBe(true);
    expect(reduceCase([...accepted, older]).closure?.counterfeitFound).toBe(false);
  });

  it('does not depend on the order events arrive in (a device merges live and caught-up events)', () => {
    const log = [
      filed(),
      ev({ type: 'accepted', at: at('2026-02-24'), actor: zhang, data: {} }),
      ev({ type: 'message', at: at('2026-02-25'), actor: consumer, data: { text: 'hi' } }),
    ];
    expect(reduceCase([...log].reverse())).toEqual(reduceCase(log));
  });

  it('computes the clocks: decision met, mediation running', () => {
    const state = reduceCase([filed(), ev({ type: 'accepted', at: at('2026-02-24'), actor: zhang, data: {} })]);
    const d = caseDeadlines(state, createWorkingCalendar(), new Date('2026-03-01T00:00:00Z'));
    expect(d.acceptDecision).toMatchObject({ dueDate: '2026-03-02', state: 'met' });
    expect(d.mediation).toMatchObject({ workingDays: 45, state: 'running' });
  });
});

describe('who may append what, when', () => {
  const claimed = () =>
    reduceCase([
      filed(),
      ev({ type: 'claimed', at: at('2026-02-14'), actor: zhang, data: { mediator: { id: 'm1', name: '张调解' } } }),
    ]);

  it('lets the complainant only send messages', () => {
    expect(whyNot(claimed(), { type: 'message' }, consumer)).toBeNull();
    expect(whyNot(claimed(), { type: 'accepted' }, consumer)?.code).toBe('not_your_role');
    expect(whyNot(claimed(), { type: 'internal_note' }, consumer)?.code).toBe('not_your_role');
  });

  it('keeps decisions for the mediator who claimed the case, naming them to others', () => {
    expect(whyNot(claimed(), { type: 'accepted' }, zhang)).toBeNull();
    expect(whyNot(claimed(), { type: 'accepted' }, zhao)).toMatchObject({
      code: 'claimed_by_other',
      message: expect.stringContaining('张调解'),
    });
    expect(whyNot(claimed(), { type: 'claimed' }, zhao)).toMatchObject({ code: 'already_claimed' });
    expect(whyNot(claimed(), { type: 'internal_note' }, zhao)).toBeNull();
    expect(whyNot(claimed(), { type: 'accepted' }, { id: 'a1', role: 'admin' })).toBeNull();
  });

  it('follows the statuses: settle only in mediation, close only with the matching outcome', () => {
    expect(whyNot(claimed(), { type: 'settled' }, zhang)?.code).toBe('wrong_status');
    expect(whyNot(claimed(), { type: 'closed', outcome: 'settled' }, zhang)?.code).toBe('outcome_mismatch');
    expect(whyNot(claimed(), { type: 'closed', outcome: 'withdrawn' }, zhang)).toBeNull();
  });
});
