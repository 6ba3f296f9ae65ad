import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { api, makeTrainees, staffCookie, type Api } from './support.js';

// Before the earliest demo deadline: the seed keeps its November 2026 dates (0 weeks shifted).
const START = new Date('2026-11-20T02:00:00Z');
const SEEDED = [
  'ce-ops-101',
  'ce-customs-201',
  'ce-logistics-202',
  'ce-pay-203',
  'ce-video-301',
  'ce-ru-302',
  'ce-data-303',
  'ce-legal-304',
];

let t: TestApp;
let anonymous: Api;
let officer: Api;
let admin: Api;
let consumer: Api;
let trainee: Api;

beforeAll(async () => {
  t = await startTestApp({ now: new Date(START) });
  anonymous = api(t.baseUrl);
  officer = api(t.baseUrl, await staffCookie(t.baseUrl, 'officer@lugang.example'));
  admin = api(t.baseUrl, await staffCookie(t.baseUrl, 'admin@lugang.example'));
  consumer = api(t.baseUrl, await staffCookie(t.baseUrl, '13800000001')); // a demo consumer signs in the same way
  trainee = api(t.baseUrl, (await makeTrainees(1, t.clock.now))[0]!.cookie);
}, 300_000);
afterAll(() => t.close());

/** The codes a catalogue query answers, seeded courses only (tests below add courses of their own). */
async function seededCodes(query: string): Promise<string[]> {
  const res = await anonymous.get(`/api/courses${query}`);
  expect(res.status, res.text).toBe(200);
  return (res.body as { code: string }[]).map((c) => c.code).filter((c) => c.startsWith('ce-'));
}
async function codes(query: string): Promise<string[]> {
  const res = await anonymous.get(`/api/courses${query}`);
  expect(res.status, res.text).toBe(200);
  return (res.body as { code: string }[]).map((c) => c.code);
}
const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

function courseInput(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    title: { 'zh-CN': '独立站建站与运营', 'zh-TW': '獨立站建站與運營', en: 'Building and running a brand web shop' },
    category: 'marketing',
    venue: '大同国际陆港跨境电商双创中心 1楼 多功能厅',
    county: '云州区',
    capacity: 24,
    feeCny: 150,
    subsidyEligible: false,
    registrationClosesAt: '2027-01-20T09:00:00+08:00',
    sessions: [
      { startsAt: '2027-01-25T09:00:00+08:00', endsAt: '2027-01-25T16:30:00+08:00' },
      { startsAt: '2027-01-26T09:00:00+08:00', endsAt: '2027-01-26T16:30:00+08:00' },
    ],
    ...overrides,
  };
}

