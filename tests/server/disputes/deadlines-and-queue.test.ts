import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../server/src/accounts/audit.model.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { complaint, fileOk, newConsumer, signIn, type Caller } from './support.js';

let t: TestApp;
let consumer: Caller;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-02-13T10:00:00+08:00') });
  consumer = await newConsumer(t);
});
afterAll(() => t?.close());

/** Staff sessions end after 30 idle minutes: sign in again after moving the clock. */
const staff = (login = 'mediator@lugang.example') => signIn(t, login);
const setClock = (iso: string) => (t.clock.now = new Date(iso));
type Item = { id: string; overdue: boolean; deadline: { dueAt: string } | null };
const queue = async (query = '') =>
  (await (await staff()).get(`/api/mediation/queue?limit=200${query}`)).body as { items: Item[]; total: number };
const ids = (items: Item[]) => items.map((i) => i.id);

describe('the accept-decision clock', () => {
  let caseId: string;

  it('is due 7 working days after filing, across the 2026 Spring Festival and its make-up days', async () => {
    setClock('2026-02-13T10:00:00+08:00');
    const res = await consumer.post('/api/disputes', complaint(), { 'idempotency-key': 'spring-festival-case' });
    caseId = res.body.id;
    expect(res.body.acceptDecisionDue).toEqual({
      dueDate: '2026-03-02',
      dueAt: '2026-03-02T15:59:59.999Z',
      provisional: false,
    });
    const view = await consumer.get(`/api/disputes/${caseId}`);
    expect(view.body.deadlines.acceptDecision).toMatchObject({
      dueDate: '2026-03-02',
      state: 'running',
      workingDaysLeft: 8,
    });
    expect(view.body.deadlines.mediation).toBeNull();
  });

  it('shows time left shrinking over the holiday only on working days', async () => {
    setClock('2026-02-20T10:00:00+08:00'); // in the holiday: 24–28 Feb and 2 Mar are left
    expect((await consumer.get(`/api/disputes/${caseId}`)).body.deadlines.acceptDecision.workingDaysLeft).toBe(6);
  });

  it('flags the case overdue in the queue once the due day has ended in Shanghai', async () => {
    setClock('2026-03-02T23:59:00+08:00');
    expect((await queue()).items.find((i) => i.id === caseId)?.overdue).toBe(false);
    setClock('2026-03-03T00:00:01+08:00');
    const all = await queue();
    expect(all.items.find((i) => i.id === caseId)).toMatchObject({
      overdue: true,
      deadline: { state: 'overdue', workingDaysLeft: 0 },
    });
    expect(ids((await queue('&overdue=true')).items)).toContain(caseId);
    expect(ids((await queue('&overdue=false')).items)).not.toContain(caseId);
  });

  it('marks a late decision as missed, and starts the 45-working-day mediation clock', async () => {
    const mediator = await staff();
    await mediator.post(`/api/disputes/${caseId}/claim`);
    await mediator.post(`/api/disputes/${caseId}/events`, { type: 'accepted' });
    const { deadlines } = (await mediator.get(`/api/disputes/${caseId}`)).body;
    expect(deadlines.acceptDecision.state).toBe('missed');
    expect(deadlines.mediation).toMatchObject({ workingDays: 45, state: 'running', provisional: false });
  });
});

describe('calendar overrides', () => {
  it('lets only admins add them, audits them, and serves them to everyone', async () => {
    setClock('2026-12-28T10:00:00+08:00');
    consumer = await newConsumer(t); // months later: a fresh session
    const override = { date: '2027-01-01', kind: 'holiday', name: '元旦' };
    expect((await consumer.post('/api/calendar/overrides', override)).status).toBe(403);
    expect((await (await staff()).post('/api/calendar/overrides', override)).status).toBe(403);
    const admin = await staff('admin@lugang.example');
    const created = await admin.post('/api/calendar/overrides', override);
    expect(created.status).toBe(201);
    expect(
      await AuditEntry.countDocuments({ action: 'calendar.override_set', target: '2027-01-01', actorId: admin.userId }),
    ).toBe(1);
    const listed = await fetch(`${t.baseUrl}/api/calendar/overrides`).then((r) => r.json());
    expect(listed).toEqual([override]);
    expect((await admin.delete('/api/calendar/overrides/2027-01-01')).status).toBe(204);
    expect(await fetch(`${t.baseUrl}/api/calendar/overrides`).then((r) => r.json())).toEqual([]);
  });

  it('makes a December 2026 filing that runs into 2027 provisional until 2027 holidays are entered', async () => {
    setClock('2026-12-28T10:00:00+08:00');
    const res = await consumer.post('/api/disputes', complaint({ order: { purchaseDate: '2026-12-20', amount: 99 } }), {
      'idempotency-key': 'december-case',
    });
    expect(res.body.acceptDecisionDue).toMatchObject({
      dueDate: '2027-01-06',
      provisional: true,
      reason: 'no_official_calendar_for_2027',
    });

    const admin = await staff('admin@lugang.example');
    await admin.post('/api/calendar/overrides', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    const view = await consumer.get(`/api/disputes/${res.body.id}`);
    expect(view.body.deadlines.acceptDecision).toMatchObject({ dueDate: '2027-01-07', provisional: false });
    expect(view.body.deadlines.acceptDecision.reason).toBeUndefined();
  });
});

describe('queue filters', () => {
  it('filters by status, category, merchant and assignee, and sorts by due date', async () => {
    setClock('2026-06-01T10:00:00+08:00');
    consumer = await newConsumer(t);
    const early = await fileOk(
      consumer,
      complaint({ category: 'counterfeit', respondent: { merchantId: 'm-eurowine' } }),
    );
    setClock('2026-06-03T10:00:00+08:00');
    const later = await fileOk(consumer, complaint({ category: 'delivery', respondent: { merchantId: 'm-steppe' } }));
    const mediator = await staff();
    await mediator.post(`/api/disputes/${later.id}/claim`);
    setClock('2026-06-04T10:00:00+08:00');

    const all = ids((await queue()).items);
    expect(all.indexOf(early.id)).toBeLessThan(all.indexOf(later.id));
    expect(ids((await queue('&category=counterfeit')).items)).toContain(early.id);
    expect(ids((await queue('&category=counterfeit')).items)).not.toContain(later.id);
    expect(ids((await queue('&merchant=m-steppe')).items)).toEqual([later.id]);
    expect(ids((await queue('&assignee=me')).items)).toContain(later.id);
    expect(ids((await queue('&assignee=unassigned')).items)).not.toContain(later.id);
    expect(ids((await queue('&status=filed,accepted')).items)).toContain(early.id);
    expect(ids((await queue('&status=closed')).items)).not.toContain(early.id);
    expect((await (await staff()).get('/api/mediation/queue?status=bogus')).status).toBe(400);
  });
});
