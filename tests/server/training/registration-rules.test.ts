import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { api, createCourse, makeTrainees, staffCookie, type Api } from './support.js';

const START = new Date('2026-11-20T02:00:00Z');
const CLOSES = new Date('2026-12-20T01:00:00Z');

let t: TestApp;
let officer: Api;
let anonymous: Api;
let people: Api[];

beforeAll(async () => {
  t = await startTestApp({ now: new Date(START) });
  officer = api(t.baseUrl, await staffCookie(t.baseUrl, 'officer@lugang.example'));
  anonymous = api(t.baseUrl);
  people = (await makeTrainees(12, t.clock.now)).map((p) => api(t.baseUrl, p.cookie));
}, 300_000);
afterEach(async () => {
  const travelled = Math.abs(t.clock.now.getTime() - START.getTime()) > 20 * 60_000;
  t.clock.now = new Date(START);
  // Staff sessions idle out after 30 minutes of clock time: sign the officer in again after a jump.
  if (travelled) officer = api(t.baseUrl, await staffCookie(t.baseUrl, 'officer@lugang.example'));
});
afterAll(() => t.close());

let courses = 0;
async function newCourse(capacity: number, closesAt = CLOSES): Promise<string> {
  const code = `rules-${++courses}`;
  await createCourse(t.baseUrl, officer.cookie!, code, capacity, closesAt);
  return code;
}

async function registered(person: Api, code: string) {
  const res = await person.register(code);
  expect(res.status, res.text).toBe(201);
  return res.body as {
    id: string;
    course: string;
    status: string;
    seat?: number;
    position?: number;
    createdAt: string;
  };
}

