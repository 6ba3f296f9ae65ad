import { describe, expect, it } from 'vitest';
import { daysIn, everyDay, resolveRange } from '../../../server/src/statistics/days.js';

// 2026-11-23 01:30 in Shanghai is still 2026-11-22 in UTC: "today" must be Shanghai's.
const now = new Date('2026-11-22T17:30:00Z');

describe('the dashboard range', () => {
  it('defaults to the last 30 days up to today in Asia/Shanghai', () => {
    expect(resolveRange({}, now)).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(daysIn(resolveRange({}, now))).toBe(30);
  });

  it('takes 30 days before a given end, and runs from a given start to today', () => {
    expect(resolveRange({ to: '2026-03-01' }, now)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(resolveRange({ from: '2026-11-01' }, now)).toEqual({ from: '2026-11-01', to: '2026-11-23' });
  });

  it('accepts 366 days and refuses 367 with a message that says what to change', () => {
    expect(daysIn(resolveRange({ from: '2025-01-01', to: '2026-01-01' }, now))).toBe(366);
    expect(() => resolveRange({ from: '2025-01-01', to: '2026-01-02' }, now)).toThrow(
      'covers 367 days; at most 366 are allowed',
    );
  });

  it('refuses a start after the end, also when the end is the default today', () => {
    expect(() => resolveRange({ from: '2026-12-01' }, now)).toThrow(
      'The start date 2026-12-01 is after the end date 2026-11-23',
    );
  });

  it('lists every day of a range across a month end, both ends included', () => {
    expect(everyDay({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});
