import { MAX_RANGE_DAYS } from '@shared/statistics/schemas.js';

/** The park's calendar: a day is a day in Datong, whatever the phone's time zone. */
const PARK_TIME_ZONE = 'Asia/Shanghai';
export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = 30;

export type DayRange = { from: string; to: string };
export type RangeProblem = 'invalid' | 'order' | 'tooLong';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of this moment in Datong. */
let parkDay: Intl.DateTimeFormat | undefined;
export function todayInPark(now: Date = new Date()): string {
  parkDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: PARK_TIME_ZONE });
  return parkDay.format(now);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day `n` days after `day` (before it when negative); calendar arithmetic in UTC, no zone shifts. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days in a range, both ends included. */
export function daysIn(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / MS_PER_DAY) + 1;
}

/** The last `days` days up to today, today included. */
export function presetRange(days: number, today: string = todayInPark()): DayRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The preset a range is, when it ends today; null for a custom range. */
export function presetOf(range: DayRange, today: string = todayInPark()): RangePreset | null {
  if (range.to !== today) return null;
  return RANGE_PRESETS.find((days) => daysIn(range) === days) ?? null;
}

/** Why the server would refuse this range, or null when it is fine. */
export function rangeProblem(range: { from: string; to: string }): RangeProblem | null {
  if (!isDay(range.from) || !isDay(range.to)) return 'invalid';
  if (range.from > range.to) return 'order';
  if (daysIn(range) > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** The range in the address (`?from=…&to=…`), or the default preset when it is missing or wrong. */
export function rangeFromQuery(query: Record<string, unknown>, today: string = todayInPark()): DayRange {
  const from = first(query.from);
  const to = first(query.to);
  if (isDay(from) && isDay(to) && rangeProblem({ from, to }) === null) return { from, to };
  return presetRange(DEFAULT_PRESET, today);
}

/** `from=…&to=…` for the API and the export links. */
export function rangeSearch(range: DayRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}
