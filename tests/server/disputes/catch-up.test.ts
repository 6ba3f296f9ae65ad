import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ack, connect, fileOk, newConsumer, record, signIn, waitFor, type Caller } from './support.js';

type Event = { seq: number; type: string };
let t: TestApp;
let consumer: Caller;
let mediator: Caller;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  consumer = await newConsumer(t);
  mediator = await signIn(t, 'mediator@lugang.example');
  caseId = (await fileOk(consumer)).id;
  await mediator.post(`/api/disputes/${caseId}/claim`);
  await mediator.post(`/api/disputes/${caseId}/events`, { type: 'accepted' });
  for (let i = 0; i < 12; i++) {
    const [who, type] = i % 3 === 2 ? [mediator, 'internal_note'] : [i % 2 ? mediator : consumer, 'message'];
    const res = await who.post(`/api/disputes/${caseId}/events`, {
      type,
      clientMessageId: `seed-${i}-xxxx`,
      text: `第 ${i} 条`,
    });
    if (res.status !== 201) throw new Error(`append failed: ${res.status}`);
  }
});
afterAll(() => t?.close());

const page = async (caller: Caller, after: number, limit = 200) =>
  (await caller.get(`/api/disputes/${caseId}/events?after=${after}&limit=${limit}`)).body;
const seqs = (events: Event[]) => events.map((e) => e.seq);

describe('catching up after a disconnect', () => {
  it('gives a mediator every event after the given seq, in order, without gaps or duplicates', async () => {
    const all = await page(mediator, 0);
    expect(seqs(all.events)).toEqual(Array.from({ length: all.lastSeq }, (_, i) => i + 1));
    const after = await page(mediator, 6);
    expect(seqs(after.events)).toEqual(seqs(all.events).filter((s) => s > 6));
    expect(after).toMatchObject({ lastSeq: all.lastSeq, hasMore: false });
  });

  it('pages through the log with limit and hasMore, the pages joining up exactly', async () => {
    const collected: Event[] = [];
    let after = 0;
    for (;;) {
      const next = await page(mediator, after, 4);
      collected.push(...next.events);
      if (!next.hasMore) break;
      after = next.events.at(-1).seq;
    }
    const full = await page(mediator, 0);
    expect(seqs(collected)).toEqual(seqs(full.events));
  });

  it('gives the complainant what they may see after the seq: no internal notes, nothing twice, lastSeq their last', async () => {
    const all = await page(consumer, 0);
    expect(all.events.some((e: Event) => e.type === 'internal_note')).toBe(false);
    const after = await page(consumer, 6);
    expect(seqs(after.events)).toEqual(seqs(all.events).filter((s) => s > 6));
    expect(after.lastSeq).toBe(all.events.at(-1).seq);
    const staffLog = await page(mediator, 0);
    expect(seqs(all.events)).toEqual(
      staffLog.events.filter((e: Event) => e.type !== 'internal_note').map((e: Event) => e.seq),
    );
  });

  it('ends up with the whole log when live events and the catch-up overlap (dedupe by seq)', async () => {
    const socket = await connect(consumer);
    await ack(socket, 'room:join', { room: `case:${caseId}` });
    const live = record<{ event: Event }>(socket, 'case:event');
    const lastSeen = (await page(consumer, 0)).lastSeq as number;
    socket.disconnect(); // a long gap: two messages arrive while away
    await mediator.post(`/api/disputes/${caseId}/events`, {
      type: 'message',
      clientMessageId: 'while-away-1',
      text: '在吗？',
    });
    await mediator.post(`/api/disputes/${caseId}/events`, {
      type: 'message',
      clientMessageId: 'while-away-2',
      text: '请回复。',
    });

    await new Promise<void>((resolve) => socket.once('connect', () => resolve()).connect());
    await ack(socket, 'room:join', { room: `case:${caseId}` });
    const arriving = waitFor<{ event: Event }>(socket, 'case:event');
    await consumer.post(`/api/disputes/${caseId}/events`, {
      type: 'message',
      clientMessageId: 'back-again-1',
      text: '我回来了。',
    });
    await arriving;
    const caughtUp = (await page(consumer, lastSeen)).events as Event[];

    const merged = new Map([...caughtUp, ...live.map((p) => p.event)].map((e) => [e.seq, e]));
    const expected = seqs((await page(consumer, lastSeen)).events);
    expect([...merged.keys()].sort((a, b) => a - b)).toEqual(expected);
    expect(expected).toHaveLength(3);
    socket.close();
  });
});
