import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../client-build.js';
import { Course } from './models.js';

type SeedCourse = {
  code: string;
  registrationClosesAt: string;
  sessions: { startsAt: string; endsAt: string }[];
  [field: string]: unknown;
};

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * The demo dates were written in November 2026. Move them all forward by whole weeks (keeping
 * weekdays and times) so that the earliest registration deadline is at least 7 days after `today`.
 */
export function weeksToShift(courses: SeedCourse[], today: Date): number {
  const earliest = Math.min(...courses.map((c) => Date.parse(c.registrationClosesAt)));
  // "The seeding day" is the calendar day in Datong, like every date the catalogue shows.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(today);
  const startOfToday = Date.parse(`${day}T00:00:00+08:00`);
  const wanted = startOfToday + WEEK_MS;
  return earliest >= wanted ? 0 : Math.ceil((wanted - earliest) / WEEK_MS);
}

const shift = (iso: string, weeks: number) => new Date(Date.parse(iso) + weeks * WEEK_MS);

export async function seedCourses(today: Date): Promise<void> {
  const { courses } = JSON.parse(readFileSync(join(repoRoot, 'server/seed/training.json'), 'utf8')) as {
    courses: SeedCourse[];
  };
  const weeks = weeksToShift(courses, today);
  for (const course of courses) {
    if (await Course.exists({ code: course.code })) continue;
    await Course.create({
      ...course,
      registrationClosesAt: shift(course.registrationClosesAt, weeks),
      sessions: course.sessions.map((s, i) => ({
        id: `s${i + 1}`,
        startsAt: shift(s.startsAt, weeks),
        endsAt: shift(s.endsAt, weeks),
      })),
    });
  }
}
