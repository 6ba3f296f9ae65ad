import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '@shared/codes/bytes.js';
import { signCheckinToken, verifyCheckinToken } from '@shared/training/checkin.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { api, makeTrainees, staffCookie, type Api } from './support.js';

const START = new Date('2026-11-20T02:00:00Z');
const CODE = 'checkin-101';

let t: TestApp;
let officer: Api;
let admin: Api;
let anonymous: Api;
/** Seats 1 and 2 confirmed, the third waitlisted. */
let ana: Api, bo: Api, chen: Api;
const regs: { id: string }[] = [];
let keys: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp({ now: new Date(START) });
  officer = api(t.baseUrl, await staffCookie(t.baseUrl, 'officer@lugang.example'));
  admin = api(t.baseUrl, await staffCookie(t.baseUrl, 'admin@lugang.example'));
  anonymous = api(t.baseUrl);
  [ana, bo, chen] = (await makeTrainees(3, t.clock.now)).map((p) => api(t.baseUrl, p.cookie)) as [Api, Api, Api];
  const created = await officer.post('/api/courses', {
    code: CODE,
    title: { 'zh-CN': '签到测试课程', 'zh-TW': '簽到測試課程', en: 'Check-in test course' },
    category: 'operations',
    venue: '大同国际陆港跨境电商双创中心 3楼 301',
    county: '平城区',
    capacity: 2,
    feeCny: 0,
    subsidyEligible: true,
    registrationClosesAt: '2026-12-01T09:00:00+08:00',
    sessions: [
      { startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T16:30:00+08:00' },
      { startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T16:30:00+08:00' },
    ],
  });
  if (created.status !== 201) throw new Error(`course: ${created.status} ${created.text}`);
  for (const person of [ana, bo, chen]) regs.push((await person.register(CODE)).body);
}, 300_000);
afterAll(() => t.close());

const tokenOf = async (person: Api, sessionId: string): Promise<string> => {
  const mine = await person.mine(CODE);
  const token = mine?.checkins.find((c: { sessionId: string }) => c.sessionId === sessionId)?.token;
  if (!token) throw new Error(`no check-in token for ${sessionId}: ${JSON.stringify(mine)}`);
  return token;
};
const checkIn = (by: Api, items: { token: string; scannedAt: string }[]) => by.post('/api/checkins', { items });
const at = (hhmm: string, day = '03') => `2026-12-${day}T${hhmm}:00+08:00`;

describe('check-in codes', () => {
  it('gives a confirmed trainee one code per session that verifies offline with the published key', async () => {
    const keyRes = await officer.get('/api/training/keys');
    expect(keyRes.status).toBe(200);
    expect(keyRes.body).toEqual([{ kid: expect.any(String), publicKey: expect.any(String) }]);
    keys = Object.fromEntries(keyRes.body.map((k: { kid: string; publicKey: string }) => [k.kid, k.publicKey]));

    const mine = await ana.mine(CODE);
    expect(mine.checkins.map((c: { sessionId: string }) => c.sessionId)).toEqual(['s1', 's2']);
    const me = (await ana.get('/api/me')).body;
    for (const { sessionId, token, checkedInAt } of mine.checkins) {
      expect(token).toMatch(/^LGCI1\./);
      expect(checkedInAt).toBeUndefined();
      const verdict = verifyCheckinToken(token, keys);
      expect(verdict).toEqual({
        ok: true,
        payload: { v: 1, kid: keyRes.body[0].kid, r: regs[0]!.id, c: CODE, s: sessionId, n: me.name },
      });
    }
    // The same code on every visit (the QR does not change).
    expect((await ana.mine(CODE)).checkins).toEqual(mine.checkins);
  });

  it('gives a waitlisted person no code', async () => {
    expect(await chen.mine(CODE)).toMatchObject({ status: 'waitlisted', checkins: [] });
  });

  it('publishes the keys to check-in staff only', async () => {
    expect((await ana.get('/api/training/keys')).status).toBe(403);
    expect((await anonymous.get('/api/training/keys')).status).toBe(401);
  });
});

