import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEARANCE_CODES } from '@shared/showroom/clearance.js';
import { DashboardSchema } from '@shared/statistics/schemas.js';
import { ScanCountModel, ScanModel } from '../../../server/src/showroom/models.js';
import { showroomOf } from '../../../server/src/showroom/showroom.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newConsumer, type Caller } from '../disputes/support.js';
import { api, makeTrainees, type Api } from '../training/support.js';
import {
  accept,
  atTime,
  close,
  complaintWithHistory,
  endWithoutAgreement,
  getJson,
  getRaw,
  local,
  respond,
  settle,
  staff,
} from './support.js';

/**
 * A small park week, 23–27 November 2026 (Monday to Friday, no holidays), built through the real API;
 * the dashboard is read on Thursday 10 December. Every expected number below is worked out by hand
 * in the comments. The demo data seeded at the start lies outside this range (cases filed before
 * 23 Nov, courses starting after 30 Nov), except the catalogue's batches for the clearance mix.
 */
const RANGE = 'from=2026-11-23&to=2026-11-27';
const FORMULA = '9304967152415';
const SCARF = '8659341922131';

let t: TestApp;
let officer: Caller;
let admin: Caller;
const cases: Record<string, { id: string; caseNumber: string }> = {};

async function seedComplaints() {
  const consumer = await newConsumer(t);
  const formula = (lot: string) => ({ gtin: FORMULA, lot });
  // A: accepted after 6 h, answered the next day, settled after 2 days (filed Mon 09:00, settled Wed 09:00).
  cases.A = await complaintWithHistory(
    t,
    consumer,
    '2026-11-23T09:00',
    { respondent: { merchantId: 'm-tasman' }, category: 'quality', product: formula('A010552') },
    [
      accept('2026-11-23T15:00'),
      respond('2026-11-24T10:00', '2026-11-24'),
      settle('2026-11-25T09:00', 100),
      close('2026-11-25T10:00', 'settled', 100),
    ],
  );
  // B: accepted after 24 h, mediation ended without agreement, closed with counterfeit goods found.
  cases.B = await complaintWithHistory(
    t,
    consumer,
    '2026-11-23T10:00',
    { respondent: { merchantId: 'm-tasman' }, category: 'counterfeit', product: formula('A029163') },
    [
      accept('2026-11-24T10:00'),
      respond('2026-11-30T10:00', '2026-11-30'),
      endWithoutAgreement('2026-11-30T11:00'),
      close('2026-11-30T12:00', 'not_settled', 0, true),
    ],
  );
  // C: filed Tue 24 Nov, decision due by the end of Thu 3 Dec (7 working days), accepted Fri 4 Dec 09:00:
  // 240 h, late. Settled Tue 8 Dec 09:00: 14 days after filing.
  cases.C = await complaintWithHistory(
    t,
    consumer,
    '2026-11-24T09:00',
    { respondent: { merchantId: 'm-steppe' }, category: 'quality', product: { gtin: SCARF } },
    [accept('2026-12-04T09:00'), settle('2026-12-08T09:00', 50)],
  );
  // D: a business outside the park, filed Wed 25 Nov, never decided: overdue since the end of Fri 4 Dec.
  cases.D = await complaintWithHistory(t, consumer, '2026-11-25T09:00', {
    respondent: { name: '某网店', address: '山西省大同市平城区某路 1 号' },
    category: 'delivery',
    product: undefined,
  });
  // E: withdrawn the day it was filed.
  cases.E = await complaintWithHistory(
    t,
    consumer,
    '2026-11-26T09:00',
    { respondent: { merchantId: 'm-tasman' }, category: 'quality', product: undefined },
    [close('2026-11-26T12:00', 'withdrawn')],
  );
  // F: filed Sat 28 Nov, after the range.
  cases.F = await complaintWithHistory(t, consumer, '2026-11-28T09:00', {
    respondent: { merchantId: 'm-silkroad' },
    category: 'other',
  });
}