describe('the catalogue', () => {
  it('lists the seeded courses to anyone, earliest deadline first, with seats and deadlines', async () => {
    const res = await anonymous.get('/api/courses');
    expect(res.status).toBe(200);
    const seeded = (res.body as { code: string }[]).filter((c) => c.code.startsWith('ce-'));
    expect(seeded.map((c) => c.code)).toEqual(SEEDED);
    for (const course of res.body) {
      expect(course).toMatchObject({
        open: true,
        confirmed: 0,
        waitlisted: 0,
        institution: '大同国际陆港跨境电子商务人才培训基地',
      });
      expect(course.seatsLeft).toBe(course.capacity);
    }
  });

  it('filters by category', async () => {
    expect(await seededCodes('?category=operations')).toEqual(['ce-ops-101', 'ce-data-303']);
    expect(await seededCodes('?category=legal')).toEqual(['ce-legal-304']);
    const bad = await anonymous.get('/api/courses?category=cooking');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('category');
  });

  it('filters by county', async () => {
    expect(await seededCodes(q({ county: '平城区' }))).toEqual([
      'ce-ops-101',
      'ce-customs-201',
      'ce-logistics-202',
      'ce-data-303',
    ]);
    expect(await seededCodes(q({ county: '阳高县' }))).toEqual(['ce-ru-302']);
    expect(await seededCodes(q({ county: '浑源县' }))).toEqual([]);
  });

  it('filters by date range: courses with a session on or after `from` and on or before `to` (Beijing days)', async () => {
    expect(await seededCodes(q({ from: '2026-12-15', to: '2026-12-20' }))).toEqual(['ce-logistics-202', 'ce-pay-203']);
    expect(await seededCodes(q({ from: '2027-01-01' }))).toEqual(['ce-ru-302', 'ce-data-303', 'ce-legal-304']);
    expect(await seededCodes(q({ to: '2026-12-07' }))).toEqual(['ce-ops-101']);
    const bad = await anonymous.get('/api/courses?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('from');
  });

  it('counts a session that starts early in the morning in Datong on its Beijing day, not its UTC day', async () => {
    const code = 'dawn-market-001';
    const created = await officer.post(
      '/api/courses',
      courseInput(code, {
        title: { 'zh-CN': '早市直播', 'zh-TW': '早市直播', en: 'Morning market live-stream' },
        registrationClosesAt: '2027-02-20T09:00:00+08:00',
        // 07:00 in Datong on 1 March is still 28 February in UTC.
        sessions: [{ startsAt: '2027-03-01T07:00:00+08:00', endsAt: '2027-03-01T11:00:00+08:00' }],
      }),
    );
    expect(created.status, created.text).toBe(201);
    expect(await codes(q({ from: '2027-03-01', to: '2027-03-01' }))).toContain(code);
    expect(await codes(q({ from: '2027-02-28', to: '2027-02-28' }))).not.toContain(code);
  });

  it('filters to courses with seats left', async () => {
    const code = 'one-seat-001';
    expect(
      (
        await officer.post(
          '/api/courses',
          courseInput(code, { capacity: 1, title: { 'zh-CN': '一人课', 'zh-TW': '一人課', en: 'One-seat course' } }),
        )
      ).status,
    ).toBe(201);
    expect(await codes('?seatsLeft=1')).toContain(code);

    expect((await trainee.register(code)).status).toBe(201);
    const withSeats = await codes('?seatsLeft=1');
    expect(withSeats).not.toContain(code);
    expect(withSeats).toEqual(expect.arrayContaining(SEEDED));
    expect(await codes('')).toContain(code); // still listed without the filter
    expect((await anonymous.get('/api/courses?seatsLeft=0')).status).toBe(400);
  });

  it('combines filters', async () => {
    expect(await seededCodes(q({ category: 'operations', county: '平城区', from: '2026-12-30' }))).toEqual([
      'ce-data-303',
    ]);
  });

  it('refuses unknown query parameters', async () => {
    const res = await anonymous.get('/api/courses?sort=price');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('searching titles in three languages', () => {
  it('finds a course by a Simplified Chinese fragment', async () => {
    expect(await seededCodes(q({ q: '店铺运营' }))).toEqual(['ce-ops-101']);
    expect(await seededCodes(q({ q: '海外仓' }))).toEqual(['ce-logistics-202']);
  });

  it('finds a course by a Traditional Chinese fragment', async () => {
    expect(await seededCodes(q({ q: '店鋪運營' }))).toEqual(['ce-ops-101']);
    expect(await seededCodes(q({ q: '短視頻' }))).toEqual(['ce-video-301']);
  });

  it('finds a course by an English fragment, ignoring case and surrounding spaces', async () => {
    expect(await seededCodes(q({ q: 'warehouse' }))).toEqual(['ce-logistics-202']);
    expect(await seededCodes(q({ q: '  RUSSIAN ' }))).toEqual(['ce-ru-302']);
  });

  it('finds several courses with a common word, and none with a word in no title', async () => {
    expect(await seededCodes(q({ q: '跨境電商' }))).toEqual([
      'ce-ops-101',
      'ce-customs-201',
      'ce-ru-302',
      'ce-data-303',
      'ce-legal-304',
    ]);
    expect(await seededCodes(q({ q: 'knitting' }))).toEqual([]);
  });

  it('searches together with a filter', async () => {
    expect(await seededCodes(q({ q: 'cross-border', category: 'legal' }))).toEqual(['ce-legal-304']);
  });
});

describe('a course page', () => {
  it('shows sessions, seats left, the deadline, the fee and the subsidy', async () => {
    const res = await anonymous.get('/api/courses/ce-ops-101');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: 'ce-ops-101',
      title: {
        'zh-CN': '跨境电商平台店铺运营实务',
        'zh-TW': '跨境電商平台店鋪運營實務',
        en: 'Running a cross-border marketplace store',
      },
      category: 'operations',
      venue: '大同国际陆港跨境电商双创中心 3楼 301',
      county: '平城区',
      capacity: 40,
      feeCny: 0,
      subsidyEligible: true,
      registrationClosesAt: '2026-12-05T01:00:00.000Z',
      sessions: [7, 8, 9, 10, 11].map((day, i) => ({
        id: `s${i + 1}`,
        startsAt: `2026-12-${String(day).padStart(2, '0')}T01:00:00.000Z`,
        endsAt: `2026-12-${String(day).padStart(2, '0')}T08:30:00.000Z`,
      })),
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: 40,
      open: true,
      institution: '大同国际陆港跨境电子商务人才培训基地',
    });
    const paid = (await anonymous.get('/api/courses/ce-data-303')).body;
    expect(paid).toMatchObject({ feeCny: 400, subsidyEligible: false });
  });

  it('counts a registration in the seats left', async () => {
    expect((await trainee.register('ce-legal-304')).status).toBe(201);
    expect((await anonymous.get('/api/courses/ce-legal-304')).body).toMatchObject({
      capacity: 12,
      confirmed: 1,
      seatsLeft: 11,
    });
  });

  it('answers 404 for an unknown course and 400 for a malformed code', async () => {
    const missing = await anonymous.get('/api/courses/ce-none-999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await anonymous.get('/api/courses/CE-OPS-101')).status).toBe(400);
  });
});

describe('managing courses', () => {
  it('lets an officer create a course, which is then listed and searchable', async () => {
    const input = courseInput('web-shop-101');
    const res = await officer.post('/api/courses', input);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      code: 'web-shop-101',
      title: input.title,
      capacity: 24,
      feeCny: 150,
      subsidyEligible: false,
      registrationClosesAt: '2027-01-20T01:00:00.000Z',
      sessions: [
        { id: 's1', startsAt: '2027-01-25T01:00:00.000Z', endsAt: '2027-01-25T08:30:00.000Z' },
        { id: 's2', startsAt: '2027-01-26T01:00:00.000Z', endsAt: '2027-01-26T08:30:00.000Z' },
      ],
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: 24,
      open: true,
    });
    expect((await anonymous.get('/api/courses/web-shop-101')).body).toEqual(res.body);
    expect(await codes(q({ q: 'brand web shop' }))).toEqual(['web-shop-101']);
    expect(await codes(q({ q: '獨立站' }))).toEqual(['web-shop-101']);
  });

  it('refuses a second course with the same code with 409', async () => {
    const res = await admin.post('/api/courses', courseInput('web-shop-101'));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('course_exists');
  });

  it('lets an admin create a course too', async () => {
    expect((await admin.post('/api/courses', courseInput('web-shop-102'))).status).toBe(201);
  });

  it('lets an officer edit a course; the page shows the change', async () => {
    const change = {
      title: { 'zh-CN': '独立站运营进阶', 'zh-TW': '獨立站運營進階', en: 'Brand web shop, advanced' },
      venue: '云州区跨境电商孵化基地',
      feeCny: 0,
      subsidyEligible: true,
      registrationClosesAt: '2027-01-22T18:00:00+08:00',
      capacity: 30,
    };
    const res = await officer.patch('/api/courses/web-shop-101', change);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ ...change, registrationClosesAt: '2027-01-22T10:00:00.000Z', seatsLeft: 30 });
    expect((await anonymous.get('/api/courses/web-shop-101')).body).toEqual(res.body);
  });

  it('refuses a consumer with 403 and an anonymous visitor with 401', async () => {
    const create = courseInput('sneaky-101');
    expect((await consumer.post('/api/courses', create)).status).toBe(403);
    expect((await trainee.post('/api/courses', create)).status).toBe(403);
    expect((await anonymous.post('/api/courses', create)).status).toBe(401);
    expect((await anonymous.get('/api/courses/sneaky-101')).status).toBe(404);

    const edit = await consumer.patch('/api/courses/web-shop-101', { feeCny: 1 });
    expect(edit.status).toBe(403);
    expect(edit.body.error.code).toBe('forbidden');
    expect((await anonymous.patch('/api/courses/web-shop-101', { feeCny: 1 })).status).toBe(401);
    expect((await anonymous.get('/api/courses/web-shop-101')).body.feeCny).toBe(0);
  });

  it('answers 404 when editing a course that does not exist', async () => {
    expect((await officer.patch('/api/courses/no-such-course', { feeCny: 1 })).status).toBe(404);
  });
});