describe('recording check-ins', () => {
  it('records a scanned code, then reports the same code from another device as a duplicate, keeping the earliest scan time', async () => {
    const token = await tokenOf(ana, 's1');
    const name = (await ana.get('/api/me')).body.name;

    const first = await checkIn(officer, [{ token, scannedAt: at('09:05') }]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual([{ token, outcome: 'recorded', name, sessionId: 's1' }]);

    // A second trainer's phone was offline; it scanned the same person earlier and syncs later.
    const second = await checkIn(admin, [{ token, scannedAt: at('09:01') }]);
    expect(second.body).toEqual([{ token, outcome: 'duplicate', name, sessionId: 's1' }]);
    const third = await checkIn(officer, [{ token, scannedAt: at('09:30') }]);
    expect(third.body[0].outcome).toBe('duplicate');

    const mine = await ana.mine(CODE);
    expect(mine.checkins.find((c: { sessionId: string }) => c.sessionId === 's1').checkedInAt).toBe(
      new Date(at('09:01')).toISOString(),
    );
    expect(mine.checkins.find((c: { sessionId: string }) => c.sessionId === 's2').checkedInAt).toBeUndefined();

    const attendance = await officer.get(`/api/courses/${CODE}/attendance`);
    expect(attendance.body.sessions.find((s: { id: string }) => s.id === 's1')).toMatchObject({
      present: 1,
      confirmed: 2,
    });
  });

  it('answers each item of a batch in order: recorded, invalid for a tampered or unknown code', async () => {
    const good = await tokenOf(ana, 's2');
    const bosToken = await tokenOf(bo, 's1');

    // Tampered: Bo's signed code with the name changed, signature kept.
    const [prefix, body, signature] = bosToken.split('.');
    const payload = JSON.parse(new TextDecoder().decode(fromBase64Url(body!)));
    const altered = toBase64Url(new TextEncoder().encode(JSON.stringify({ ...payload, n: 'Someone else' })));
    const tampered = `${prefix}.${altered}.${signature}`;
    // Forged: a well-formed code for Bo, signed with a key the zone never issued, claiming the zone's kid.
    const forged = signCheckinToken({ ...payload }, ed25519.utils.randomSecretKey());
    // Not a check-in code at all.
    const junk = 'https://example.com/not-a-code';

    const res = await checkIn(
      officer,
      [good, tampered, forged, junk].map((token) => ({ token, scannedAt: at('09:10') })),
    );
    expect(res.status).toBe(200);
    expect(res.body.map((r: { outcome: string }) => r.outcome)).toEqual(['recorded', 'invalid', 'invalid', 'invalid']);
    expect(res.body[1]).not.toHaveProperty('name'); // nothing from an unverified code is echoed as fact

    // None of the invalid ones checked Bo in.
    const mine = await bo.mine(CODE);
    expect(mine.checkins.find((c: { sessionId: string }) => c.sessionId === 's1').checkedInAt).toBeUndefined();
    expect((await ana.mine(CODE)).checkins.find((c: { sessionId: string }) => c.sessionId === 's2').checkedInAt).toBe(
      new Date(at('09:10')).toISOString(),
    );
  });

  it('reports not_registered for the old code of a cancelled registration, and records the person who took the seat', async () => {
    const oldToken = await tokenOf(bo, 's2');
    expect((await bo.cancel(regs[1]!.id)).status).toBe(204);

    const res = await checkIn(officer, [{ token: oldToken, scannedAt: at('09:00', '04') }]);
    expect(res.body).toEqual([expect.objectContaining({ outcome: 'not_registered', sessionId: 's2' })]);

    // Chen was promoted into the seat and now has codes of her own.
    const promoted = await chen.mine(CODE);
    expect(promoted).toMatchObject({ status: 'confirmed', seat: 2 });
    const chensToken = await tokenOf(chen, 's2');
    expect((await checkIn(officer, [{ token: chensToken, scannedAt: at('09:02', '04') }])).body[0].outcome).toBe(
      'recorded',
    );
  });

  it('counts attendance per session against the confirmed trainees', async () => {
    const res = await officer.get(`/api/courses/${CODE}/attendance`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      course: CODE,
      sessions: [
        { id: 's1', startsAt: '2026-12-03T01:00:00.000Z', present: 1, confirmed: 2 },
        { id: 's2', startsAt: '2026-12-04T01:00:00.000Z', present: 2, confirmed: 2 },
      ],
    });
    expect((await admin.get(`/api/courses/${CODE}/attendance`)).status).toBe(200);
    expect((await ana.get(`/api/courses/${CODE}/attendance`)).status).toBe(403);
    expect((await anonymous.get(`/api/courses/${CODE}/attendance`)).status).toBe(401);
    expect((await officer.get('/api/courses/no-such-course/attendance')).status).toBe(404);
  });

  it('lets only check-in staff record: consumers get 403, anonymous 401', async () => {
    const token = await tokenOf(chen, 's1');
    const byConsumer = await checkIn(chen, [{ token, scannedAt: at('09:00') }]);
    expect(byConsumer.status).toBe(403);
    expect(byConsumer.body.error.code).toBe('forbidden');
    expect((await checkIn(anonymous, [{ token, scannedAt: at('09:00') }])).status).toBe(401);
    expect(
      (await chen.mine(CODE)).checkins.find((c: { sessionId: string }) => c.sessionId === 's1').checkedInAt,
    ).toBeUndefined();
  });

  it('refuses a malformed batch with 400', async () => {
    expect((await officer.post('/api/checkins', { items: [] })).status).toBe(400);
    const noTime = await officer.post('/api/checkins', { items: [{ token: 'LGCI1.abc.def' }] });
    expect(noTime.status).toBe(400);
    expect(noTime.body.error.message).toContain('scannedAt');
  });
});

