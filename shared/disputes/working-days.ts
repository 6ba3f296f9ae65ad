import official from 'chinese-days/dist/chinese-days.json';
import { z } from 'zod';

/**
 * Statutory clocks in working days, by China's official calendar (holidays and 调休 make-up working
 * days) as published by the State Council, with admin overrides for what the package does not know yet.
 *
 * We read chinese-days' published data file rather than calling isWorkday()/getDayDetail(): those
 * compute calendar days in the device's local time zone, and return the day before (e.g. 2026-02-14,
 * a make-up working day, comes out as a holiday) on a phone set to a zone west of UTC.
 */
const data = official as { holidays: Record<string, string>; workdays: Record<string, string> };
const OFFICIAL_YEARS = new Set(Object.keys(data.holidays).map((day) => Number(day.slice(0, 4))));

export const DAY_KINDS = ['holiday', 'workday'] as const;
export const CalendarDaySchema = z.iso.date('Give the date as YYYY-MM-DD.');
export const CalendarOverrideSchema = z
  .object({ date: CalendarDaySchema, kind: z.enum(DAY_KINDS), name: z.string().trim().min(1).max(60) })
  .meta({ id: 'CalendarOverride' });
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;

/** The decision to accept or not is due this many working days after the complaint arrives (Art. 14). */
export const ACCEPT_DECISION_WORKING_DAYS = 7;
/** Mediation ends unsettled this many working days after acceptance. */
export const MEDIATION_WORKING_DAYS = 45;

// China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The calendar day (YYYY-MM-DD) in Asia/Shanghai of an instant. */
export const shanghaiDay = (instant: Date): string =>
  new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
/** The last millisecond of a calendar day in Asia/Shanghai. */
export const endOfShanghaiDay = (day: string): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS + DAY_MS - 1);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const yearOf = (day: string) => Number(day.slice(0, 4));

export type DayDetail = { date: string; working: boolean; source: 'override' | 'official' | 'weekday'; name?: string };

export type DueDate = {
  /** The last day to act, in Asia/Shanghai. */
  dueDate: string;
  /** The end of that day, as an instant. */
  dueAt: string;
  workingDays: number;
  /** True when the count ran through a year whose official calendar is not known yet. */
  provisional: boolean;
  /** e.g. `no_official_calendar_for_2027` */
  reason?: string;
};

export type WorkingCalendar = {
  day(date: string): DayDetail;
  isWorkingDay(date: string): boolean;
  /** Whether the year's holidays are known: published in chinese-days, or entered as overrides. */
  knowsYear(year: number): boolean;
  /** The day that ends `workingDays` working days after the day of `start` (that day itself not counted). */
  dueAfter(start: Date, workingDays: number): DueDate;
  /** Working days from `today` (counted if it is one) through `dueDate`; 0 once it has passed. */
  workingDaysLeft(today: string, dueDate: string): number;
};

export function createWorkingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const overrideYears = new Set(overrides.map((o) => yearOf(o.date)));
  const knowsYear = (year: number) => OFFICIAL_YEARS.has(year) || overrideYears.has(year);

  const day = (date: string): DayDetail => {
    const override = byDate.get(date);
    if (override) return { date, working: override.kind === 'workday', source: 'override', name: override.name };
    const workday = data.workdays[date];
    if (workday) return { date, working: true, source: 'official', name: workday.split(',')[1] };
    const holiday = data.holidays[date];
    if (holiday) return { date, working: false, source: 'official', name: holiday.split(',')[1] };
    const weekday = weekdayOf(date);
    return { date, working: weekday !== 0 && weekday !== 6, source: 'weekday' };
  };
  const isWorkingDay = (date: string) => day(date).working;

  return {
    day,
    isWorkingDay,
    knowsYear,
    dueAfter(start, workingDays) {
      let date = shanghaiDay(start);
      let unknownYear: number | undefined;
      for (let counted = 0; counted < workingDays;) {
        date = addDays(date, 1);
        if (isWorkingDay(date)) counted++;
        if (unknownYear === undefined && !knowsYear(yearOf(date))) unknownYear = yearOf(date);
      }
      return {
        dueDate: date,
        dueAt: endOfShanghaiDay(date).toISOString(),
        workingDays,
        provisional: unknownYear !== undefined,
        ...(unknownYear !== undefined ? { reason: `no_official_calendar_for_${unknownYear}` } : {}),
      };
    },
    workingDaysLeft(today, dueDate) {
      let left = 0;
      for (let date = today; date <= dueDate; date = addDays(date, 1)) if (isWorkingDay(date)) left++;
      return left;
    },
  };
}
