import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ShowroomEvents, productRoom } from '@shared/showroom/events.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import {
  ADMIN,
  Client,
  FORMULA,
  OFFICER,
  TEST_NOW,
  connectSocket,
  emitWithAck,
  loginAs,
  nextEvent,
  resolve,
} from './support.js';

let t: TestApp;
let officer: Client;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
  officer = await loginAs(t, OFFICER);
});
afterEach(() => sockets.splice(0).forEach((s) => s.close()));
afterAll(() => t.close());

const OLIVE_OIL = { gtin: '08403002276886', lot: 'F011413' }; // under inspection (500)

async function follow(gtin: string): Promise<Socket> {
  const socket = await connectSocket(t);
  sockets.push(socket);
  expect(await emitWithAck(socket, 'room:join', { room: productRoom(gtin) })).toEqual({
    ok: true,
    data: { room: productRoom(gtin) },
  });
  return socket;
}

const csv = [
  'gtin,lot,code,at',
  `${FORMULA.gtin},A029163,899,2026-09-26 10:00:00`,
  '8803498143752,B015870,899,2026-09-27T09:00:00+08:00',
  `09304967152416,A029163,899,2026-09-26 10:00:00`,
  '04006381333931,X1,800,2026-09-26 10:00:00',
  `${FORMULA.gtin},NOPE,800,2026-09-26 10:00:00`,
  `${FORMULA.gtin},A029163,42,2026-09-26 10:00:00`,
  `${FORMULA.gtin},A029163,800,2026-02-30 10:00:00`,
  `${FORMULA.gtin},A029163,800,2027-01-01 10:00:00`,
  `${FORMULA.gtin},A029163,899,2026-09-26 10:00:00`,
  '',
  `${FORMULA.gtin},A029163`,
].join('\r\n');

describe('importing clearance reports', () => {
  it('applies the good rows and lists each bad one by line with a reason to act on', async () => {
    const res = await officer.post('/api/clearance/import', { format: 'csv', content: csv });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(2);
    expect(res.body.rejected.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [4, 'bad_gtin'],
      [5, 'unknown_gtin'],
      [6, 'unknown_lot'],
      [7, 'unknown_code'],
      [8, 'bad_date'],
      [9, 'future_date'],
      [10, 'already_recorded'],
      [12, 'bad_row'],
    ]);
    const reasons = Object.fromEntries(
      res.body.rejected.map((r: { line: number; reason: string }) => [r.line, r.reason]),
    );
    expect(reasons[4]).toMatch(/check digit/);
    expect(reasons[6]).toContain('A010552, A029163');
    expect(reasons[7]).toContain('"42"');
    expect(reasons[8]).toContain('2026-02-30 10:00:00');
    const formula = await resolve(t, `(01)${FORMULA.gtin}(10)A029163`, { language: 'en' });
    expect(formula.body.state).toEqual({ phase: 'released', text: 'Customs clearance completed on 26 Sept' });
  });

  it('applies nothing twice when the same file comes again', async () => {
    const res = await officer.post('/api/clearance/import', { format: 'csv', content: csv });
    expect(res.body.applied).toBe(0);
    expect(
      res.body.rejected
        .filter((r: { code: string }) => r.code === 'already_recorded')
        .map((r: { line: number }) => r.line),
    ).toEqual([2, 3, 10]);
  });

  it('takes JSON rows too, numbering them from 1', async () => {
    const rows = [
      { gtin: '8659341922131', lot: 'I013298', code: 399, at: '2026-10-02T11:00:00+08:00' },
      { gtin: '8659341922131', lot: 'I013298', code: '8000', at: '2026-10-03T11:00:00+08:00' },
      { gtin: '8659341922131' },
    ];
    const res = await officer.post('/api/clearance/import', { format: 'json', content: JSON.stringify(rows) });
    expect(res.body).toEqual({
      applied: 1,
      rejected: [
        { line: 2, code: 'unknown_code', reason: expect.any(String) },
        { line: 3, code: 'bad_row', reason: expect.stringContaining('lot') },
      ],
    });
  });

  it('applies a thousand rows at once and refuses their repeats within the same file', async () => {
    const start = Date.parse('2026-10-01T00:00:00+08:00');
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      gtin: '07001505884983',
      lot: 'H014992',
      code: i % 2 ? 300 : 500,
      at: new Date(start + i * 60_000).toISOString(),
    }));
    const started = Date.now();
    const res = await officer.post('/api/clearance/import', {
      format: 'json',
      content: JSON.stringify([...rows, ...rows]),
    });
    expect(res.body.applied).toBe(1000);
    expect(res.body.rejected).toHaveLength(1000);
    // Most of the time is the embedded engine inserting the documents (~1 ms each).
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses JSON content that is not an array of rows with 422', async () => {
    const res = await officer.post('/api/clearance/import', { format: 'json', content: '{"gtin":1}' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_import');
  });

  it('tells the followers of a product when an import changes one of its batches', async () => {
    const socket = await follow('04001956843785');
    const heard = nextEvent(socket, [ShowroomEvents.productUpdated]);
    await officer.post('/api/clearance/import', {
      format: 'csv',
      content: '04001956843785,G023377,899,2026-11-01 09:00',
    });
    const { args } = await heard;
    expect(args[0]).toMatchObject({ gtin: '04001956843785', lot: 'G023377', state: { phase: 'released' } });
  });
});