/** RFC 4180: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += ch;
  }
  if (cell || row.length) endRow();
  return rows;
}

describe('the roster CSV', () => {
  it('has a header row, one quoted row per registration, attendance marks, and defuses formula-like cells', async () => {
    const [hyper, at, plus] = (await makeTrainees(3, t.clock.now)).map((p) => api(t.baseUrl, p.cookie)) as [
      Api,
      Api,
      Api,
    ];
    const formula = '=HYPERLINK("http://evil.example","x")';
    expect((await hyper.patch('/api/me', { name: formula, employer: '=1+1' })).status).toBe(200);
    expect((await at.patch('/api/me', { name: '@SUM(A1:A9)' })).status).toBe(200);
    expect((await plus.patch('/api/me', { name: '+86 Zhang "Big" Wei' })).status).toBe(200);
    for (const person of [hyper, at, plus]) expect((await person.register(CODE)).status).toBe(201);

    const res = await officer.get(`/api/courses/${CODE}/roster.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="roster-${CODE}.csv"`);

    const raw = await (
      await fetch(`${t.baseUrl}/api/courses/${CODE}/roster.csv`, { headers: { cookie: officer.cookie! } })
    ).arrayBuffer();
    expect([...new Uint8Array(raw).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(raw);
    const lines = text.split('\r\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/); // every cell quoted

    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['seat', 'status', 'name', 'phone', 'employer', 'present_s1', 'present_s2']);
    // Ana and Chen confirmed; the three newcomers waitlisted.
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r[1])).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
    const anaName = (await ana.get('/api/me')).body.name;
    const chenName = (await chen.get('/api/me')).body.name;
    expect(rows[0]).toEqual(['1', 'confirmed', anaName, expect.stringMatching(/^139\d{8}$/), '', 'yes', 'yes']);
    expect(rows[1]).toEqual(['2', 'confirmed', chenName, expect.stringMatching(/^139\d{8}$/), '', '', 'yes']);

    const byName = (start: string) => rows.find((r) => r[2]!.includes(start))!;
    expect(byName('HYPERLINK')[2]).toBe(`'${formula}`);
    expect(byName('HYPERLINK')[4]).toBe("'=1+1");
    expect(byName('SUM')[2]).toBe("'@SUM(A1:A9)");
    expect(byName('Zhang')[2]).toBe(`'+86 Zhang "Big" Wei`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
  });

  it('is for check-in staff only', async () => {
    expect((await ana.get(`/api/courses/${CODE}/roster.csv`)).status).toBe(403);
    expect((await anonymous.get(`/api/courses/${CODE}/roster.csv`)).status).toBe(401);
    expect((await officer.get('/api/courses/no-such-course/roster.csv')).status).toBe(404);
  });
});
