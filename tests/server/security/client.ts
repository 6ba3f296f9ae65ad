import { randomInt } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { TestApp } from '../../support/test-app.js';

export const DEMO_PASSWORD = 'Lugang-demo-2026';
export const SESSION_COOKIE = 'lugang_sid';
/** A well-formed id that belongs to no record. */
export const NO_SUCH_ID = '0123456789abcdef01234567';

export type Reply = {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of any shape; tests assert on it
  body: any;
  text: string;
};
export type RequestOptions = {
  body?: unknown;
  /** Sent as is (no JSON encoding) when a string. */
  raw?: string;
  headers?: Record<string, string>;
  /** The Origin header on a state-changing request; `null` sends none. Defaults to the app's own origin. */
  origin?: string | null;
  /** Overrides the stored cookie for this request; `null` sends none. */
  cookie?: string | null;
};

/** A tiny browser-like client: keeps the session cookie and sends the own Origin on non-GET requests. */
export class Client {
  /** The session id from the last `Set-Cookie: lugang_sid=…`, undefined once cleared. */
  sid: string | undefined;
  /** The raw `Set-Cookie` header of the session cookie from the last response that set one. */
  lastSetCookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  get cookie(): string | undefined {
    return this.sid === undefined ? undefined : `${SESSION_COOKIE}=${this.sid}`;
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const upper = method.toUpperCase();
    if (upper !== 'GET' && upper !== 'HEAD') {
      const origin = options.origin === undefined ? this.baseUrl : options.origin;
      if (origin !== null) headers.origin = origin;
    }
    const cookie = options.cookie === undefined ? this.cookie : options.cookie;
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method: upper, headers, body });
    const sessionCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (sessionCookie && options.cookie === undefined) {
      this.lastSetCookie = sessionCookie;
      const value = sessionCookie.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
      const expired = /expires=thu, 01 jan 1970/i.test(sessionCookie) || /max-age=0\b/i.test(sessionCookie);
      this.sid = value && !expired ? decodeURIComponent(value) : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    if (res.headers.get('content-type')?.includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get = (path: string, options?: RequestOptions) => this.request('GET', path, options);
  post = (path: string, body?: unknown, options?: RequestOptions) => this.request('POST', path, { ...options, body });
  patch = (path: string, body?: unknown, options?: RequestOptions) => this.request('PATCH', path, { ...options, body });
  delete = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('DELETE', path, { ...options, body });
}

export async function loginAs(t: TestApp, login: string, password = DEMO_PASSWORD): Promise<Client> {
  const client = new Client(t.baseUrl);
  const res = await client.post('/api/auth/login', { login, password });
  if (res.status !== 200 || !client.sid) throw new Error(`login as ${login} failed: ${res.status} ${res.text}`);
  return client;
}

/** A fresh mainland mobile number that no demo account uses. */
export const freshPhone = () => `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
export const STRONG_PASSWORD = 'Quiet-lantern-river-47';

export async function signUp(
  t: TestApp,
  name = '测试用户',
): Promise<{ client: Client; phone: string; password: string; id: string }> {
  const client = new Client(t.baseUrl);
  const phone = freshPhone();
  const res = await client.post('/api/auth/signup', {
    phone,
    name,
    password: STRONG_PASSWORD,
    consent: { privacyNoticeVersion: '2026-11-01' },
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
  return { client, phone, password: STRONG_PASSWORD, id: res.body.id };
}

/** Opens a Socket.IO connection like the PWA would; resolves once connected, rejects on connect_error. */
export function connectSocket(
  t: TestApp,
  options: {
    cookie?: string;
    origin?: string | null;
    transports?: ('websocket' | 'polling')[];
    timeoutMs?: number;
  } = {},
): Promise<Socket> {
  const extraHeaders: Record<string, string> = {};
  if (options.cookie) extraHeaders.cookie = options.cookie;
  const origin = options.origin === undefined ? t.baseUrl : options.origin;
  if (origin !== null) extraHeaders.origin = origin;
  const socket = io(t.baseUrl, {
    extraHeaders,
    transports: options.transports ?? ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('socket: no connect within the time limit'));
    }, options.timeoutMs ?? 5000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

/** Emits with an acknowledgement, as every client→server event is. */
export function emitWithAck<T = unknown>(
  socket: Socket,
  event: string,
  payload: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }> {
  return socket.timeout(5000).emitWithAck(event, payload);
}

/** Resolves with the first of the named events (and its arguments), or rejects after the time limit. */
export function nextEvent(
  socket: Socket,
  events: string[],
  timeoutMs = 3000,
): Promise<{ event: string; args: unknown[] }> {
  return new Promise((resolve, reject) => {
    const handlers = new Map<string, (...args: unknown[]) => void>();
    const done = () => handlers.forEach((h, e) => socket.off(e, h));
    const timer = setTimeout(() => {
      done();
      reject(new Error(`none of ${events.join(', ')} within ${timeoutMs} ms`));
    }, timeoutMs);
    for (const event of events) {
      const handler = (...args: unknown[]) => {
        clearTimeout(timer);
        done();
        resolve({ event, args });
      };
      handlers.set(event, handler);
      socket.on(event, handler);
    }
  });
}
