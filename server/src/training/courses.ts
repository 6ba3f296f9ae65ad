import type { z } from 'zod';
import type {
  Course as CourseView,
  CourseInputSchema,
  CourseListQuery,
  CourseUpdateSchema,
} from '@shared/training/schemas.js';
import type { AppContext } from '../feature.js';
import { AppError, notFound } from '../http/errors.js';
import { counts, courseState, forgetCourseState } from './course-state.js';
import { Course } from './models.js';
import { announceSeats, fillFreeSeats, withCourseQueue } from './registration-desk.js';

export const INSTITUTION = '大同国际陆港跨境电子商务人才培训基地';

type CourseDoc = Awaited<ReturnType<typeof loadCourse>> & {};
const loadCourse = (code: string) => Course.findOne({ code }).lean();

const dayInShanghai = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

async function toView(course: NonNullable<CourseDoc>, now: Date): Promise<CourseView> {
  const state = await courseState(course.code);
  const c = state ? counts(state) : { confirmed: 0, waitlisted: 0, seatsLeft: course.capacity };
  return {
    code: course.code,
    title: {
      'zh-CN': course.title?.['zh-CN'] ?? '',
      'zh-TW': course.title?.['zh-TW'] ?? '',
      en: course.title?.en ?? '',
    },
    category: course.category as CourseView['category'],
    venue: course.venue,
    county: course.county,
    capacity: course.capacity,
    feeCny: course.feeCny,
    subsidyEligible: course.subsidyEligible,
    registrationClosesAt: course.registrationClosesAt.toISOString(),
    sessions: course.sessions.map((s) => ({
      id: s.id ?? '',
      startsAt: (s.startsAt ?? new Date(0)).toISOString(),
      endsAt: (s.endsAt ?? new Date(0)).toISOString(),
    })),
    ...c,
    open: now <= course.registrationClosesAt,
    institution: INSTITUTION,
  };
}

function matches(course: CourseView, q: CourseListQuery): boolean {
  if (q.category && course.category !== q.category) return false;
  if (q.county && course.county !== q.county) return false;
  if (q.seatsLeft && course.seatsLeft === 0) return false;
  const days = course.sessions.map((s) => dayInShanghai(new Date(s.startsAt)));
  const { from, to } = q;
  if (from && !days.some((d) => d >= from)) return false;
  if (to && !days.some((d) => d <= to)) return false;
  if (q.q) {
    const needle = q.q.toLowerCase();
    if (!Object.values(course.title).some((t) => t.toLowerCase().includes(needle))) return false;
  }
  return true;
}

/** The catalogue is dozens of courses: filter in memory, where searching three languages is simple. */
export async function listCourses(ctx: AppContext, query: CourseListQuery): Promise<CourseView[]> {
  const all = await Course.find({}).sort({ registrationClosesAt: 1, code: 1 }).lean();
  const views = await Promise.all(all.map((c) => toView(c, ctx.now())));
  return views.filter((v) => matches(v, query));
}

export async function getCourse(ctx: AppContext, code: string): Promise<CourseView> {
  const course = await loadCourse(code);
  if (!course) throw notFound('The course');
  return toView(course, ctx.now());
}

export async function createCourse(ctx: AppContext, input: z.infer<typeof CourseInputSchema>): Promise<CourseView> {
  const sessions = input.sessions.map((s, i) => ({
    id: `s${i + 1}`,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
  }));
  try {
    await Course.create({ ...input, registrationClosesAt: new Date(input.registrationClosesAt), sessions });
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw new AppError(409, 'course_exists', `A course with code ${input.code} already exists.`);
    throw error;
  }
  return getCourse(ctx, input.code);
}

export async function updateCourse(
  ctx: AppContext,
  code: string,
  change: z.infer<typeof CourseUpdateSchema>,
): Promise<CourseView> {
  await withCourseQueue(code, async () => {
    const state = await courseState(code);
    if (!state) throw notFound('The course');
    // Seat numbers stay with their holders, so the capacity cannot drop below the highest seat taken.
    const highestSeat = Math.max(0, ...state.taken);
    if (change.capacity !== undefined && change.capacity < highestSeat) {
      throw new AppError(
        409,
        'capacity_below_confirmed',
        `Seat number ${highestSeat} is taken; the capacity cannot go below ${highestSeat}.`,
      );
    }
    const set: Record<string, unknown> = { ...change };
    if (change.registrationClosesAt) set.registrationClosesAt = new Date(change.registrationClosesAt);
    await Course.updateOne({ code }, { $set: set });
    if (change.capacity !== undefined) state.capacity = change.capacity;
    if (change.registrationClosesAt) state.closesAt = new Date(change.registrationClosesAt);
    await fillFreeSeats(ctx, state);
    announceSeats(ctx, state);
  });
  forgetCourseState(code);
  return getCourse(ctx, code);
}
