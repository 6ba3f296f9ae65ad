import { MAX_RANGE_DAYS, type StatsRangeQuery } from '@shared/statistics/schemas.js';
import { endOfShanghaiDay, shanghaiDay } from '@shared/disputes/working-days.js';
import { AppError } from '../http/errors.js';

/** Calendar days in Asia/Shanghai, `YYYY-MM-DD`, both ends included. */
export type DayRange = { from: string; to: string };

const DAY_MS = 24 * 3600_000;
export const DEFAULT_RANGE_DAYS = 30;

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** How many calendar days a range covers, both ends counted. */
export const daysIn = (range: DayRange): number =>
  Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
export function everyDay(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}
/** The first millisecond of a calendar day in Asia/Shanghai. */
export const startOfShanghaiDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00+08:00`));
/** The instants a range covers, for filters on dates. */
export const instantsOf = (range: DayRange) => ({
  start: startOfShanghaiDay(range.from),
  end: endOfShanghaiDay(range.to),
});
/** The last `days` calendar days up to today in Asia/Shanghai. */
export const lastDays = (days: number, now: Date): DayRange => {
  const to = shanghaiDay(now);
  return { from: addDays(to, 1 - days), to };
};

/**
 * The range a dashboard request asks for: by default the last 30 days up to today (Asia/Shanghai);
 * only `to` given → the 30 days ending then; only `from` → from then to today.
 */
export function resolveRange(query: StatsRangeQuery, now: Date): DayRange {
  const today = shanghaiDay(now);
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS);
  if (from > to) {
    throw new AppError(
      400,
      'invalid_range',
      `The start date ${from} is after the end date ${to}. Give a "from" on or before "to".`,
      { from, to },
    );
  }
  const days = daysIn({ from, to });
  if (days > MAX_RANGE_DAYS) {
    throw new AppError(
      400,
      'range_too_long',
      `The range ${from} to ${to} covers ${days} days; at most ${MAX_RANGE_DAYS} are allowed. Narrow "from" or "to".`,
      { from, to, days, maxDays: MAX_RANGE_DAYS },
    );
  }
  return { from, to };
}
