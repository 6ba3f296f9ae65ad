import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { fileOk, newConsumer, signIn, type Caller } from './support.js';

let t: TestApp;
let consumer: Caller;
let zhang: Caller;
let zhao: Caller;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  consumer = await newConsumer(t);
  [zhang, zhao, admin] = await Promise.all([
    signIn(t, 'mediator@lugang.example'),
    signIn(t, 'mediator2@lugang.example'),
    signIn(t, 'admin@lugang.example'),
  ]);
});
afterAll(() => t?.close());

const step = (caller: Caller, id: string, body: Record<string, unknown>) =>
  caller.post(`/api/disputes/${id}/events`, body);
const events = async (id: string) =>
  (await zhang.get(`/api/disputes/${id}/events`)).body.events as { type: string; seq: number }[];

describe('claiming a case', () => {
  it('when two mediators claim at once, exactly one wins and the other is told who has it', async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await fileOk(consumer);
      const replies = await Promise.all([
        zhang.post(`/api/disputes/${id}/claim`),
        zhao.post(`/api/disputes/${id}/claim`),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = replies.find((r) => r.status === 200)!.body.data.mediator;
      const loser = replies.find((r) => r.status === 409)!.body.error;
      expect(loser.code).toBe('already_claimed');
      expect(loser.message).toContain(winner.name);
      expect(loser.details.mediator).toEqual(winner);
      expect((await events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
      expect((await zhang.get(`/api/disputes/${id}`)).body.assignee).toEqual(winner);
    }
  });

  it('answers the winner’s repeated claim as the first one', async () => {
    const { id } = await fileOk(consumer);
    const first = await zhang.post(`/api/disputes/${id}/claim`);
    const again = await zhang.post(`/api/disputes/${id}/claim`);
    expect(again.status).toBe(200);
    expect(again.body.seq).toBe(first.body.seq);
  });
});

describe('the steps of a case', () => {
  it('goes from filing through acceptance, mediation and settlement to closed, each step in the log', async () => {
    const { id } = await fileOk(consumer);
    expect((await zhang.post(`/api/disputes/${id}/claim`)).status).toBe(200);
    const replies = [
      await step(zhang, id, { type: 'accepted', note: '已受理' }),
      await step(zhang, id, {
        type: 'merchant_response',
        channel: 'phone',
        summary: '商家同意退款一半。',
        respondedOn: '2026-01-10',
      }),
      await step(zhang, id, { type: 'settlement_proposed', proposedBy: 'merchant', terms: '退款一半', amount: 164.75 }),
      await step(zhang, id, { type: 'settled', terms: '退款 164.75 元', amount: 164.75 }),
      await step(zhang, id, { type: 'closed', outcome: 'settled', amount: 164.75, summary: '已退款' }),
    ];
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const view = (await consumer.get(`/api/disputes/${id}`)).body;
    expect(view.status).toBe('closed');
    expect(view.state.closure).toMatchObject({ outcome: 'settled', amountFen: 16475 });
    expect(view.state.settlement.amountFen).toBe(16475);
    expect((await events(id)).map((e) => e.type)).toEqual([
      'filed',
      'claimed',
      'accepted',
      'merchant_response',
      'settlement_proposed',
      'settled',
      'closed',
    ]);
  });

  it('lets only the mediator who claimed the case act on it, and tells others who has it', async () => {
    const { id } = await fileOk(consumer);
    const unclaimed = await step(zhao, id, { type: 'accepted' });
    expect(unclaimed.status).toBe(409);
    expect(unclaimed.body.error.code).toBe('not_claimed');
    await zhang.post(`/api/disputes/${id}/claim`);
    const other = await step(zhao, id, { type: 'accepted' });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'claimed_by_other', message: expect.stringContaining('张调解') });
    // Notes are for any mediator; an admin may step in.
    expect(
      (await step(zhao, id, { type: 'internal_note', clientMessageId: 'note-zhao-1', text: '我认识这个商家。' }))
        .status,
    ).toBe(201);
    expect((await step(admin, id, { type: 'accepted' })).status).toBe(201);
  });

  it('refuses steps the case is not ready for, saying why', async () => {
    const { id } = await fileOk(consumer);
    await zhang.post(`/api/disputes/${id}/claim`);
    const early = await step(zhang, id, { type: 'settled', terms: '退款', amount: 10 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('wrong_status');
    const mismatch = await step(zhang, id, { type: 'closed', outcome: 'settled', amount: 0 });
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.error.code).toBe('outcome_mismatch');
  });

  it('records a not-accepted decision with its Art. 15 ground, and refuses an unknown ground', async () => {
    const { id } = await fileOk(consumer);
    await zhang.post(`/api/disputes/${id}/claim`);
    expect((await step(zhang, id, { type: 'not_accepted', ground: 'because', explanation: '…' })).status).toBe(400);
    const res = await step(zhang, id, { type: 'not_accepted', ground: 'time_barred', explanation: '购买已超过三年。' });
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ ground: 'time_barred', explanation: '购买已超过三年。' });
    const closed = await step(zhang, id, { type: 'closed', outcome: 'not_accepted', amount: 0 });
    expect(closed.status).toBe(201);
    expect((await zhang.post(`/api/disputes/${id}/claim`)).status).toBe(409);
  });

  it('makes a step sent twice with the same Idempotency-Key happen once', async () => {
    const { id } = await fileOk(consumer);
    await zhang.post(`/api/disputes/${id}/claim`);
    const headers = { 'idempotency-key': 'accept-once-123' };
    const [a, b] = [
      await zhang.post(`/api/disputes/${id}/events`, { type: 'accepted' }, headers),
      await zhang.post(`/api/disputes/${id}/events`, { type: 'accepted' }, headers),
    ];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body.seq).toBe(a.body.seq);
  });
});
