import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { createSession, SESSION_COOKIE } from '../../../server/src/accounts/sessions.js';
import { User } from '../../../server/src/accounts/user.model.js';

/** Many trainees at once, made straight in the database: hashing 500 passwords would test argon2, not us. */
let traineesMade = 0;
export async function makeTrainees(count: number, now: Date): Promise<{ userId: string; cookie: string }[]> {
  // Numbered across calls, so that a test file may ask for trainees more than once (phones are unique).
  const first = traineesMade;
  traineesMade += count;
  const docs = Array.from({ length: count }, (_, j) => ({
    _id: new Types.ObjectId(),
    phone: `139${String(first + j).padStart(8, '0')}`,
    name: `学员${first + j}`,
    passwordHash: 'not-a-login-account',
    roles: ['consumer'],
    consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: now },
  }));
  await User.insertMany(docs);
  const trainees = [];
  for (const doc of docs) {
    const { sid } = await createSession(doc._id, ['consumer'], { now, ip: '127.0.0.1' });
    trainees.push({ userId: String(doc._id), cookie: `${SESSION_COOKIE}=${sid}` });
  }
  return trainees;
}

export function registerFor(
  baseUrl: string,
  code: string,
  cookie: string,
  key: string = randomUUID(),
  body: unknown = {},
) {
  return fetch(`${baseUrl}/api/courses/${code}/registrations`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

export async function createCourse(
  baseUrl: string,
  adminCookie: string,
  code: string,
  capacity: number,
  closesAt: Date,
) {
  const startsAt = new Date(closesAt.getTime() + 2 * 24 * 3600_000);
  const res = await fetch(`${baseUrl}/api/courses`, {
    method: 'POST',
    headers: { cookie: adminCookie, origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      title: { 'zh-CN': `测试课程 ${code}`, 'zh-TW': `測試課程 ${code}`, en: `Test course ${code}` },
      category: 'operations',
      venue: '大同国际陆港跨境电商双创中心',
      county: '平城区',
      capacity,
      feeCny: 0,
      subsidyEligible: true,
      registrationClosesAt: closesAt.toISOString(),
      sessions: [
        { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 6 * 3600_000).toISOString() },
      ],
    }),
  });
  if (res.status !== 201) throw new Error(`course not created: ${res.status} ${await res.text()}`);
}

export async function staffCookie(baseUrl: string, login: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'Lugang-demo-2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login failed for ${login}: ${res.status}`);
  return cookie;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of any shape; tests assert on it
export type Reply = { status: number; headers: Headers; body: any; text: string };

/**
 * A small browser-like caller for one person (or nobody): sends the cookie, the app's own Origin on
 * state-changing requests, JSON bodies, and parses JSON answers.
 */
export function api(baseUrl: string, cookie?: string) {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> => {
    const h: Record<string, string> = { ...headers };
    if (cookie) h.cookie = cookie;
    if (method !== 'GET') h.origin ??= baseUrl;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
    return { status: res.status, headers: res.headers, body: parsed, text };
  };
  return {
    cookie,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => request('POST', path, body, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) => request('PATCH', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => request('DELETE', path, undefined, headers),
    /** Registers for a course with a fresh (or the given) Idempotency-Key. */
    register: (code: string, key: string = randomUUID(), body: unknown = {}) =>
      request('POST', `/api/courses/${code}/registrations`, body, { 'idempotency-key': key }),
    cancel: (registrationId: string) => request('DELETE', `/api/registrations/${registrationId}`),
    /** This person's registration for a course as `GET /api/me/registrations` shows it. */
    async mine(code: string) {
      const res = await request('GET', '/api/me/registrations');
      if (res.status !== 200) throw new Error(`GET /api/me/registrations: ${res.status} ${res.text}`);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a MyRegistration as JSON; tests assert on it
      return (res.body as { course: string }[]).find((r) => r.course === code) as any;
    },
  };
}
export type Api = ReturnType<typeof api>;

/** Opens a Socket.IO connection like the PWA does; resolves once connected. */
export function connectSocket(baseUrl: string, cookie?: string): Promise<Socket> {
  const extraHeaders: Record<string, string> = { origin: baseUrl };
  if (cookie) extraHeaders.cookie = cookie;
  const socket = io(baseUrl, { extraHeaders, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('socket: not connected within 10 s'));
    }, 10_000);
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

/** Collects every payload of an event on a socket, from now on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event payloads as JSON; tests assert on them
export function collect<T = any>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** Resolves with the first payload of the event that satisfies `match`, or rejects after the time limit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event payloads as JSON; tests assert on them
export function nextEvent<T = any>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, handler);
  });
}

export const DAY_MS = 24 * 3600_000;