describe('confirmed while seats remain, then a FIFO waitlist', () => {
  it('confirms the first registrations on seats 1…capacity and waitlists the rest with positions in arrival order', async () => {
    const code = await newCourse(2);
    const answers = [];
    for (const person of people.slice(0, 5)) answers.push(await registered(person, code));

    expect(answers.map((a) => [a.status, a.seat ?? a.position])).toEqual([
      ['confirmed', 1],
      ['confirmed', 2],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect(answers[0]).toEqual({
      id: expect.stringMatching(/^[a-f0-9]{24}$/),
      course: code,
      status: 'confirmed',
      seat: 1,
      createdAt: START.toISOString(),
    });
    expect(answers[2]).not.toHaveProperty('seat');

    const course = await anonymous.get(`/api/courses/${code}`);
    expect(course.status).toBe(200);
    expect(course.body).toMatchObject({ capacity: 2, confirmed: 2, waitlisted: 3, seatsLeft: 0, open: true });

    const mine = await people[3]!.mine(code);
    expect(mine).toMatchObject({ id: answers[3]!.id, status: 'waitlisted', position: 2 });
    expect(mine.seat).toBeUndefined();
    expect(mine.checkins).toEqual([]); // no check-in code without a seat
  });

  it('answers 404 for a course that does not exist', async () => {
    const res = await people[0]!.register('no-such-course');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('asks an anonymous visitor to sign in', async () => {
    const code = await newCourse(5);
    const res = await anonymous.register(code);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('one registration per person per course', () => {
  it('refuses a second registration by the same person with 409 already_registered, naming the first', async () => {
    const code = await newCourse(3);
    const first = await registered(people[0]!, code);

    const again = await people[0]!.register(code); // a new Idempotency-Key: a genuinely new attempt
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already_registered',
      details: { id: first.id, status: 'confirmed' },
    });

    const mine = (await people[0]!.get('/api/me/registrations')).body.filter(
      (r: { course: string }) => r.course === code,
    );
    expect(mine).toHaveLength(1);
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({
      confirmed: 1,
      waitlisted: 0,
      seatsLeft: 2,
    });
  });

  it('also refuses a waitlisted person who tries again', async () => {
    const code = await newCourse(1);
    await registered(people[0]!, code);
    const waiting = await registered(people[1]!, code);
    const again = await people[1]!.register(code);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already_registered',
      details: { id: waiting.id, status: 'waitlisted' },
    });
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({ confirmed: 1, waitlisted: 1 });
  });

  it('lets the same person register for another course', async () => {
    const a = await newCourse(3);
    const b = await newCourse(3);
    await registered(people[0]!, a);
    expect((await registered(people[0]!, b)).status).toBe('confirmed');
  });
});

describe('the registration deadline', () => {
  it('refuses registration after registrationClosesAt with 409 registration_closed', async () => {
    const closesAt = new Date(START.getTime() + 24 * 3600_000);
    const code = await newCourse(5, closesAt);
    await registered(people[0]!, code);

    t.clock.now = new Date(closesAt.getTime() + 60_000);
    const late = await people[1]!.register(code);
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'registration_closed',
      details: { closedAt: closesAt.toISOString() },
    });
    expect(late.body.error.message).toContain(closesAt.toISOString());

    const course = await anonymous.get(`/api/courses/${code}`);
    expect(course.body).toMatchObject({ open: false, confirmed: 1 });
    expect(await people[1]!.mine(code)).toBeUndefined();
  });
});

describe('cancelling', () => {
  it('gives a freed seat to the first person waiting and moves everyone else up', async () => {
    const code = await newCourse(2);
    const regs = [];
    for (const person of people.slice(0, 5)) regs.push(await registered(person, code));

    t.clock.now = new Date(START.getTime() + 10 * 60_000);
    const cancelled = await people[0]!.cancel(regs[0]!.id);
    expect(cancelled.status).toBe(204);
    expect(cancelled.text).toBe('');

    expect(await people[0]!.mine(code)).toBeUndefined();
    const promoted = await people[2]!.mine(code);
    expect(promoted).toMatchObject({
      id: regs[2]!.id,
      status: 'confirmed',
      seat: 1,
      promotedAt: t.clock.now.toISOString(),
      createdAt: START.toISOString(),
    });
    expect(promoted.position).toBeUndefined();
    expect(promoted.checkins).toHaveLength(1); // one token per session, now that there is a seat
    expect(await people[3]!.mine(code)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await people[4]!.mine(code)).toMatchObject({ status: 'waitlisted', position: 2 });
    expect((await people[1]!.mine(code)).promotedAt).toBeUndefined(); // confirmed from the start
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({
      confirmed: 2,
      waitlisted: 2,
      seatsLeft: 0,
    });

    // Someone leaving the waitlist moves those behind them up, and frees no seat.
    expect((await people[3]!.cancel(regs[3]!.id)).status).toBe(204);
    expect(await people[4]!.mine(code)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({
      confirmed: 2,
      waitlisted: 1,
      seatsLeft: 0,
    });

    // A newcomer queues behind the people still waiting.
    expect(await registered(people[5]!, code)).toMatchObject({ status: 'waitlisted', position: 2 });
  });

  it('answers 404 to anyone but the owner, and the registration stays', async () => {
    const code = await newCourse(2);
    const reg = await registered(people[0]!, code);

    const byOther = await people[1]!.cancel(reg.id);
    expect(byOther.status).toBe(404);
    expect(byOther.body.error.code).toBe('not_found');
    expect((await officer.cancel(reg.id)).status).toBe(404); // staff do not cancel for people here either
    expect((await anonymous.cancel(reg.id)).status).toBe(401);
    expect((await people[0]!.cancel('0123456789abcdef01234567')).status).toBe(404);
    expect((await people[0]!.cancel('not-an-id')).status).toBe(400);

    expect(await people[0]!.mine(code)).toMatchObject({ id: reg.id, status: 'confirmed', seat: 1 });
  });

  it('refuses to cancel after the deadline with 409, and the seat stays taken', async () => {
    const closesAt = new Date(START.getTime() + 24 * 3600_000);
    const code = await newCourse(1, closesAt);
    const reg = await registered(people[0]!, code);
    await registered(people[1]!, code);

    t.clock.now = new Date(closesAt.getTime() + 60_000);
    const late = await people[0]!.cancel(reg.id);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('cancellation_closed');

    expect(await people[0]!.mine(code)).toMatchObject({ status: 'confirmed', seat: 1 });
    expect(await people[1]!.mine(code)).toMatchObject({ status: 'waitlisted', position: 1 });
  });

  it('frees one seat only when the owner cancels twice at once (double tap, retried request)', async () => {
    const code = await newCourse(1);
    const reg = await registered(people[0]!, code);
    const first = await registered(people[1]!, code);
    const second = await registered(people[2]!, code);

    const answers = await Promise.all([people[0]!.cancel(reg.id), people[0]!.cancel(reg.id)]);
    // One cancellation happens; the other finds nothing left to cancel.
    // (Soft checks: the rest of the test still runs and shows what clients see when these fail.)
    expect.soft(answers.map((a) => a.status).sort()).toEqual([204, 404]);

    expect(await people[1]!.mine(code)).toMatchObject({ id: first.id, status: 'confirmed', seat: 1 });
    expect(await people[2]!.mine(code)).toMatchObject({ id: second.id, status: 'waitlisted', position: 1 });
    expect
      .soft((await anonymous.get(`/api/courses/${code}`)).body)
      .toMatchObject({ confirmed: 1, waitlisted: 1, seatsLeft: 0 });
    // The course still works: a newcomer queues behind the person waiting.
    const newcomer = await people[3]!.register(code);
    expect(newcomer.status, newcomer.text).toBe(201);
    expect(newcomer.body).toMatchObject({ status: 'waitlisted', position: 2 });
  });
});

describe('changing the capacity', () => {
  it('promotes from the waitlist, first come first served, when the capacity goes up', async () => {
    const code = await newCourse(1);
    const regs = [];
    for (const person of people.slice(0, 4)) regs.push(await registered(person, code));
    t.clock.now = new Date(START.getTime() + 10 * 60_000); // staff sessions idle out after 30 min

    const res = await officer.patch(`/api/courses/${code}`, { capacity: 3 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ code, capacity: 3, confirmed: 3, waitlisted: 1, seatsLeft: 0 });

    expect(await people[1]!.mine(code)).toMatchObject({
      id: regs[1]!.id,
      status: 'confirmed',
      seat: 2,
      promotedAt: t.clock.now.toISOString(),
    });
    expect(await people[2]!.mine(code)).toMatchObject({
      id: regs[2]!.id,
      status: 'confirmed',
      seat: 3,
      promotedAt: t.clock.now.toISOString(),
    });
    expect(await people[3]!.mine(code)).toMatchObject({ id: regs[3]!.id, status: 'waitlisted', position: 1 });
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({
      capacity: 3,
      confirmed: 3,
      waitlisted: 1,
      seatsLeft: 0,
    });
  });

  it('opens new seats to newcomers when nobody is waiting', async () => {
    const code = await newCourse(1);
    await registered(people[0]!, code);
    expect((await officer.patch(`/api/courses/${code}`, { capacity: 2 })).body).toMatchObject({
      confirmed: 1,
      seatsLeft: 1,
    });
    expect(await registered(people[1]!, code)).toMatchObject({ status: 'confirmed', seat: 2 });
  });

  it('refuses with 409 to go below the seats taken, and keeps the capacity', async () => {
    const code = await newCourse(3);
    for (const person of people.slice(0, 3)) await registered(person, code);

    const res = await officer.patch(`/api/courses/${code}`, { capacity: 2 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('capacity_below_confirmed');
    expect((await anonymous.get(`/api/courses/${code}`)).body).toMatchObject({
      capacity: 3,
      confirmed: 3,
      seatsLeft: 0,
    });
    for (const person of people.slice(0, 3)) expect((await person.mine(code)).status).toBe('confirmed');
  });

  it('allows going down to exactly the seats taken; the next person is waitlisted', async () => {
    const code = await newCourse(5);
    for (const person of people.slice(0, 3)) await registered(person, code);

    const res = await officer.patch(`/api/courses/${code}`, { capacity: 3 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ capacity: 3, confirmed: 3, seatsLeft: 0 });
    expect(await registered(people[3]!, code)).toMatchObject({ status: 'waitlisted', position: 1 });
  });

  it('lets only officers and admins change a course', async () => {
    const code = await newCourse(2);
    expect((await people[0]!.patch(`/api/courses/${code}`, { capacity: 9 })).status).toBe(403);
    expect((await anonymous.patch(`/api/courses/${code}`, { capacity: 9 })).status).toBe(401);
    expect((await anonymous.get(`/api/courses/${code}`)).body.capacity).toBe(2);
  });
});
