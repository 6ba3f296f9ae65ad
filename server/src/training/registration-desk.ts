import { Mutex } from 'async-mutex';
import { Types } from 'mongoose';
import { TrainingEvents, type CourseSeats, type RegistrationPromoted } from '@shared/training/events.js';
import type { RegistrationResult } from '@shared/training/schemas.js';
import type { AppContext } from '../feature.js';
import { AppError, notFound } from '../http/errors.js';
import { counts, courseState, forgetCourseState, lowestFreeSeat, type CourseState } from './course-state.js';
import { Cancellation, Registration, Seat } from './models.js';

/**
 * One queue per course in front of the unique indexes: requests for a course are decided one at a
 * time, so 500 simultaneous sign-ups cost no retries and the waitlist keeps arrival order.
 */
const queues = new Map<string, Mutex>();
function queueFor(code: string): Mutex {
  let queue = queues.get(code);
  if (!queue) queues.set(code, (queue = new Mutex()));
  return queue;
}

// FerretDB's duplicate-key errors do not say which index refused: callers re-read to find out.
const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

function closedError(state: CourseState): AppError {
  return new AppError(
    409,
    'registration_closed',
    `Registration for this course closed at ${state.closesAt.toISOString()}.`,
    {
      closedAt: state.closesAt.toISOString(),
    },
  );
}

export type IdempotencyClaim = { key: string; requestHash: string };

/**
 * The registration carries its Idempotency-Key (unique per user) and its first answer, so a replay
 * finds it and answers the same, without a separate record to write.
 */
async function replayOf(code: string, userId: string, claim: IdempotencyClaim): Promise<RegistrationResult | null> {
  const filter = { userId, idempotencyKey: claim.key };
  const earlier = (await Registration.findOne(filter).lean()) ?? (await Cancellation.findOne(filter).lean());
  if (!earlier) return null;
  if (earlier.course !== code || earlier.requestHash !== claim.requestHash) {
    throw new AppError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different request. Use a new key.',
    );
  }
  return earlier.firstResponse as RegistrationResult;
}

export async function register(
  ctx: AppContext,
  code: string,
  userId: string,
  claim: IdempotencyClaim,
): Promise<{ result: RegistrationResult; replayed: boolean }> {
  return queueFor(code).runExclusive(async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const replay = await replayOf(code, userId, claim);
      if (replay) return { result: replay, replayed: true };
      const state = await courseState(code);
      if (!state) throw notFound('The course');
      if (ctx.now() > state.closesAt) throw closedError(state);
      if (await Registration.exists({ course: code, userId })) throw await alreadyRegistered(code, userId);
      try {
        return { result: await admit(ctx, state, userId, claim), replayed: false };
      } catch (error) {
        if (!isDuplicate(error)) throw error;
        forgetCourseState(code); // another server instance moved first: re-read and decide again
      }
    }
    throw new AppError(503, 'busy', 'The course is very busy right now. Please try again.');
  });
}

async function admit(
  ctx: AppContext,
  state: CourseState,
  userId: string,
  claim: IdempotencyClaim,
): Promise<RegistrationResult> {
  const id = new Types.ObjectId();
  const now = ctx.now();
  const seat = lowestFreeSeat(state);
  const arrival = state.nextArrival;
  const base = { id: String(id), course: state.code, createdAt: now.toISOString() };
  const result: RegistrationResult =
    seat !== undefined
      ? { ...base, status: 'confirmed', seat }
      : { ...base, status: 'waitlisted', position: state.waitlist.length + 1 };
  if (seat !== undefined) await Seat.create({ course: state.code, seat, registrationId: id, userId, at: now });
  try {
    await Registration.create({
      _id: id,
      course: state.code,
      userId,
      status: result.status,
      arrival,
      seat,
      createdAt: now,
      idempotencyKey: claim.key,
      requestHash: claim.requestHash,
      firstResponse: result,
    });
  } catch (error) {
    if (seat !== undefined) await Seat.deleteOne({ registrationId: id });
    throw error;
  }
  state.nextArrival = arrival + 1;
  if (seat !== undefined) state.taken.add(seat);
  else state.waitlist.push({ id: String(id), userId, arrival, createdAt: now });
  announceSeats(ctx, state);
  return result;
}

async function alreadyRegistered(code: string, userId: string): Promise<AppError> {
  const existing = await Registration.findOne({ course: code, userId }, { status: 1 }).lean();
  return new AppError(409, 'already_registered', 'You are already registered for this course.', {
    id: existing ? String(existing._id) : undefined,
    status: existing?.status,
  });
}

/** The owner cancels before the deadline; a freed seat goes to the first person waiting. */
export async function cancel(ctx: AppContext, registrationId: string, userId: string): Promise<void> {
  const found = await Registration.findById(registrationId, { course: 1, userId: 1 }).lean();
  if (!found || String(found.userId) !== userId) throw notFound('The registration');
  await queueFor(found.course).runExclusive(async () => {
    const state = await courseState(found.course);
    if (!state) throw notFound('The course');
    if (ctx.now() > state.closesAt) {
      throw new AppError(
        409,
        'cancellation_closed',
        'Registration has closed; cancellations are no longer possible here. Contact the training centre.',
      );
    }
    // Re-read inside the queue: a double tap must free the seat only once.
    const registration = await Registration.findOneAndDelete({ _id: registrationId, userId }).lean();
    if (!registration) throw notFound('The registration');
    await Cancellation.create({
      ...registration,
      _id: undefined,
      registrationId: registration._id,
      cancelledAt: ctx.now(),
    });
    if (registration.status === 'confirmed') {
      await Seat.deleteOne({ registrationId: registration._id });
      if (registration.seat) state.taken.delete(registration.seat);
      await fillFreeSeats(ctx, state);
    } else {
      state.waitlist = state.waitlist.filter((w) => w.id !== registrationId);
    }
    announceSeats(ctx, state);
  });
}

/** Promotes waitlisted people, first come first served, while seats are free. Call inside the course queue. */
export async function fillFreeSeats(ctx: AppContext, state: CourseState): Promise<void> {
  for (let seat = lowestFreeSeat(state); seat !== undefined && state.waitlist.length; seat = lowestFreeSeat(state)) {
    const next = state.waitlist[0]!; // length checked in the loop condition
    const now = ctx.now();
    await Seat.create({ course: state.code, seat, registrationId: next.id, userId: next.userId, at: now });
    await Registration.updateOne({ _id: next.id }, { $set: { status: 'confirmed', seat, promotedAt: now } });
    state.waitlist.shift();
    state.taken.add(seat);
    const promoted: RegistrationPromoted = {
      id: next.id,
      course: state.code,
      status: 'confirmed',
      seat,
      createdAt: next.createdAt.toISOString(),
      promotedAt: now.toISOString(),
    };
    ctx.io.to(`user:${next.userId}`).emit(TrainingEvents.registrationPromoted, promoted);
  }
}

export function withCourseQueue<T>(code: string, work: () => Promise<T>): Promise<T> {
  return queueFor(code).runExclusive(work);
}

export function announceSeats(ctx: AppContext, state: CourseState): void {
  const seats: CourseSeats = { code: state.code, ...counts(state) };
  ctx.io.to(`course:${state.code}`).emit(TrainingEvents.courseSeats, seats);
}
