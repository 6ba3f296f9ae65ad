import { readonly, ref, watch, type Ref } from 'vue';
import type { Socket } from 'socket.io-client';
import { CoreEvents, type Ack } from '@shared/realtime/ack.js';
import { useAuthStore } from '@client/accounts/store';
import { i18n } from '@client/i18n';

/**
 * One Socket.IO connection for the whole app, opened when a page first needs it (the client
 * library loads only then). The server knows the user from the session cookie of the handshake,
 * so the connection is re-opened whenever the signed-in user changes.
 */
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'disconnected';

export const ACK_TIMEOUT_MS = 10_000;
const SIGN_IN_PATH = '/me/sign-in';

type Handler = (...args: unknown[]) => void;

const status = ref<RealtimeStatus>('idle');
/** The connection's state, e.g. for a "live" indicator. */
export const realtimeStatus: Readonly<Ref<RealtimeStatus>> = readonly(status);

let connecting: Promise<Socket> | null = null;
let stopWatchingUser: (() => void) | null = null;
/** Rooms joined successfully: joined again after a reconnection. */
const rooms = new Set<string>();
/** Event handlers, kept here so that they survive a new connection. */
const handlers = new Map<string, Set<Handler>>();

function failure(code: string, message: string): Ack<never> {
  return { ok: false, error: { code, message } };
}

async function rejoin(socket: Socket): Promise<void> {
  for (const room of [...rooms]) {
    const ack = await ackOf<{ room: string }>(socket, CoreEvents.roomJoin, { room });
    // The user may have lost access meanwhile (case closed, other account): stop asking.
    if (!ack.ok && ack.error.code !== 'timeout') rooms.delete(room);
  }
}

async function onSessionEnded(): Promise<void> {
  if (!useAuthStore().sessionEnded()) return; // this tab signed out itself
  const { router } = await import('@client/router');
  const current = router.currentRoute.value;
  if (current.path === SIGN_IN_PATH) return;
  await router.replace({ path: SIGN_IN_PATH, query: { redirect: current.fullPath, reason: 'ended' } });
}

function connect(): Promise<Socket> {
  connecting ??= (async () => {
    const { io } = await import('socket.io-client');
    const socket = io({
      withCredentials: true,
      // WebSocket first; long-polling when a proxy or network blocks it.
      transports: ['websocket', 'polling'],
      autoConnect: false,
    });
    socket.on('connect', () => {
      status.value = 'connected';
      refusals = 0;
      // A recovered connection (brief drop) kept its rooms on the server.
      if (!socket.recovered) void rejoin(socket);
    });
    socket.on('disconnect', () => {
      status.value = 'disconnected';
    });
    socket.on('connect_error', () => {
      status.value = 'disconnected';
      // Socket.IO retries a failed network by itself, but not a handshake the server refused (its
      // session lookup failed, say): without this the page would stay without live updates.
      if (!socket.active) retryAfterRefusal(socket);
    });
    socket.io.on('reconnect_attempt', () => {
      status.value = 'connecting';
    });
    socket.on(CoreEvents.sessionEnded, () => void onSessionEnded());
    for (const [event, set] of handlers) for (const handler of set) socket.on(event, handler);

    const auth = useAuthStore();
    stopWatchingUser = watch(
      () => auth.me?.id ?? null,
      (id, previous) => {
        // Another user's rooms are not this user's: pages join theirs again.
        if (id !== previous) rooms.clear();
        reconnect(socket);
      },
    );

    status.value = 'connecting';
    socket.connect();
    return socket;
  })();
  return connecting;
}

/** Refused handshakes in a row: the next try waits 1, 2, 4 … up to 30 seconds. */
let refusals = 0;
const REFUSAL_RETRY_MAX_MS = 30_000;

function retryAfterRefusal(socket: Socket): void {
  const delay = Math.min(1000 * 2 ** refusals, REFUSAL_RETRY_MAX_MS);
  refusals += 1;
  setTimeout(() => {
    // Unless the app closed the connection meanwhile, or something else reconnected it.
    if (connecting && !socket.connected && !socket.active) socket.connect();
  }, delay);
}

function reconnect(socket: Socket): void {
  // A deliberate disconnect is not recovered by the server: the new handshake carries the new cookie.
  socket.disconnect();
  status.value = 'connecting';
  socket.connect();
}

async function ackOf<T>(socket: Socket, event: string, payload: unknown, timeoutMs = ACK_TIMEOUT_MS): Promise<Ack<T>> {
  try {
    return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    return failure('timeout', i18n.global.t('shell.errors.network'));
  }
}

/** Opens the connection now (it otherwise opens with the first join, event handler or emit). */
export async function connectRealtime(): Promise<void> {
  await connect();
}

/** Opens a new connection, e.g. after the session cookie changed outside the auth store. */
export async function reconnectRealtime(): Promise<void> {
  if (connecting) reconnect(await connecting);
}

/** Closes the connection and forgets rooms and handlers (tests; leaving the app). */
export async function disconnectRealtime(): Promise<void> {
  const pending = connecting;
  connecting = null;
  stopWatchingUser?.();
  stopWatchingUser = null;
  refusals = 0;
  rooms.clear();
  handlers.clear();
  status.value = 'idle';
  if (pending) (await pending).disconnect();
}

/**
 * Joins a room (`case:<id>`, `course:<code>` …) if the server allows it, and again after every
 * reconnection. Resolves with the server's ack: `{ ok: false }` when refused or unanswered.
 */
export async function joinRoom(room: string): Promise<Ack<{ room: string }>> {
  const socket = await connect();
  const ack = await ackOf<{ room: string }>(socket, CoreEvents.roomJoin, { room });
  if (ack.ok) rooms.add(room);
  return ack;
}

export async function leaveRoom(room: string): Promise<void> {
  rooms.delete(room);
  if (connecting) (await connecting).emit(CoreEvents.roomLeave, { room });
}

/** Listens to a server event (over every future connection too). Returns the unsubscribe function. */
export function onEvent<T = unknown>(event: string, handler: (payload: T) => void): () => void {
  // Stored untyped: the socket hands each listener whatever the server sent.
  const stored = handler as unknown as Handler;
  let set = handlers.get(event);
  if (!set) handlers.set(event, (set = new Set()));
  set.add(stored);
  const socketReady = connect();
  void socketReady.then((socket) => {
    if (set.has(stored) && !socket.listeners(event).includes(stored)) socket.on(event, stored);
  });
  return () => {
    set.delete(stored);
    void socketReady.then((socket) => socket.off(event, stored));
  };
}

/**
 * Sends an event and waits for the server's ack `{ ok: true, data } | { ok: false, error }`.
 * Without an answer in time it resolves `{ ok: false, error: { code: 'timeout' } }`; it never throws.
 */
export async function emitWithAck<T = unknown>(
  event: string,
  payload: unknown,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<T>> {
  return ackOf<T>(await connect(), event, payload, timeoutMs);
}
