import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, endOfShanghaiDay, shanghaiDay } from './working-days.js';

const at = (iso: string) => new Date(iso);
const calendar = createWorkingCalendar();

describe('the official calendar', () => {
  it('counts the 2026 Spring Festival make-up Saturdays as working days and the holiday week as not', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday, 调休
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23'])
      expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.day('2026-02-17')).toMatchObject({ working: false, source: 'official', name: '春节' });
  });

  it('treats ordinary weekends and weekdays by the weekday rule', () => {
    expect(calendar.day('2026-03-07')).toEqual({ date: '2026-03-07', working: false, source: 'weekday' });
    expect(calendar.day('2026-03-09')).toEqual({ date: '2026-03-09', working: true, source: 'weekday' });
  });

  it('knows 2026 and not 2027', () => {
    expect(calendar.knowsYear(2026)).toBe(true);
    expect(calendar.knowsYear(2027)).toBe(false);
  });
});

describe('the accept-decision clock (7 working days after filing)', () => {
  it('runs across the 2026 Spring Festival, counting both make-up Saturdays', () => {
    // Filed Friday 13 Feb: 14 (Sat, make-up), 24, 25, 26, 27, 28 (Sat, make-up), 2 Mar.
    const due = calendar.dueAfter(at('2026-02-13T10:00:00+08:00'), 7);
    expect(due).toEqual({
      dueDate: '2026-03-02',
      dueAt: '2026-03-02T15:59:59.999Z',
      workingDays: 7,
      provisional: false,
    });
  });

  it('counts from the filing day in Shanghai, whatever the UTC date', () => {
    // 23:30 in Shanghai on 12 Feb is 15:30 UTC on 12 Feb; 00:30 on 13 Feb in Shanghai is still 12 Feb in UTC.
    expect(calendar.dueAfter(at('2026-02-12T23:30:00+08:00'), 7).dueDate).toBe('2026-02-28');
    expect(calendar.dueAfter(at('2026-02-13T00:30:00+08:00'), 7).dueDate).toBe('2026-03-02');
  });

  it('runs across National Day 2026 with its make-up Saturday 10 October', () => {
    // Filed Wednesday 30 Sep: 1–7 Oct off, then 8, 9, 10 (Sat, make-up), 12, 13, 14, 15.
    expect(calendar.dueAfter(at('2026-09-30T09:00:00+08:00'), 7).dueDate).toBe('2026-10-15');
    // 20 Sep (Sunday) is a make-up working day: filed Friday 18 Sep → 20, 21, 22, 23, 24, 28, 29.
    expect(calendar.dueAfter(at('2026-09-18T09:00:00+08:00'), 7).dueDate).toBe('2026-09-29');
  });

  it('marks a December 2026 filing that runs into 2027 as provisional, naming the year', () => {
    const due = calendar.dueAfter(at('2026-12-28T10:00:00+08:00'), 7);
    // 29, 30, 31 Dec, then by the weekday rule only: 1 (Fri), 4, 5, 6 Jan.
    expect(due).toMatchObject({ dueDate: '2027-01-06', provisional: true, reason: 'no_official_calendar_for_2027' });
  });

  it('uses admin overrides for 2027 and is then no longer provisional', () => {
    const withOverrides = createWorkingCalendar([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    const due = withOverrides.dueAfter(at('2026-12-28T10:00:00+08:00'), 7);
    expect(due).toEqual({
      dueDate: '2027-01-07',
      dueAt: endOfShanghaiDay('2027-01-07').toISOString(),
      workingDays: 7,
      provisional: false,
    });
  });

  it('lets an override turn an official day around (a make-up day added, a holiday moved)', () => {
    const changed = createWorkingCalendar([{ date: '2026-03-07', kind: 'workday', name: '补班' }]);
    expect(changed.day('2026-03-07')).toMatchObject({ working: true, source: 'override', name: '补班' });
    expect(calendar.dueAfter(at('2026-03-06T09:00:00+08:00'), 1).dueDate).toBe('2026-03-09');
    expect(changed.dueAfter(at('2026-03-06T09:00:00+08:00'), 1).dueDate).toBe('2026-03-07');
  });
});

describe('the mediation clock (45 working days after acceptance)', () => {
  it('skips the Spring Festival and counts make-up days', () => {
    // Accepted Monday 2 Feb 2026: the make-up Saturdays count, the Spring Festival and Qingming (6 Apr) do not.
    expect(calendar.dueAfter(at('2026-02-02T10:00:00+08:00'), 45).dueDate).toBe('2026-04-13');
  });

  it('is provisional when it ends in 2027', () => {
    expect(calendar.dueAfter(at('2026-12-01T10:00:00+08:00'), 45)).toMatchObject({
      provisional: true,
      reason: 'no_official_calendar_for_2027',
    });
  });
});

describe('time left', () => {
  it('counts working days from today through the due day', () => {
    expect(calendar.workingDaysLeft('2026-02-13', '2026-03-02')).toBe(8);
    expect(calendar.workingDaysLeft('2026-03-02', '2026-03-02')).toBe(1);
    expect(calendar.workingDaysLeft('2026-03-03', '2026-03-02')).toBe(0);
  });

  it('takes day boundaries in Asia/Shanghai', () => {
    expect(shanghaiDay(at('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
    expect(shanghaiDay(at('2026-02-13T15:59:59Z'))).toBe('2026-02-13');
    expect(endOfShanghaiDay('2026-03-02').toISOString()).toBe('2026-03-02T15:59:59.999Z');
  });
});