async function seedScans() {
  const scan = (code: string) => fetch(`${t.baseUrl}/api/products/resolve?code=${code}`).then((r) => r.status);
  const statuses = [
    await atTime(t, '2026-11-23T08:30', () => scan(FORMULA)),
    await atTime(t, '2026-11-23T23:59', () => scan(FORMULA)), // still Monday in Datong (15:59 UTC)
    await atTime(t, '2026-11-24T08:30', () => scan(SCARF)),
    await atTime(t, '2026-11-27T08:30', () => scan(FORMULA)),
    await atTime(t, '2026-11-28T00:00', () => scan(FORMULA)), // Saturday: after the range
  ];
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  await showroomOf(t.ctx).scans.flush();
}

async function seedCourses() {
  const officerApi = async () => api(t.baseUrl, (await staff(t, 'officer@lugang.example')).cookie);
  const course = async (code: string, capacity: number, sessions: [string, string][]) =>
    (await officerApi()).post('/api/courses', {
      code,
      title: { 'zh-CN': `统计课程 ${code}`, 'zh-TW': `統計課程 ${code}`, en: `Statistics course ${code}` },
      category: 'operations',
      venue: '大同国际陆港跨境电商双创中心',
      county: '平城区',
      capacity,
      feeCny: 0,
      subsidyEligible: true,
      registrationClosesAt: '2026-11-24T18:00:00+08:00',
      sessions: sessions.map(([startsAt, endsAt]) => ({ startsAt: `${startsAt}+08:00`, endsAt: `${endsAt}+08:00` })),
    });
  t.clock.now = local('2026-11-23T08:00');
  const created = [
    await course('stats-x', 2, [
      ['2026-11-25T09:00:00', '2026-11-25T12:00:00'],
      ['2026-11-26T09:00:00', '2026-11-26T12:00:00'],
    ]),
    await course('stats-y', 4, [
      ['2026-11-27T09:00:00', '2026-11-27T12:00:00'],
      ['2026-12-20T09:00:00', '2026-12-20T12:00:00'],
    ]),
    // Starts after the range: not on this dashboard.
    await course('stats-z', 5, [['2026-11-30T09:00:00', '2026-11-30T12:00:00']]),
  ];
  expect(created.map((c) => c.status)).toEqual([201, 201, 201]);
  const [ana, bo, chen, dai] = (await makeTrainees(4, t.clock.now)).map((p) => api(t.baseUrl, p.cookie)) as Api[];
  // stats-x: two seats, three people: Ana and Bo confirmed, Chen waitlisted. stats-y: Dai confirmed.
  for (const [person, code] of [
    [ana, 'stats-x'],
    [bo, 'stats-x'],
    [chen, 'stats-x'],
    [dai, 'stats-y'],
  ] as const) {
    expect((await person!.register(code)).status).toBe(201);
  }
  const token = async (person: Api, sessionId: string) =>
    (await person.mine('stats-x')).checkins.find((c: { sessionId: string }) => c.sessionId === sessionId).token;
  // Ana at both sessions, Bo at the first: 3 of 2 × 2 possible.
  t.clock.now = local('2026-11-26T13:00');
  const recorded = await (
    await officerApi()
  ).post('/api/checkins', {
    items: [
      { token: await token(ana!, 's1'), scannedAt: '2026-11-25T09:05:00+08:00' },
      { token: await token(ana!, 's2'), scannedAt: '2026-11-26T09:03:00+08:00' },
      { token: await token(bo!, 's1'), scannedAt: '2026-11-25T09:10:00+08:00' },
    ],
  });
  expect(recorded.body.map((r: { outcome: string }) => r.outcome)).toEqual(['recorded', 'recorded', 'recorded']);
}

beforeAll(async () => {
  t = await startTestApp({ now: local('2026-11-23T08:00') });
  await seedComplaints();
  await seedScans();
  await seedCourses();
  t.clock.now = local('2026-12-10T12:00');
  officer = await staff(t, 'officer@lugang.example');
  admin = await staff(t, 'admin@lugang.example');
}, 300_000);
afterAll(() => t?.close());