describe('invalid course input', () => {
  async function refused(input: unknown, field: string, method: 'post' | 'patch' = 'post', path = '/api/courses') {
    const res = await officer[method](path, input);
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain(field);
    return res;
  }

  it('names the sessions when a session ends before it starts', async () => {
    const res = await refused(
      courseInput('bad-session-1', {
        sessions: [{ startsAt: '2027-01-25T16:00:00+08:00', endsAt: '2027-01-25T09:00:00+08:00' }],
      }),
      'sessions',
    );
    expect(res.body.error.message).toContain('end after it starts');
    expect((await anonymous.get('/api/courses/bad-session-1')).status).toBe(404);
  });

  it('names the field for other mistakes', async () => {
    const { title: _omit, ...withoutTitle } = courseInput('bad-2');
    await refused(withoutTitle, 'title');
    await refused(courseInput('bad-3', { title: { 'zh-CN': '标题', 'zh-TW': '標題', en: '' } }), 'title.en');
    await refused(courseInput('bad-4', { capacity: 0 }), 'capacity');
    await refused(courseInput('bad-5', { category: 'cooking' }), 'category');
    await refused(courseInput('bad-6', { registrationClosesAt: 'next Tuesday' }), 'registrationClosesAt');
    await refused(courseInput('bad-7', { sessions: [] }), 'sessions');
    await refused(courseInput('Bad Code!'), 'code');
    await refused(courseInput('bad-8', { seatsLeft: 3 }), 'seatsLeft');
  });

  it('refuses an empty or unknown change to a course', async () => {
    const empty = await officer.patch('/api/courses/web-shop-102', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('Change at least one field');
    await refused({ code: 'renamed-102' }, 'code', 'patch', '/api/courses/web-shop-102');
    await refused({ capacity: -1 }, 'capacity', 'patch', '/api/courses/web-shop-102');
  });
});
