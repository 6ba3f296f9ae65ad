import { describe, expect, it } from 'vitest';
import { countsOf } from '../../../server/src/showroom/scan-recorder.js';
import { scopesAtRisk } from '../../../server/src/statistics/risk-alerts.js';
import { scanStats } from '../../../server/src/statistics/scans.js';
import { courseStats, trainingStats, type CourseFacts } from '../../../server/src/statistics/training-stats.js';

describe('scan statistics', () => {
  it('counts a flushed batch per Datong day and product, with no user id anywhere', () => {
    const at = new Date('2026-11-23T02:00:00Z');
    const scan = (gtin: string, day: string) => ({ gtin, day, at, source: 'gtin' as const });
    expect(
      countsOf(
        [scan('a', '2026-11-23'), scan('b', '2026-11-23'), scan('a', '2026-11-23'), scan('a', '2026-11-24')],
        at,
      ),
    ).toEqual([
      { day: '2026-11-23', gtin: 'a', count: 2, flushedAt: at },
      { day: '2026-11-23', gtin: 'b', count: 1, flushedAt: at },
      { day: '2026-11-24', gtin: 'a', count: 1, flushedAt: at },
    ]);
  });

  it('zero-fills every day of the range and puts the most scanned product first', () => {
    const stats = scanStats(
      { from: '2026-11-23', to: '2026-11-25' },
      {
        byDay: [
          { _id: '2026-11-25', count: 1 },
          { _id: '2026-11-23', count: 2 },
        ],
        byProduct: [
          { _id: '08403002276886', count: 1 },
          { _id: '09304967152415', count: 2 },
        ],
      },
      (gtin) => (gtin === '09304967152415' ? 'Infant formula' : undefined),
    );
    expect(stats).toEqual({
      total: 3,
      byDay: [
        { day: '2026-11-23', count: 2 },
        { day: '2026-11-24', count: 0 },
        { day: '2026-11-25', count: 1 },
      ],
      byProduct: [
        { gtin: '09304967152415', name: 'Infant formula', count: 2 },
        { gtin: '08403002276886', name: '08403002276886', count: 1 },
      ],
    });
  });
});

const session = (id: string, startsAt: string) => ({ id, startsAt: new Date(startsAt) });
const course = (over: Partial<CourseFacts>): CourseFacts => ({
  code: 'c1',
  title: { 'zh-CN': '课程', 'zh-TW': '課程', en: 'Course' },
  capacity: 2,
  sessions: [],
  registrations: [],
  checkins: [],
  ...over,
});

describe('course fill and attendance', () => {
  const now = new Date('2026-11-26T12:00:00+08:00');
  const full = course({
    sessions: [session('s1', '2026-11-25T09:00:00+08:00'), session('s2', '2026-11-26T09:00:00+08:00')],
    registrations: [
      { id: 'r1', status: 'confirmed' },
      { id: 'r2', status: 'confirmed' },
      { id: 'r3', status: 'waitlisted' },
    ],
    checkins: [
      { registrationId: 'r1', sessionId: 's1' },
      { registrationId: 'r1', sessionId: 's2' },
      { registrationId: 'r2', sessionId: 's1' },
    ],
  });
  const later = course({
    code: 'c2',
    capacity: 4,
    sessions: [session('s1', '2026-11-26T09:00:00+08:00'), session('s2', '2026-12-20T09:00:00+08:00')],
    registrations: [{ id: 'r9', status: 'confirmed' }],
  });

  it('divides check-ins by confirmed seats × sessions already started', () => {
    expect(courseStats(full, 'en', now)).toEqual({
      code: 'c1',
      title: 'Course',
      capacity: 2,
      confirmed: 2,
      waitlisted: 1,
      fillRate: 1,
      attendanceRate: 0.75,
    });
    expect(courseStats(later, 'en', now)).toMatchObject({ fillRate: 0.25, attendanceRate: 0 });
  });

  it('has no attendance rate before the first session', () => {
    expect(courseStats(later, 'en', new Date('2026-11-20T00:00:00Z')).attendanceRate).toBeNull();
  });

  it('adds seats and attendances over all courses instead of averaging the rates', () => {
    const totals = trainingStats([full, later], 'en', now);
    expect(totals.fillRate).toBe(3 / 6);
    expect(totals.attendanceRate).toBe(3 / 5);
  });
});

describe('product risk thresholds', () => {
  const filed = (lot: string) => ({ caseNumber: lot, filedAt: new Date(), product: { gtin: 'g', lot } });

  it('flags a batch at two complaints and the product at three', () => {
    expect(scopesAtRisk([filed('A')], 'g', 'A')).toEqual([]);
    expect(scopesAtRisk([filed('A'), filed('A')], 'g', 'A').map((s) => s.scope)).toEqual(['batch']);
    const three = scopesAtRisk([filed('A'), filed('B'), filed('A')], 'g', 'B');
    expect(three.map((s) => [s.scope, s.lot, s.cases.length])).toEqual([['product', null, 3]]);
  });
});