describe('the dashboard over 23–27 November', () => {
  it('counts scans per day (zero-filled, Datong days) and per product, most scanned first', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    expect(body.range).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(body.scans).toEqual({
      total: 4,
      byDay: [
        { day: '2026-11-23', count: 2 },
        { day: '2026-11-24', count: 1 },
        { day: '2026-11-25', count: 0 },
        { day: '2026-11-26', count: 0 },
        { day: '2026-11-27', count: 1 },
      ],
      byProduct: [
        { gtin: '09304967152415', name: 'Infant formula stage 2, 900 g', count: 3 },
        { gtin: '08659341922131', name: 'Pure cashmere knitted scarf', count: 1 },
      ],
    });
  });

  it('counts complaints filed in the range by category, merchant and current state', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    const c = body.complaints;
    expect(c.total).toBe(5); // A–E; F was filed on the 28th
    expect(c.byCategory.map((r: { category: string; count: number }) => [r.category, r.count])).toEqual([
      ['quality', 3],
      ['counterfeit', 1],
      ['delivery', 1],
      ['not_as_described', 0],
      ['refund_return', 0],
      ['false_advertising', 0],
      ['other', 0],
    ]);
    expect(c.byCategory[0].label).toBe('Product quality');
    expect(c.byMerchant).toEqual([
      { merchantId: 'm-tasman', name: 'Lugang Select Mother & Baby Imports', count: 3 },
      { merchantId: 'm-steppe', name: 'Steppe Road Cashmere', count: 1 },
      { merchantId: null, name: '某网店', count: 1 },
    ]);
    // A, B, E closed; C settled; D awaiting a decision.
    expect(c.byState.map((r: { status: string; count: number }) => [r.status, r.count])).toEqual([
      ['filed', 1],
      ['accepted', 0],
      ['not_accepted', 0],
      ['settled', 1],
      ['not_settled', 0],
      ['closed', 3],
    ]);
  });

  it('gives the medians to acceptance (6, 24, 240 h) and to settlement (2 and 14 days)', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    expect(body.complaints).toMatchObject({
      medianHoursToAcceptance: 24,
      acceptedCount: 3,
      medianDaysToSettlement: 8,
      settledCount: 2,
    });
  });

  it('lists the statutory deadlines missed: C decided late, D still overdue', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    expect(body.complaints.deadlinesMissed).toEqual([
      {
        caseId: cases.C!.id,
        caseNumber: cases.C!.caseNumber,
        kind: 'acceptance',
        dueAt: '2026-12-03T15:59:59.999Z', // end of Thu 3 Dec in Datong
        doneAt: '2026-12-04T01:00:00.000Z', // Fri 4 Dec 09:00 in Datong
      },
      {
        caseId: cases.D!.id,
        caseNumber: cases.D!.caseNumber,
        kind: 'acceptance',
        dueAt: '2026-12-04T15:59:59.999Z',
        doneAt: null,
      },
    ]);
  });

  it('gives fill and attendance of the courses that start in the range', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    expect(body.training).toEqual({
      courses: [
        {
          code: 'stats-x',
          title: 'Statistics course stats-x',
          capacity: 2,
          confirmed: 2,
          waitlisted: 1,
          fillRate: 1,
          attendanceRate: 0.75, // 3 check-ins of 2 trainees × 2 sessions
        },
        {
          code: 'stats-y',
          title: 'Statistics course stats-y',
          capacity: 4,
          confirmed: 1,
          waitlisted: 0,
          fillRate: 0.25,
          attendanceRate: 0, // one session has taken place, nobody checked in
        },
      ],
      fillRate: 0.5, // 3 of 6 seats
      attendanceRate: 0.6, // 3 of 5
    });
  });

  it('shows the clearance status of every catalogue batch now, labelled in the reader’s language', async () => {
    // The demo catalogue's 16 batches end at: released (800) ×8, delivered (899) ×5, and one each of
    // 100, 300 and 500.
    const expected = [
      ['800', 8],
      ['899', 5],
      ['100', 1],
      ['300', 1],
      ['500', 1],
    ];
    const en = (await getJson(officer, `/api/statistics/dashboard?${RANGE}`, 'en')).body.clearance;
    expect(en.map((r: { code: string; count: number }) => [r.code, r.count])).toEqual(expected);
    expect(en[0].label).toBe(CLEARANCE_CODES[800].label.en);
    const zh = (await getJson(officer, `/api/statistics/dashboard?${RANGE}`, 'zh-CN')).body.clearance;
    expect(zh[0].label).toBe(CLEARANCE_CODES[800].label['zh-CN']);
  });

  it('counts a batch under its new status once an officer changes it', async () => {
    const before = (await getJson(admin, `/api/statistics/dashboard?${RANGE}`)).body.clearance;
    const set = await admin.post(`/api/batches/0${FORMULA}/A029163/clearance`, {
      code: 500,
      at: '2026-12-10T11:00:00+08:00',
    });
    expect(set.status).toBe(201);
    const after = (await getJson(admin, `/api/statistics/dashboard?${RANGE}`)).body.clearance;
    const count = (mix: { code: string; count: number }[], code: string) => mix.find((r) => r.code === code)?.count;
    expect([count(after, '800'), count(after, '500')]).toEqual([count(before, '800')! - 1, count(before, '500')! + 1]);
  });
});

