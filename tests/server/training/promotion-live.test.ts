import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TrainingEvents } from '@shared/training/events.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import {
  api,
  collect,
  connectSocket,
  createCourse,
  makeTrainees,
  nextEvent,
  staffCookie,
  type Api,
} from './support.js';

const START = new Date('2026-11-20T02:00:00Z');
const CLOSES = new Date('2026-12-20T01:00:00Z');

let t: TestApp;
let officer: Api;
let people: { userId: string; cookie: string; api: Api }[];
const open: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp({ now: new Date(START) });
  officer = api(t.baseUrl, await staffCookie(t.baseUrl, 'officer@lugang.example'));
  people = (await makeTrainees(8, t.clock.now)).map((p) => ({ ...p, api: api(t.baseUrl, p.cookie) }));
}, 300_000);
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
  t.clock.now = new Date(START);
});
afterAll(() => t.close());

async function socketOf(cookie?: string): Promise<Socket> {
  const socket = await connectSocket(t.baseUrl, cookie);
  open.push(socket);
  return socket;
}

let courses = 0;
/** A course with `capacity` seats, and `count` people registered in order (the first `capacity` confirmed). */
async function courseWith(capacity: number, count: number) {
  const code = `live-${++courses}`;
  await createCourse(t.baseUrl, officer.cookie!, code, capacity, CLOSES);
  const regs: { id: string; status: string; createdAt: string }[] = [];
  for (const person of people.slice(0, count)) {
    const res = await person.api.register(code);
    expect(res.status, res.text).toBe(201);
    regs.push(res.body);
  }
  return { code, regs };
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('registration:promoted, to the person who got the seat', () => {
  it('reaches the first waitlisted person’s socket when a confirmed trainee cancels, and nobody else’s', async () => {
    const { code, regs } = await courseWith(1, 3);
    const [leaver, first, second] = [people[0]!, people[1]!, people[2]!];
    const firstSocket = await socketOf(first.cookie);
    const secondSocket = await socketOf(second.cookie);
    const leaverSocket = await socketOf(leaver.cookie);
    const toSecond = collect(secondSocket, TrainingEvents.registrationPromoted);
    const toLeaver = collect(leaverSocket, TrainingEvents.registrationPromoted);

    t.clock.now = new Date(START.getTime() + 5 * 60_000);
    const promoted = nextEvent(firstSocket, TrainingEvents.registrationPromoted);
    expect((await leaver.api.cancel(regs[0]!.id)).status).toBe(204);

    expect(await promoted).toMatchObject({
      id: regs[1]!.id,
      course: code,
      status: 'confirmed',
      seat: 1,
      promotedAt: t.clock.now.toISOString(),
    });
    await settle();
    expect(toSecond).toEqual([]);
    expect(toLeaver).toEqual([]);

    // What the event announced is what the person's list now says.
    expect(await first.api.mine(code)).toMatchObject({
      id: regs[1]!.id,
      status: 'confirmed',
      seat: 1,
      promotedAt: t.clock.now.toISOString(),
    });
  });

  it('carries the registration’s own createdAt, as GET /api/me/registrations shows it (not the promotion time)', async () => {
    const { code, regs } = await courseWith(1, 2);
    const socket = await socketOf(people[1]!.cookie);

    t.clock.now = new Date(START.getTime() + 5 * 60_000);
    const promoted = nextEvent(socket, TrainingEvents.registrationPromoted);
    expect((await people[0]!.api.cancel(regs[0]!.id)).status).toBe(204);

    const event = await promoted;
    expect(event.createdAt).toBe(regs[1]!.createdAt);
    expect(event.createdAt).toBe(START.toISOString());
    expect((await people[1]!.api.mine(code)).createdAt).toBe(event.createdAt);
  });

  it('reaches every device of the person (each socket is in the user room)', async () => {
    const { regs } = await courseWith(1, 2);
    const phone = await socketOf(people[1]!.cookie);
    const laptop = await socketOf(people[1]!.cookie);

    const onPhone = nextEvent(phone, TrainingEvents.registrationPromoted);
    const onLaptop = nextEvent(laptop, TrainingEvents.registrationPromoted);
    expect((await people[0]!.api.cancel(regs[0]!.id)).status).toBe(204);
    expect((await onPhone).id).toBe(regs[1]!.id);
    expect((await onLaptop).id).toBe(regs[1]!.id);
  });

  it('is also sent when an officer raises the capacity, one event per promoted person, in waitlist order', async () => {
    const { code, regs } = await courseWith(1, 4);
    const second = nextEvent(await socketOf(people[1]!.cookie), TrainingEvents.registrationPromoted);
    const third = nextEvent(await socketOf(people[2]!.cookie), TrainingEvents.registrationPromoted);
    const fourthSeen = collect(await socketOf(people[3]!.cookie), TrainingEvents.registrationPromoted);

    expect((await officer.patch(`/api/courses/${code}`, { capacity: 3 })).status).toBe(200);
    expect(await second).toMatchObject({ id: regs[1]!.id, status: 'confirmed', seat: 2 });
    expect(await third).toMatchObject({ id: regs[2]!.id, status: 'confirmed', seat: 3 });
    await settle();
    expect(fourthSeen).toEqual([]);
  });

  it('is not sent to a socket without a session', async () => {
    const { regs } = await courseWith(1, 2);
    const anonymous = collect(await socketOf(), TrainingEvents.registrationPromoted);
    const promoted = nextEvent(await socketOf(people[1]!.cookie), TrainingEvents.registrationPromoted);
    expect((await people[0]!.api.cancel(regs[0]!.id)).status).toBe(204);
    await promoted;
    await settle();
    expect(anonymous).toEqual([]);
  });
});

describe('course:seats, to everyone watching a course', () => {
  it('lets a socket join course:<code> with an acknowledgement, then sends updated counts on each change', async () => {
    const { code, regs } = await courseWith(1, 3);
    const watcher = await socketOf(); // the public course page: no sign-in needed
    const ack = await watcher.timeout(5000).emitWithAck('room:join', { room: `course:${code}` });
    expect(ack).toEqual({ ok: true, data: { room: `course:${code}` } });

    let update = nextEvent(watcher, TrainingEvents.courseSeats);
    expect((await people[0]!.api.cancel(regs[0]!.id)).status).toBe(204);
    expect(await update).toEqual({ code, confirmed: 1, waitlisted: 1, seatsLeft: 0 });

    update = nextEvent(watcher, TrainingEvents.courseSeats);
    expect((await people[3]!.api.register(code)).status).toBe(201);
    expect(await update).toEqual({ code, confirmed: 1, waitlisted: 2, seatsLeft: 0 });

    update = nextEvent(watcher, TrainingEvents.courseSeats);
    expect((await officer.patch(`/api/courses/${code}`, { capacity: 5 })).status).toBe(200);
    expect(await update).toEqual({ code, confirmed: 3, waitlisted: 0, seatsLeft: 2 });

    // The page and the event agree.
    expect((await api(t.baseUrl).get(`/api/courses/${code}`)).body).toMatchObject({
      confirmed: 3,
      waitlisted: 0,
      seatsLeft: 2,
    });
  });

  it('is sent only to sockets that joined that course', async () => {
    const { code: watched } = await courseWith(2, 0);
    const { code: other } = await courseWith(2, 0);
    const watcher = await socketOf(people[5]!.cookie);
    expect((await watcher.timeout(5000).emitWithAck('room:join', { room: `course:${watched}` })).ok).toBe(true);
    const bystander = collect(await socketOf(people[6]!.cookie), TrainingEvents.courseSeats);
    const seen = collect(watcher, TrainingEvents.courseSeats);

    expect((await people[0]!.api.register(other)).status).toBe(201);
    expect((await people[0]!.api.register(watched)).status).toBe(201);
    await settle();
    expect(seen).toEqual([{ code: watched, confirmed: 1, waitlisted: 0, seatsLeft: 1 }]);
    expect(bystander).toEqual([]);
  });

  it('refuses to join a room that belongs to no feature', async () => {
    const socket = await socketOf(people[0]!.cookie);
    const ack = await socket.timeout(5000).emitWithAck('room:join', { room: 'nosuch:thing' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
