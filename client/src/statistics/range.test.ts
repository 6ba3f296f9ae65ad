import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysIn,
  presetOf,
  presetRange,
  rangeFromQuery,
  rangeProblem,
  rangeSearch,
  todayInPark,
} from './range';

const TODAY = '2026-11-27';

describe('date range of the dashboard', () => {
  it('a preset of 7 days ends today and includes it', () => {
    expect(presetRange(7, TODAY)).toEqual({ from: '2026-11-21', to: TODAY });
    expect(daysIn(presetRange(7, TODAY))).toBe(7);
  });

  it('the 30 and 90 day presets cross month and year ends on the calendar', () => {
    expect(presetRange(30, '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(presetRange(90, '2026-01-15')).toEqual({ from: '2025-10-18', to: '2026-01-15' });
  });

  it('recognises a preset only when the range ends today', () => {
    expect(presetOf({ from: '2026-10-29', to: TODAY }, TODAY)).toBe(30);
    expect(presetOf({ from: '2026-10-28', to: '2026-11-26' }, TODAY)).toBeNull();
    expect(presetOf({ from: '2026-11-01', to: TODAY }, TODAY)).toBeNull();
  });

  it('"today" is the day in Datong, not on the phone: 23:30 in London is already tomorrow there', () => {
    expect(todayInPark(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(todayInPark(new Date('2026-11-26T15:59:00Z'))).toBe('2026-11-26');
  });

  it('reads the range from the address, and falls back to the last 30 days when it is missing or wrong', () => {
    expect(rangeFromQuery({ from: '2026-11-01', to: '2026-11-15' }, TODAY)).toEqual({
      from: '2026-11-01',
      to: '2026-11-15',
    });
    expect(rangeFromQuery({}, TODAY)).toEqual(presetRange(30, TODAY));
    expect(rangeFromQuery({ from: '2026-11-15', to: '2026-11-01' }, TODAY)).toEqual(presetRange(30, TODAY));
    expect(rangeFromQuery({ from: '2026-02-30', to: '2026-03-01' }, TODAY)).toEqual(presetRange(30, TODAY));
    expect(rangeFromQuery({ from: ['2026-11-01'], to: ['2026-11-02'] }, TODAY)).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
    });
  });

  it('says why a range would be refused: bad dates, wrong order, longer than the server allows', () => {
    expect(rangeProblem({ from: '', to: TODAY })).toBe('invalid');
    expect(rangeProblem({ from: '2026-11-28', to: TODAY })).toBe('order');
    expect(rangeProblem({ from: addDays(TODAY, -366), to: TODAY })).toBe('tooLong');
    expect(rangeProblem({ from: addDays(TODAY, -365), to: TODAY })).toBeNull();
  });

  it('writes the range as the query of the API and the CSV links', () => {
    expect(rangeSearch({ from: '2026-11-01', to: TODAY })).toBe('from=2026-11-01&to=2026-11-27');
  });
});
