import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registration, Seat } from '../../../server/src/training/models.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { createCourse, makeTrainees, registerFor, staffCookie } from './support.js';

const RUNS = Number(process.env.CONTENTION_RUNS ?? 20);
const TRAINEES = 500;
const CAPACITY = 30;

let t: TestApp;
let trainees: { userId: string; cookie: string }[];
let admin: string;

beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-11-20T02:00:00Z') });
  trainees = await makeTrainees(TRAINEES, t.clock.now);
  admin = await staffCookie(t.baseUrl, 'admin@lugang.example');
}, 300_000);
afterAll(() => t.close());

describe('registration under contention', () => {
  it(`${TRAINEES} simultaneous registrations for a ${CAPACITY}-seat course confirm exactly ${CAPACITY} and waitlist the rest in arrival order, ${RUNS} times`, async () => {
    for (let run = 0; run < RUNS; run++) {
      const code = `rush-${run}`;
      await createCourse(t.baseUrl, admin, code, CAPACITY, new Date('2026-12-20T01:00:00Z'));
      const responses = await Promise.all(trainees.map((p) => registerFor(t.baseUrl, code, p.cookie)));
      const bodies = await Promise.all(responses.map((r) => r.json()));

      expect(responses.every((r) => r.status === 201)).toBe(true);
      const confirmed = bodies.filter((b) => b.status === 'confirmed');
      const waitlisted = bodies.filter((b) => b.status === 'waitlisted');
      expect(confirmed).toHaveLength(CAPACITY);
      expect(new Set(confirmed.map((b) => b.seat))).toEqual(new Set(Array.from({ length: CAPACITY }, (_, i) => i + 1)));
      expect(waitlisted.map((b) => b.position).sort((a, b) => a - b)).toEqual(
        Array.from({ length: TRAINEES - CAPACITY }, (_, i) => i + 1),
      );

      // Arrival order: the waitlist position follows the order the server admitted them.
      const stored = await Registration.find({ course: code }).sort({ arrival: 1 }).lean();
      const positionById = new Map(waitlisted.map((b) => [b.id, b.position]));
      const positionsInArrivalOrder = stored
        .filter((r) => r.status === 'waitlisted')
        .map((r) => positionById.get(String(r._id)));
      expect(positionsInArrivalOrder).toEqual(Array.from({ length: TRAINEES - CAPACITY }, (_, i) => i + 1));
      expect(await Seat.countDocuments({ course: code })).toBe(CAPACITY);
    }
  }, 1_800_000);
});