describe('changing a batch status by hand', () => {
  it('records it, answers the new state and tells everyone in the product room at once', async () => {
    const socket = await follow(OLIVE_OIL.gtin);
    const elsewhere = await follow(FORMULA.gtin);
    const heard = nextEvent(socket, [ShowroomEvents.productUpdated]);
    const notHeard = nextEvent(elsewhere, [ShowroomEvents.productUpdated], 500);

    const res = await officer.post(`/api/batches/${OLIVE_OIL.gtin}/${OLIVE_OIL.lot}/clearance`, { code: 800 });

    expect(res.status).toBe(201);
    const { args } = await heard;
    expect(args[0]).toEqual(res.body);
    expect(res.body).toMatchObject({
      gtin: OLIVE_OIL.gtin,
      lot: OLIVE_OIL.lot,
      state: {
        phase: 'released',
        text: { 'zh-CN': '已于11月20日海关放行', 'zh-TW': '已於11月20日海關放行', en: 'Released by customs on 20 Nov' },
      },
    });
    expect(res.body.clearance.at(-1)).toEqual({ code: 800, at: TEST_NOW.toISOString() });
    await expect(notHeard).rejects.toThrow(/within/);
  });

  it('is what the next scan shows, not an answer remembered from before the change', async () => {
    const code = `(01)${OLIVE_OIL.gtin}(10)${OLIVE_OIL.lot}`;
    const before = await resolve(t, code, { language: 'en' });
    expect((await resolve(t, code, { language: 'en' })).body).toEqual(before.body); // answered again from memory

    const res = await officer.post(`/api/batches/${OLIVE_OIL.gtin}/${OLIVE_OIL.lot}/clearance`, { code: 899 });

    expect(res.status).toBe(201);
    const after = await resolve(t, code, { language: 'en' });
    expect(after.body.clearance.at(-1)).toMatchObject({ code: 899 });
    expect(after.body.clearance).toHaveLength(before.body.clearance.length + 1);
  });

  it('answers 404 for an unknown lot and 409 for a status already recorded at that time', async () => {
    const unknown = await officer.post(`/api/batches/${OLIVE_OIL.gtin}/NOPE/clearance`, { code: 800 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_lot');
    const again = await officer.post(`/api/batches/${OLIVE_OIL.gtin}/${OLIVE_OIL.lot}/clearance`, {
      code: 800,
      at: TEST_NOW.toISOString(),
    });
    expect(again.status).toBe(409);
  });

  it('refuses a status code that is not on the list with 400', async () => {
    const res = await officer.post(`/api/batches/${OLIVE_OIL.gtin}/${OLIVE_OIL.lot}/clearance`, { code: 801 });
    expect(res.status).toBe(400);
  });
});

describe('the audit log', () => {
  it('holds every officer change with who, what and which batch', async () => {
    const admin = await loginAs(t, ADMIN);
    const set = await admin.get('/api/audit?action=showroom.clearance.set');
    expect(set.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          outcome: 'ok',
          target: `${OLIVE_OIL.gtin}|${OLIVE_OIL.lot}`,
          actorRoles: ['officer', 'trainer'],
          details: expect.objectContaining({ code: 800 }),
        }),
        expect.objectContaining({ outcome: 'failed', target: `${OLIVE_OIL.gtin}|NOPE` }),
      ]),
    );
    const imports = await admin.get('/api/audit?action=showroom.clearance.import');
    // The test clock stands still, so entries are not in time order: look for the first import.
    expect(imports.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outcome: 'ok', details: expect.objectContaining({ applied: 2, rejected: 8 }) }),
      ]),
    );
  });
});
