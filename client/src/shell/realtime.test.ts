import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';

type Listener = (...args: unknown[]) => void;

/** A stand-in for socket.io-client's Socket: records emits, lets the test play the server. */
class FakeSocket {
  listenersByEvent = new Map<string, Listener[]>();
  emitted: { event: string; payload: unknown }[] = [];
  connects = 0;
  disconnects = 0;
  recovered = false;
  connected = false;
  /** Socket.IO is (re)connecting by itself; false after the server refused the handshake. */
  active = false;
  options: unknown;
  /** What the server answers to acknowledged emits; undefined → no answer (timeout). */
  answer: (event: string, payload: unknown) => unknown = (_e, payload) => ({ ok: true, data: payload });
  io = { on: vi.fn() };

  on(event: string, listener: Listener) {
    this.listenersByEvent.set(event, [...(this.listenersByEvent.get(event) ?? []), listener]);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listenersByEvent.set(
      event,
      (this.listenersByEvent.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  listeners(event: string) {
    return this.listenersByEvent.get(event) ?? [];
  }
  /** The server sends an event. */
  serverSends(event: string, ...args: unknown[]) {
    for (const listener of this.listeners(event)) listener(...args);
  }
  /** False: the server's middleware refuses each new handshake (no 'connect'). */
  acceptsHandshake = true;
  connect() {
    this.connects += 1;
    if (this.acceptsHandshake) this.serverSends('connect');
    return this;
  }
  disconnect() {
    this.disconnects += 1;
    this.serverSends('disconnect', 'io client disconnect');
    return this;
  }
  emit(event: string, payload: unknown) {
    this.emitted.push({ event, payload });
    return this;
  }
  timeout() {
    return {
      emitWithAck: async (event: string, payload: unknown) => {
        this.emitted.push({ event, payload });
        const reply = this.answer(event, payload);
        if (reply === undefined) throw new Error('operation has timed out');
        return reply;
      },
    };
  }
}

const sockets: FakeSocket[] = [];
vi.mock('socket.io-client', () => ({
  io: (options: unknown) => {
    const socket = new FakeSocket();
    socket.options = options;
    sockets.push(socket);
    return socket;
  },
}));

const replace = vi.fn();
const currentRoute = { value: { path: '/disputes/d1', fullPath: '/disputes/d1?tab=chat' } };
vi.mock('@client/router', () => ({ router: { replace, currentRoute } }));

async function load() {
  const realtime = await import('./realtime');
  const { useAuthStore } = await import('@client/accounts/store');
  return { ...realtime, auth: useAuthStore() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('realtime', () => {
  beforeEach(() => {
    vi.resetModules();
    sockets.length = 0;
    replace.mockReset();
    localStorage.clear();
    localStorage.setItem('lugang.me', JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    setActivePinia(createPinia());
  });
  afterEach(async () => {
    const { disconnectRealtime } = await import('./realtime');
    await disconnectRealtime();
  });

  it('opens one same-origin connection with cookies, WebSocket first, only when first needed', async () => {
    const { joinRoom, onEvent, realtimeStatus } = await load();
    expect(sockets).toHaveLength(0);
    expect(realtimeStatus.value).toBe('idle');

    await joinRoom('case:d1');
    onEvent('message:new', () => undefined);
    await flush();

    expect(sockets).toHaveLength(1);
    expect(sockets[0]?.options).toMatchObject({ withCredentials: true, transports: ['websocket', 'polling'] });
    expect(realtimeStatus.value).toBe('connected');
  });

  it('joins a room through the room:join ack and joins it again after a reconnection', async () => {
    const { joinRoom } = await load();

    const ack = await joinRoom('case:d1');
    const socket = sockets[0] as FakeSocket;
    socket.emitted.length = 0;
    socket.serverSends('disconnect', 'transport close');
    socket.serverSends('connect');
    await flush();

    expect(ack).toEqual({ ok: true, data: { room: 'case:d1' } });
    expect(socket.emitted).toEqual([{ event: 'room:join', payload: { room: 'case:d1' } }]);
  });

  it('a refused room is reported and not asked for again after a reconnection', async () => {
    const { joinRoom } = await load();
    await joinRoom('case:mine');
    const socket = sockets[0] as FakeSocket;
    socket.answer = (_event, payload) =>
      (payload as { room: string }).room === 'case:mine'
        ? { ok: true, data: payload }
        : { ok: false, error: { code: 'not_found', message: 'There is no such room for you.' } };

    const refused = await joinRoom('case:theirs');
    socket.emitted.length = 0;
    socket.serverSends('connect');
    await flush();

    expect(refused).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no such room for you.' } });
    expect(socket.emitted.map((e) => e.payload)).toEqual([{ room: 'case:mine' }]);
  });

  it('onEvent delivers server events until unsubscribed', async () => {
    const { onEvent } = await load();
    const received: unknown[] = [];

    const off = onEvent<{ text: string }>('message:new', (payload) => received.push(payload));
    await flush();
    const socket = sockets[0] as FakeSocket;
    socket.serverSends('message:new', { text: '你好' });
    off();
    await flush();
    socket.serverSends('message:new', { text: 'after' });

    expect(received).toEqual([{ text: '你好' }]);
  });

  it('emitWithAck resolves with the ack, and with a timeout failure instead of throwing', async () => {
    const { emitWithAck } = await load();
    await expect(emitWithAck('message:send', { text: 'hi' })).resolves.toEqual({ ok: true, data: { text: 'hi' } });

    (sockets[0] as FakeSocket).answer = () => undefined;

    const ack = await emitWithAck('message:send', { text: 'lost' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('reconnects when the signed-in user changes, so the server sees the new session', async () => {
    const { connectRealtime, auth } = await load();
    await connectRealtime();
    const socket = sockets[0] as FakeSocket;

    auth.clear();
    await nextTick();

    expect(socket.disconnects).toBe(1);
    expect(socket.connects).toBe(2);
  });

  it('tries again, waiting longer each time, when the server refuses the handshake (Socket.IO itself would not)', async () => {
    vi.useFakeTimers();
    try {
      const { connectRealtime, realtimeStatus } = await load();
      await connectRealtime();
      const socket = sockets[0] as FakeSocket;
      socket.acceptsHandshake = false;

      socket.serverSends('connect_error', new Error('session lookup failed'));
      expect(realtimeStatus.value).toBe('disconnected');
      await vi.advanceTimersByTimeAsync(999);
      expect(socket.connects).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(socket.connects).toBe(2);

      socket.serverSends('connect_error', new Error('session lookup failed'));
      await vi.advanceTimersByTimeAsync(1999);
      expect(socket.connects).toBe(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(socket.connects).toBe(3);

      // A network failure Socket.IO is already retrying (socket.active) is left to it.
      socket.active = true;
      socket.serverSends('connect_error', new Error('xhr poll error'));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(socket.connects).toBe(3);

      // Accepted at last: the next refusal starts again from one second.
      socket.active = false;
      socket.acceptsHandshake = true;
      socket.connect();
      expect(realtimeStatus.value).toBe('connected');
      socket.acceptsHandshake = false;
      socket.serverSends('connect_error', new Error('session lookup failed'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(socket.connects).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('session:ended signs the user out on this device and opens sign-in, coming back afterwards', async () => {
    const { connectRealtime, auth } = await load();
    await connectRealtime();

    (sockets[0] as FakeSocket).serverSends('session:ended');
    await vi.waitFor(() => expect(replace).toHaveBeenCalled());

    expect(auth.isSignedIn).toBe(false);
    expect(localStorage.getItem('lugang.me')).toBeNull();
    expect(replace).toHaveBeenCalledWith({
      path: '/me/sign-in',
      query: { redirect: '/disputes/d1?tab=chat', reason: 'ended' },
    });
  });
});
