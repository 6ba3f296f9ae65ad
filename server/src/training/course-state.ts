import { trusted } from '../db/trusted.js';
import { Course, Registration, Seat } from './models.js';

/**
 * What the registration desk needs to decide in memory: the seats taken and the waitlist in arrival
 * order. Loaded from the database on first use; the unique indexes stay the guarantee, and any
 * duplicate-key surprise (another server instance) reloads it.
 */
export type CourseState = {
  code: string;
  capacity: number;
  closesAt: Date;
  taken: Set<number>;
  waitlist: { id: string; userId: string; arrival: number; createdAt: Date }[];
  nextArrival: number;
};

const states = new Map<string, CourseState>();

export function forgetCourseState(code: string): void {
  states.delete(code);
}

export async function courseState(code: string): Promise<CourseState | null> {
  const cached = states.get(code);
  if (cached) return cached;
  const course = await Course.findOne({ code }, { capacity: 1, registrationClosesAt: 1 }).lean();
  if (!course) return null;
  await reconcile(code);
  const [seats, waitlisted, last] = await Promise.all([
    Seat.find({ course: code }, { seat: 1 }).lean(),
    Registration.find({ course: code, status: 'waitlisted' }, { userId: 1, arrival: 1, createdAt: 1 })
      .sort({ arrival: 1 })
      .lean(),
    Registration.findOne({ course: code }, { arrival: 1 }).sort({ arrival: -1 }).lean(),
  ]);
  const state: CourseState = {
    code,
    capacity: course.capacity,
    closesAt: course.registrationClosesAt,
    taken: new Set(seats.map((s) => s.seat)),
    waitlist: waitlisted.map((r) => ({
      id: String(r._id),
      userId: String(r.userId),
      arrival: r.arrival,
      createdAt: r.createdAt,
    })),
    nextArrival: (last?.arrival ?? 0) + 1,
  };
  states.set(code, state);
  return state;
}

/**
 * Seats are claimed before the registration is written or promoted. A crash between the two leaves
 * a seat without a registration (release it) or a waitlisted registration holding a seat (confirm it).
 */
async function reconcile(code: string): Promise<void> {
  const seats = await Seat.find({ course: code }).lean();
  if (!seats.length) return;
  const registrations = await Registration.find(
    { _id: trusted({ $in: seats.map((s) => s.registrationId) }) },
    { status: 1 },
  ).lean();
  const byId = new Map(registrations.map((r) => [String(r._id), r]));
  for (const seat of seats) {
    const registration = byId.get(String(seat.registrationId));
    if (!registration) await Seat.deleteOne({ _id: seat._id });
    else if (registration.status === 'waitlisted') {
      await Registration.updateOne(
        { _id: registration._id },
        { $set: { status: 'confirmed', seat: seat.seat, promotedAt: seat.at } },
      );
    }
  }
}

export const lowestFreeSeat = (state: CourseState): number | undefined => {
  for (let seat = 1; seat <= state.capacity; seat++) if (!state.taken.has(seat)) return seat;
  return undefined;
};

export const counts = (state: CourseState) => ({
  confirmed: state.taken.size,
  waitlisted: state.waitlist.length,
  seatsLeft: Math.max(0, state.capacity - state.taken.size),
});
