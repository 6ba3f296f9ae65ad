import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weeksToShift } from '../../../server/src/training/seed.js';

type SeedCourse = { code: string; registrationClosesAt: string; sessions: { startsAt: string; endsAt: string }[] };
const { courses } = JSON.parse(
  readFileSync(new URL('../../../server/seed/training.json', import.meta.url), 'utf8'),
) as { courses: SeedCourse[] };

const DAY_MS = 24 * 3600_000;
const WEEK_MS = 7 * DAY_MS;
const earliestDeadline = Math.min(...courses.map((c) => Date.parse(c.registrationClosesAt)));
const shifted = (iso: string, weeks: number) => new Date(Date.parse(iso) + weeks * WEEK_MS);
/** Midnight at the start of a calendar day in Datong (UTC+8, no daylight saving). */
const startOfBeijingDay = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const inBeijing = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
const allInstants = (c: SeedCourse) => [c.registrationClosesAt, ...c.sessions.flatMap((s) => [s.startsAt, s.endsAt])];

describe('the demo courses file', () => {
  it('has courses with a deadline and sessions', () => {
    expect(courses.length).toBeGreaterThan(0);
    for (const c of courses) expect(c.sessions.length).toBeGreaterThan(0);
  });
});

describe('weeksToShift: moving the November 2026 demo dates forward when seeding later', () => {
  it('keeps the dates as written when seeding on 2026-11-27', () => {
    expect(weeksToShift(courses, new Date('2026-11-27T10:00:00+08:00'))).toBe(0);
  });

  it('shifts whole weeks when seeding on 2027-03-10, so the first deadline is at least 7 days away, and no more than needed', () => {
    const weeks = weeksToShift(courses, new Date('2027-03-10T10:00:00+08:00'));
    expect(Number.isInteger(weeks)).toBe(true);
    expect(weeks).toBeGreaterThan(0);
    const sevenDaysAfter = startOfBeijingDay('2027-03-10') + 7 * DAY_MS;
    expect(earliestDeadline + weeks * WEEK_MS).toBeGreaterThanOrEqual(sevenDaysAfter);
    expect(earliestDeadline + (weeks - 1) * WEEK_MS).toBeLessThan(sevenDaysAfter); // one week less would not do
    expect(weeks).toBe(15); // 2026-12-05 → 2027-03-20, a Saturday like the original
  });

  it('keeps every date’s weekday and time of day in Datong', () => {
    const weeks = weeksToShift(courses, new Date('2027-03-10T10:00:00+08:00'));
    for (const course of courses) {
      for (const iso of allInstants(course)) {
        expect(inBeijing(shifted(iso, weeks)), `${course.code} ${iso}`).toBe(inBeijing(new Date(iso)));
      }
    }
  });

  it('shifts just enough whole weeks on every day of 2027 (seeding at noon in Datong)', () => {
    for (
      let day = Date.parse('2027-01-01T12:00:00+08:00');
      day < Date.parse('2028-01-01T00:00:00+08:00');
      day += DAY_MS
    ) {
      const today = new Date(day);
      const weeks = weeksToShift(courses, today);
      const beijingDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(today);
      const wanted = startOfBeijingDay(beijingDay) + 7 * DAY_MS;
      expect(Number.isInteger(weeks), beijingDay).toBe(true);
      expect(earliestDeadline + weeks * WEEK_MS, beijingDay).toBeGreaterThanOrEqual(wanted);
      expect(earliestDeadline + (weeks - 1) * WEEK_MS, beijingDay).toBeLessThan(wanted);
    }
  });

  it('counts the seeding day as the day in Datong, also early in the morning (still the previous day in UTC)', () => {
    // 07:00 on Sunday 14 March in Datong is 23:00 on Saturday 13 March in UTC.
    const today = new Date('2027-03-14T07:00:00+08:00');
    const weeks = weeksToShift(courses, today);
    const firstDeadline = earliestDeadline + weeks * WEEK_MS;
    // The first deadline must not fall on Saturday 20 March, six days later.
    expect(new Date(firstDeadline).toISOString()).not.toBe('2027-03-20T01:00:00.000Z');
    expect(firstDeadline).toBeGreaterThanOrEqual(startOfBeijingDay('2027-03-14') + 7 * DAY_MS);
  });
});
