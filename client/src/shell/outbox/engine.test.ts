import { describe, expect, it, vi } from 'vitest';
import { reactive } from 'vue';
import { OutboxEngine, RESULT_RETENTION_MS, uuid, type EngineDeps } from './engine';
import { createMemoryStorage } from './memory-storage';
import type { OutboxItem, OutboxResult } from './types';

type Answer = { status: number; body?: unknown } | 'network';

/** An engine over memory storage, with a fake server that answers from a script. */
function setup(options: { answers?: Answer[]; owner?: string | null; online?: boolean } = {}) {
  const storage = createMemoryStorage();
  const answers = [...(options.answers ?? [])];
  const sent: OutboxItem[] = [];
  const clock = { now: Date.parse('2026-11-02T08:00:00Z') };
  const state = { owner: options.owner === undefined ? 'u1' : options.owner, online: options.online ?? true };
  let ids = 0;
  const send = vi.fn(async (item: OutboxItem) => {
    sent.push(item);
    const answer = answers.shift() ?? { status: 201, body: { ok: true } };
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return { status: answer.status, body: answer.body };
  });
  const locks = { taken: 0 };
  const withLock = <T>(task: () => Promise<T>): Promise<T> => {
    locks.taken += 1;
    return task();
  };
  const deps: EngineDeps = {
    storage,
    send,
    owner: () => state.owner,
    online: () => state.online,
    withLock,
    now: () => clock.now,
    random: () => 0.5,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  };
  const engine = new OutboxEngine(deps);
  const results: OutboxResult[] = [];
  const settled = async () => {
    // enqueue() starts a flush without waiting for it: wait for whatever runs.
    await engine.flush();
  };
  return { engine, storage, sent, send, locks, clock, state, results, settled, answers };
}

const register = {
  kind: 'training.register',
  method: 'POST' as const,
  url: '/api/training/courses/C1/registrations',
  body: {},
};

