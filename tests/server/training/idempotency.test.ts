import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Registration } from '../../../server/src/training/models.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { api, createCourse, makeTrainees, staffCookie, type Api } from './support.js';

const START = new Date('2026-11-20T02:00:00Z');
const CLOSES = new Date('2026-12-20T01:00:00Z');

let t: TestApp;
let officerCookie: string;
let people: { userId: string; api: Api }[];

beforeAll(async () => {
  t = await startTestApp({ now: new Date(START) });
  officerCookie = await staffCookie(t.baseUrl, 'officer@lugang.example');
  people = (await makeTrainees(14, t.clock.now)).map((p) => ({ userId: p.userId, api: api(t.baseUrl, p.cookie) }));
}, 300_000);
afterEach(() => {
  t.clock.now = new Date(START);
});
afterAll(() => t.close());

let courses = 0;
async function newCourse(capacity = 5, closesAt = CLOSES): Promise<string> {
  const code = `idem-${++courses}`;
  await createCourse(t.baseUrl, officerCookie, code, capacity, closesAt);
  return code;
}
const seatsOf = async (code: string) =>
  (await api(t.baseUrl).get(`/api/courses/${code}`)).body as { confirmed: number; waitlisted: number };
const stored = (code: string, userId?: string) =>
  Registration.countDocuments(userId ? { course: code, userId } : { course: code });

describe('replaying a registration with the same Idempotency-Key', () => {
  it('answers the same body again, marked Idempotent-Replayed, and creates nothing', async () => {
    const code = await newCourse();
    const [person] = people;
    const key = `retry-${randomUUID()}`;

    const first = await person!.api.register(code, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    t.clock.now = new Date(START.getTime() + 60_000); // the retry comes a minute later
    const replay = await person!.api.register(code, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(replay.body.createdAt).toBe(START.toISOString());

    expect(await stored(code)).toBe(1);
    expect(await seatsOf(code)).toMatchObject({ confirmed: 1, waitlisted: 0 });
  });

  it('replays the first answer even when the retry arrives after the deadline', async () => {
    const closesAt = new Date(START.getTime() + 3600_000);
    const code = await newCourse(5, closesAt);
    const key = randomUUID();
    const first = await people[1]!.api.register(code, key);
    expect(first.status).toBe(201);

    t.clock.now = new Date(closesAt.getTime() + 60_000);
    const replay = await people[1]!.api.register(code, key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    // …while a genuinely new attempt is refused.
    expect((await people[2]!.api.register(code)).body.error.code).toBe('registration_closed');
  });

  it('keeps keys per person: two people who happen to use the same key each get their own registration', async () => {
    const code = await newCourse();
    const key = 'shared-key-0001';
    const a = await people[3]!.api.register(code, key);
    const b = await people[4]!.api.register(code, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(a.body.id).not.toBe(b.body.id);
    expect(b.body).toMatchObject({ status: 'confirmed', seat: 2 });
    expect(await stored(code)).toBe(2);
  });
});

describe('the same key sent many times at once', () => {
  it('answers all 10 requests 201 with the same registration, and creates exactly one', async () => {
    const code = await newCourse(2);
    const person = people[5]!;
    const key = randomUUID();

    const replies = await Promise.all(Array.from({ length: 10 }, () => person.api.register(code, key)));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    const ids = new Set(replies.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    for (const reply of replies) expect(reply.body).toEqual(replies[0]!.body);
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);

    expect(await stored(code, person.userId)).toBe(1);
    expect(await seatsOf(code)).toMatchObject({ confirmed: 1, waitlisted: 0 });
    // The next person still gets seat 2: the replays took no seat.
    expect((await people[6]!.api.register(code)).body).toMatchObject({ status: 'confirmed', seat: 2 });
  });
});

describe('the same key with a different request', () => {
  it('refuses a different body with 422 idempotency_key_reused and creates nothing more', async () => {
    const code = await newCourse();
    const person = people[7]!;
    const key = randomUUID();
    expect((await person.api.register(code, key, { note: 'x' })).status).toBe(201);

    const other = await person.api.register(code, key, {});
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(other.body.error.message).toMatch(/Idempotency-Key/);
    expect(await stored(code, person.userId)).toBe(1);
  });

  it('refuses the key for another course with 422, and registers nobody there', async () => {
    const a = await newCourse();
    const b = await newCourse();
    const person = people[8]!;
    const key = randomUUID();
    expect((await person.api.register(a, key)).status).toBe(201);

    const other = await person.api.register(b, key);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(await stored(b)).toBe(0);
    expect(await seatsOf(b)).toMatchObject({ confirmed: 0, waitlisted: 0 });
  });

  it('replays a request whose body is the same, note included', async () => {
    const code = await newCourse();
    const key = randomUUID();
    const first = await people[9]!.api.register(code, key, { note: 'morning' });
    const replay = await people[9]!.api.register(code, key, { note: 'morning' });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);
  });
});

describe('a missing or malformed Idempotency-Key', () => {
  const call = (person: Api, code: string, headers: Record<string, string>) =>
    person.post(`/api/courses/${code}/registrations`, {}, headers);

  it('is refused with 400, naming the header, and nothing is created', async () => {
    const code = await newCourse();
    const person = people[10]!;

    const missing = await call(person.api, code, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('validation_failed');
    expect(missing.body.error.message).toContain('Idempotency-Key');

    const short = await call(person.api, code, { 'idempotency-key': 'abc' });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('Idempotency-Key');

    const long = await call(person.api, code, { 'idempotency-key': 'k'.repeat(101) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('Idempotency-Key');

    const odd = await call(person.api, code, { 'idempotency-key': 'has spaces in it' });
    expect(odd.status).toBe(400);
    expect(odd.body.error.message).toContain('Idempotency-Key');

    expect(await stored(code)).toBe(0);
    expect(await seatsOf(code)).toMatchObject({ confirmed: 0, waitlisted: 0 });
  });
});

describe('after cancelling', () => {
  it('registers again with a new key, at the back of the queue', async () => {
    const code = await newCourse(1);
    const [a, b] = [people[11]!, people[12]!];
    const first = await a.api.register(code);
    expect((await b.api.register(code)).body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await a.api.cancel(first.body.id)).status).toBe(204);

    const again = await a.api.register(code);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(again.body.id).not.toBe(first.body.id);
  });
});
