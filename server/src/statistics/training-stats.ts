import type { Locale } from '@shared/showroom/locale.js';
import type { CourseStatsSchema, TrainingStatsSchema } from '@shared/statistics/schemas.js';
import type { z } from 'zod';
import { trusted } from '../db/trusted.js';
import { Checkin, Course, Registration } from '../training/models.js';
import { instantsOf, type DayRange } from './days.js';
import { ratio } from './median.js';

type CourseStats = z.infer<typeof CourseStatsSchema>;
type TrainingStats = z.infer<typeof TrainingStatsSchema>;

export type CourseFacts = {
  code: string;
  title: Record<Locale, string>;
  capacity: number;
  sessions: { id: string; startsAt: Date }[];
  registrations: { id: string; status: 'confirmed' | 'waitlisted' }[];
  checkins: { registrationId: string; sessionId: string }[];
};

/** Check-ins of confirmed trainees at sessions that have started, and how many there could have been. */
function attendanceOf(course: CourseFacts, now: Date) {
  const confirmed = new Set(course.registrations.filter((r) => r.status === 'confirmed').map((r) => r.id));
  const started = new Set(course.sessions.filter((s) => s.startsAt.getTime() <= now.getTime()).map((s) => s.id));
  const present = course.checkins.filter((c) => confirmed.has(c.registrationId) && started.has(c.sessionId)).length;
  return { confirmed: confirmed.size, present, expected: confirmed.size * started.size };
}

/**
 * Fill rate = confirmed / capacity. Attendance = check-ins of confirmed trainees at sessions that have
 * started / (confirmed × sessions that have started); null before the first session.
 */
export function courseStats(course: CourseFacts, locale: Locale, now: Date): CourseStats {
  const { confirmed, present, expected } = attendanceOf(course, now);
  return {
    code: course.code,
    title: course.title[locale],
    capacity: course.capacity,
    confirmed,
    waitlisted: course.registrations.length - confirmed,
    fillRate: ratio(confirmed, course.capacity),
    attendanceRate: ratio(present, expected),
  };
}

/** The courses of the range, and the rates over all of them (seats and attendances added up, not averaged). */
export function trainingStats(courses: readonly CourseFacts[], locale: Locale, now: Date): TrainingStats {
  const rows = courses.map((c) => courseStats(c, locale, now));
  const attendances = courses.map((c) => attendanceOf(c, now));
  const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((total, item) => total + f(item), 0);
  return {
    courses: rows,
    fillRate: ratio(
      sum(rows, (r) => r.confirmed),
      sum(rows, (r) => r.capacity),
    ),
    attendanceRate: ratio(
      sum(attendances, (a) => a.present),
      sum(attendances, (a) => a.expected),
    ),
  };
}

/** Courses with a session starting on a day of the range, earliest first, with their seats and check-ins. */
export async function loadCourses(range: DayRange): Promise<CourseFacts[]> {
  const { start, end } = instantsOf(range);
  const all = await Course.find({}, { code: 1, title: 1, capacity: 1, sessions: 1 }).lean();
  const inRange = all
    .map((c) => ({
      code: c.code,
      title: {
        'zh-CN': c.title?.['zh-CN'] ?? c.code,
        'zh-TW': c.title?.['zh-TW'] ?? c.code,
        en: c.title?.en ?? c.code,
      },
      capacity: c.capacity,
      sessions: c.sessions.map((s) => ({ id: s.id ?? '', startsAt: s.startsAt ?? new Date(0) })),
    }))
    .filter((c) => c.sessions.some((s) => s.startsAt >= start && s.startsAt <= end))
    .sort((a, b) => Math.min(...a.sessions.map((s) => +s.startsAt)) - Math.min(...b.sessions.map((s) => +s.startsAt)));
  if (inRange.length === 0) return [];
  const codes = trusted({ $in: inRange.map((c) => c.code) });
  const [registrations, checkins] = await Promise.all([
    Registration.find({ course: codes }, { course: 1, status: 1 }).lean(),
    Checkin.find({ course: codes }, { course: 1, registrationId: 1, sessionId: 1 }).lean(),
  ]);
  return inRange.map((c) => ({
    ...c,
    registrations: registrations
      .filter((r) => r.course === c.code)
      .map((r) => ({ id: String(r._id), status: r.status as 'confirmed' | 'waitlisted' })),
    checkins: checkins
      .filter((k) => k.course === c.code)
      .map((k) => ({ registrationId: String(k.registrationId), sessionId: k.sessionId })),
  }));
}