describe('outbox engine', () => {
  it('sends a new item at once, with its id as the Idempotency-Key, and removes it after a 201', async () => {
    const { engine, sent, results, settled } = setup();
    engine.onResult('training.register', (r) => void results.push(r));

    const item = await engine.enqueue({ ...register, meta: { courseCode: 'C1', title: '跨境电商入门' } });
    await settled();

    expect(sent.map((s) => s.id)).toEqual([item.id]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      status: 201,
      body: { ok: true },
      item: { id: item.id, meta: { courseCode: 'C1' } },
    });
    expect(engine.items.value).toEqual([]);
  });

  it('hands the answer over while the item is still listed, so a page replaces its line instead of losing it a moment', async () => {
    const { engine, settled } = setup();
    const listedDuringHandler: string[][] = [];
    engine.onResult('training.register', () => void listedDuringHandler.push(engine.items.value.map((i) => i.id)));

    const item = await engine.enqueue(register);
    await settled();

    expect(listedDuringHandler).toEqual([[item.id]]);
    expect(engine.items.value).toEqual([]);
  });

  it('keeps the item listed through a slow handler, even when storage notifications refresh the list meanwhile', async () => {
    const { engine, settled } = setup();
    await engine.start(); // follows storage notifications, as the app does
    const listed: string[][] = [];
    engine.onResult('training.register', async () => {
      listed.push(engine.items.value.map((i) => i.id));
      await new Promise((resolve) => setTimeout(resolve, 20)); // the notifications of settle() and claim() come here
      listed.push(engine.items.value.map((i) => i.id));
    });

    const item = await engine.enqueue(register);
    await settled();

    expect(listed).toEqual([[item.id], [item.id]]);
    expect(engine.items.value).toEqual([]);
  });

  it('a refusal such as 409 "course closed" reaches the handler and the item is removed', async () => {
    const { engine, results, settled } = setup({
      answers: [{ status: 409, body: { error: { code: 'course_closed', message: 'Closed' } } }],
    });
    engine.onResult('training.register', (r) => void results.push(r));

    await engine.enqueue(register);
    await settled();

    expect(results.map((r) => r.status)).toEqual([409]);
    expect(engine.items.value).toEqual([]);
  });

  it('without an answer the item stays, marked failed with the reason, and waits for its back-off', async () => {
    const { engine, sent, clock, settled } = setup({ answers: ['network'] });

    await engine.enqueue(register);
    await settled();

    expect(engine.items.value).toMatchObject([{ state: 'failed', attempts: 1, lastError: { code: 'network' } }]);
    await engine.flush(); // the periodic retry, still within the 5 s back-off
    expect(sent).toHaveLength(1);

    clock.now += 5_001;
    await engine.flush();

    expect(sent).toHaveLength(2);
    expect(sent[1]?.id).toBe(sent[0]?.id); // the same Idempotency-Key: the server answers a replay once
    expect(engine.items.value).toEqual([]);
  });

  it.each([500, 503, 429, 408])('a %i answer is retried later, not dropped', async (status) => {
    const { engine, results, settled } = setup({ answers: [{ status }] });
    engine.onResult('training.register', (r) => void results.push(r));

    await engine.enqueue(register);
    await settled();

    expect(results).toEqual([]);
    expect(engine.items.value).toMatchObject([{ state: 'failed', lastError: { code: `http_${status}` } }]);
  });

  it('the network coming back (a forced flush) retries at once, whatever the back-off', async () => {
    const { engine, sent, settled } = setup({ answers: ['network', 'network'] });
    await engine.enqueue(register);
    await settled();
    await engine.flush(); // still in back-off: 2nd answer unused
    expect(sent).toHaveLength(1);

    await engine.flush({ force: true });

    expect(sent).toHaveLength(2);
  });

  it('sends one item at a time, oldest first, and a later item never overtakes one that failed', async () => {
    const { engine, sent, state, settled } = setup({ online: false });
    await engine.enqueue({ ...register, kind: 'disputes.message', body: { text: 'first' } });
    await engine.enqueue({ ...register, kind: 'disputes.message', body: { text: 'second' } });
    await engine.enqueue({ ...register, kind: 'disputes.message', body: { text: 'third' } });
    expect(sent).toEqual([]); // offline: nothing attempted

    state.online = true;
    await settled();

    expect(sent.map((s) => (s.body as { text: string }).text)).toEqual(['first', 'second', 'third']);
  });

  it('stops at the first item that must wait', async () => {
    const { engine, sent, state, answers, settled } = setup({ online: false });
    await engine.enqueue({ ...register, body: { n: 1 } });
    await engine.enqueue({ ...register, body: { n: 2 } });
    answers.push({ status: 503 });

    state.online = true;
    await settled();

    expect(sent.map((s) => s.body)).toEqual([{ n: 1 }]);
    expect(engine.items.value.map((i) => [i.body, i.state])).toEqual([
      [{ n: 1 }, 'failed'],
      [{ n: 2 }, 'pending'],
    ]);
  });

  it('many flushes at once send each item once', async () => {
    const { engine, sent, state, settled } = setup({ online: false });
    await engine.enqueue(register);
    state.online = true;

    await Promise.all([engine.flush(), engine.flush({ force: true }), engine.flush(), settled()]);

    expect(sent).toHaveLength(1);
  });

  it('runs each flush under the cross-tab lock', async () => {
    const { engine, locks, settled } = setup();
    await engine.enqueue(register);
    await settled();
    expect(locks.taken).toBeGreaterThan(0);
  });

  it('an answer that came while no handler listened is handed to the first handler registered later, once', async () => {
    const { engine, settled } = setup();
    await engine.enqueue(register);
    await settled();

    const first = vi.fn();
    engine.onResult('training.register', first);
    await engine.deliverPending();
    const second = vi.fn();
    engine.onResult('training.register', second);
    await engine.deliverPending();

    expect(first).toHaveBeenCalledTimes(1);
    expect(first.mock.calls[0]?.[0]).toMatchObject({ status: 201 });
    expect(second).not.toHaveBeenCalled();
  });

  it('a handler of another kind does not take the answer', async () => {
    const { engine, storage, settled } = setup();
    const other = vi.fn();
    engine.onResult('disputes.file', other);
    await engine.enqueue(register);
    await settled();

    expect(other).not.toHaveBeenCalled();
    expect(await storage.undelivered('training.register')).toHaveLength(1);
  });

  it('answers are forgotten after 7 days', async () => {
    const { engine, storage, clock, settled } = setup();
    await engine.enqueue(register);
    await settled();

    clock.now += RESULT_RETENTION_MS + 1;
    await engine.start();

    expect(await storage.undelivered('training.register')).toEqual([]);
  });

  it('after a 401 the item waits for a sign-in instead of being dropped, then goes out', async () => {
    const { engine, sent, clock, settled } = setup({
      answers: [{ status: 401, body: { error: { code: 'unauthenticated', message: 'Please sign in first.' } } }],
    });
    await engine.enqueue(register);
    await settled();
    clock.now += 10 * 60_000;
    await engine.flush({ force: true });
    expect(sent).toHaveLength(1);
    expect(engine.items.value).toMatchObject([{ state: 'failed', lastError: { code: 'unauthenticated' } }]);

    await engine.sessionChanged();

    expect(sent).toHaveLength(2);
    expect(engine.items.value).toEqual([]);
  });

  it("another user's items are neither listed nor sent in this user's session", async () => {
    const { engine, sent, state, settled } = setup({ online: false });
    await engine.enqueue(register);
    state.owner = 'u2';
    state.online = true;
    await engine.refresh();
    await settled();

    expect(engine.items.value).toEqual([]);
    expect(sent).toEqual([]);

    state.owner = 'u1';
    await engine.sessionChanged();
    expect(sent).toHaveLength(1);
  });

  it("an answer to one user's request is not handed to another user's page, but to theirs later", async () => {
    const { engine, state, settled } = setup();
    await engine.enqueue(register);
    await settled();
    state.owner = 'u2';
    await engine.sessionChanged();

    const seenByU2 = vi.fn();
    engine.onResult('training.register', seenByU2);
    await engine.deliverPending();
    expect(seenByU2).not.toHaveBeenCalled();

    state.owner = 'u1';
    await engine.sessionChanged();
    expect(seenByU2).toHaveBeenCalledTimes(1); // the page is now u1's again
  });

  it('an item left "sending" by a closed tab is sent again with the same key', async () => {
    const { engine, storage, sent, settled } = setup();
    await storage.put({
      ...register,
      id: 'k-1',
      createdAt: '2026-11-01T00:00:00Z',
      attempts: 1,
      state: 'sending',
      seq: 1,
      ownerId: 'u1',
    });

    await engine.start();
    await settled();

    expect(sent.map((s) => [s.id, s.attempts])).toEqual([['k-1', 2]]);
  });

  it('discard forgets an item without sending it', async () => {
    const { engine, sent } = setup({ online: false });
    const item = await engine.enqueue(register);

    await engine.discard(item.id);

    expect(engine.items.value).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('stores a plain copy of a reactive body, so later edits of the form do not change what is sent', async () => {
    const { engine, sent, state, settled } = setup({ online: false });
    const form = reactive({ name: '王小明', seats: 1 });
    await engine.enqueue({ ...register, body: form });
    form.name = 'changed';

    state.online = true;
    await settled();

    expect(sent[0]?.body).toEqual({ name: '王小明', seats: 1 });
  });

  it('refuses other sites and unknown methods', async () => {
    const { engine } = setup();
    await expect(engine.enqueue({ ...register, url: 'https://evil.example/api' })).rejects.toThrow(TypeError);
    await expect(engine.enqueue({ ...register, method: 'GET' as 'POST' })).rejects.toThrow(TypeError);
  });

  it('makes RFC 4122 version 4 ids', () => {
    expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