describe('the contract', () => {
  it('answers exactly the shared DashboardSchema', async () => {
    const { body } = await getJson(officer, `/api/statistics/dashboard?${RANGE}`);
    expect(DashboardSchema.strict().safeParse(body).error).toBeUndefined();
  });
});

describe('privacy of scan statistics', () => {
  it('stores a signed-in consumer’s scan and its count without anything that identifies them', async () => {
    const consumer = await newConsumer(t);
    const res = await consumer.get(`/api/products/resolve?code=${SCARF}`);
    expect(res.status).toBe(200);
    await showroomOf(t.ctx).scans.flush();
    const stored = JSON.stringify([
      await ScanModel.find({ day: '2026-12-10' }).lean(),
      await ScanCountModel.find({ day: '2026-12-10' }).lean(),
    ]);
    expect(stored).toContain('08659341922131');
    expect(stored).not.toContain(consumer.userId);
    expect(stored).not.toMatch(/user|session|ip/i);
  });
});

describe('CSV export', () => {
  it('sends a table as a UTF-8 CSV with a BOM, English snake_case headers and the dashboard’s rows', async () => {
    const res = await getRaw(officer, `/api/statistics/export/complaints-by-merchant?${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="lugang-complaints-by-merchant-2026-11-23-2026-11-27.csv"',
    );
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.bytes.subarray(3).toString('utf8')).toBe(
      '"merchant_id","merchant","complaints"\r\n' +
        '"m-tasman","Lugang Select Mother & Baby Imports","3"\r\n' +
        '"m-steppe","Steppe Road Cashmere","1"\r\n' +
        '"","某网店","1"\r\n',
    );
  });

  it('exports scans per day, missed deadlines and courses with the same numbers', async () => {
    const text = async (table: string) =>
      (await getRaw(officer, `/api/statistics/export/${table}?${RANGE}`)).bytes.subarray(3).toString('utf8');
    expect(await text('scans-by-day')).toBe(
      '"day","scans"\r\n"2026-11-23","2"\r\n"2026-11-24","1"\r\n"2026-11-25","0"\r\n"2026-11-26","0"\r\n"2026-11-27","1"\r\n',
    );
    expect(await text('deadlines-missed')).toBe(
      '"case_number","deadline","due_at","done_at"\r\n' +
        `"${cases.C!.caseNumber}","acceptance","2026-12-03T15:59:59.999Z","2026-12-04T01:00:00.000Z"\r\n` +
        `"${cases.D!.caseNumber}","acceptance","2026-12-04T15:59:59.999Z",""\r\n`,
    );
    expect(await text('courses')).toBe(
      '"course_code","title","capacity","confirmed","waitlisted","fill_rate","attendance_rate"\r\n' +
        '"stats-x","Statistics course stats-x","2","2","1","1","0.75"\r\n' +
        '"stats-y","Statistics course stats-y","4","1","0","0.25","0"\r\n',
    );
  });

  it('labels in Chinese for a Chinese reader', async () => {
    const res = await getRaw(officer, `/api/statistics/export/complaints-by-state?${RANGE}`, 'zh-CN');
    const lines = res.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('"status","status_label","complaints"');
    expect(lines[1]).toBe('"filed","待受理","1"');
    expect(lines[6]).toBe('"closed","已办结","3"');
  });
});
