import { createHash, randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import sharp from 'sharp';
import { io, type Socket } from 'socket.io-client';
import type { FilingInput } from '@shared/disputes/filing.js';
import { createSession, SESSION_COOKIE } from '../../../server/src/accounts/sessions.js';
import { User } from '../../../server/src/accounts/user.model.js';
import type { TestApp } from '../../support/test-app.js';

export const DEMO_PASSWORD = 'Lugang-demo-2026';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON and event payloads of any shape; tests assert on them
export type Json = any;
export type Reply = { status: number; headers: Headers; body: Json };

/** A signed-in caller over real HTTP, sending the app's own Origin as a browser would. */
export class Caller {
  constructor(
    readonly t: TestApp,
    readonly cookie: string,
    readonly userId: string,
  ) {}

  async request(
    method: string,
    path: string,
    options: { json?: unknown; raw?: Buffer; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { cookie: this.cookie, origin: this.t.baseUrl, ...options.headers };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.raw) body = new Uint8Array(options.raw);
    const res = await fetch(`${this.t.baseUrl}${path}`, { method, headers, body });
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json')
      ? await res.json()
      : type.startsWith('image/')
        ? Buffer.from(await res.arrayBuffer())
        : await res.text();
    return { status: res.status, headers: res.headers, body: parsed };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, json?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, { json: json ?? {}, headers });
  put = (path: string, raw: Buffer, contentType = 'image/jpeg') =>
    this.request('PUT', path, { raw, headers: { 'content-type': contentType } });
  delete = (path: string) => this.request('DELETE', path);
}

export async function signIn(t: TestApp, login: string): Promise<Caller> {
  const res = await fetch(`${t.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { origin: t.baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login failed for ${login}: ${res.status}`);
  return new Caller(t, cookie, (await res.json()).id);
}

let consumers = 0;
/** A fresh consumer made straight in the database (no password hashing), signed in. */
export async function newConsumer(t: TestApp, name = '测试消费者'): Promise<Caller> {
  const _id = new Types.ObjectId();
  consumers += 1;
  const phone = `137${String(process.pid % 1000).padStart(3, '0')}${String(consumers).padStart(5, '0')}`;
  await User.create({
    _id,
    phone,
    name,
    passwordHash: 'not-a-login-account',
    roles: ['consumer'],
    consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: t.clock.now },
  });
  const { sid } = await createSession(_id, ['consumer'], { now: t.clock.now, ip: '127.0.0.1' });
  return new Caller(t, `${SESSION_COOKIE}=${sid}`, String(_id));
}

/** A real JPEG; with `exif`, one carrying camera and GPS metadata. */
export async function jpeg(options: { exif?: boolean; color?: string; width?: number } = {}): Promise<Buffer> {
  const image = sharp({
    create: { width: options.width ?? 320, height: 240, channels: 3, background: options.color ?? '#3a6ea5' },
  });
  if (!options.exif) return image.jpeg().toBuffer();
  return image
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'LugangPhone', Model: 'Test Camera 1', Copyright: 'Someone' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '40/1 5/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '113/1 18/1 0/1',
        },
      },
    })
    .jpeg()
    .toBuffer();
}

export const declare = (bytes: Buffer, contentType: 'image/jpeg' | 'image/png' | 'image/webp' = 'image/jpeg') => ({
  photoId: randomUUID(),
  sha256: createHash('sha256').update(bytes).digest('hex'),
  contentType,
  bytes: bytes.length,
});

export function complaint(overrides: Partial<FilingInput> = {}): FilingInput {
  return {
    complainant: { name: '王小明', phone: '13800000001', address: '山西省大同市平城区魏都大道 100 号' },
    respondent: { merchantId: 'm-tasman' },
    order: { number: 'LG-POS-0001', purchaseDate: '2026-01-05', amount: 329.5 },
    category: 'quality',
    product: { gtin: '9304967152415', lot: 'A010552' },
    facts: '奶粉罐体凹陷，封口漏气，商家拒绝更换。',
    request: '更换或退款。',
    evidence: [],
    ...overrides,
  };
}

export async function file(
  caller: Caller,
  body: FilingInput = complaint(),
  key: string = randomUUID(),
): Promise<Reply> {
  return caller.post('/api/disputes', body, { 'idempotency-key': key });
}

/** Files a complaint and returns its id and case number; fails the test if filing fails. */
export async function fileOk(caller: Caller, body?: FilingInput): Promise<{ id: string; caseNumber: string }> {
  const res = await file(caller, body);
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function connect(caller: Caller): Promise<Socket> {
  const socket = io(caller.t.baseUrl, {
    extraHeaders: { cookie: caller.cookie, origin: caller.t.baseUrl },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

export type AckReply<T = Json> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
export const ack = <T = Json>(socket: Socket, event: string, payload: unknown): Promise<AckReply<T>> =>
  socket.timeout(5000).emitWithAck(event, payload);

/** Every payload of `event` from now on, for asserting on what arrived (and what did not). */
export function record<T = Json>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** Resolves with the first payload of `event` that `match` accepts. */
export function waitFor<T = Json>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 3000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
