import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../server/src/accounts/audit.model.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ack, complaint, connect, declare, file, jpeg, newConsumer, signIn, type Caller } from './support.js';

let t: TestApp;
let owner: Caller;
let stranger: Caller;
let mediator: Caller;
let admin: Caller;
let officer: Caller;
let caseId: string;
let photoUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  owner = await newConsumer(t, '张三');
  stranger = await newConsumer(t, '李四');
  [mediator, admin, officer] = await Promise.all([
    signIn(t, 'mediator@lugang.example'),
    signIn(t, 'admin@lugang.example'),
    signIn(t, 'officer@lugang.example'),
  ]);
  const photo = await jpeg();
  const res = await file(owner, complaint({ evidence: [declare(photo)] }));
  caseId = res.body.id;
  photoUrl = res.body.evidenceUploads[0].url;
  expect((await owner.put(photoUrl, photo)).status).toBe(201);
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await t?.close();
});

const open = async (caller: Caller) => {
  const socket = await connect(caller);
  sockets.push(socket);
  return socket;
};

describe('who can see a case', () => {
  it('shows the case to its complainant, mediators and admins', async () => {
    for (const caller of [owner, mediator, admin])
      expect((await caller.get(`/api/disputes/${caseId}`)).status).toBe(200);
  });

  it('answers 404 to another consumer and to an officer, for the case, its events and its photo', async () => {
    for (const caller of [stranger, officer]) {
      for (const path of [`/api/disputes/${caseId}`, `/api/disputes/${caseId}/events`, photoUrl]) {
        const res = await caller.get(path);
        expect(res.status, `${path}`).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      }
    }
  });

  it('does not let another consumer post into the case', async () => {
    const res = await stranger.post(`/api/disputes/${caseId}/events`, {
      type: 'message',
      clientMessageId: 'msg-stranger-1',
      text: '你好',
    });
    expect(res.status).toBe(404);
  });

  it('does not let another consumer join the case room, or send into it by socket', async () => {
    const socket = await open(stranger);
    const join = await ack(socket, 'room:join', { room: `case:${caseId}` });
    expect(join).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const send = await ack(socket, 'message:send', { caseId, clientMessageId: 'msg-stranger-2', text: '你好' });
    expect(send).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lets the complainant and a mediator join the case room', async () => {
    for (const caller of [owner, mediator]) {
      expect(await ack(await open(caller), 'room:join', { room: `case:${caseId}` })).toEqual({
        ok: true,
        data: { room: `case:${caseId}` },
      });
    }
  });
});

describe('what each side sees', () => {
  it('shows the complainant their full phone number, and mediators a masked one', async () => {
    expect((await owner.get(`/api/disputes/${caseId}`)).body.complainant.phone).toBe('13800000001');
    const staffView = await mediator.get(`/api/disputes/${caseId}`);
    expect(staffView.body.audience).toBe('staff');
    expect(staffView.body.complainant.phone).toBe('138****0001');
  });

  it('reveals the full contact to a mediator on request, and audits it', async () => {
    const res = await mediator.post(`/api/disputes/${caseId}/complainant-contact`);
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13800000001');
    expect(await AuditEntry.countDocuments({ action: 'disputes.complainant_revealed', actorId: mediator.userId })).toBe(
      1,
    );
    expect((await owner.post(`/api/disputes/${caseId}/complainant-contact`)).status).toBe(403);
  });

  it('refuses consumers the queue and the claim', async () => {
    expect((await owner.get('/api/mediation/queue')).status).toBe(403);
    expect((await owner.post(`/api/disputes/${caseId}/claim`)).status).toBe(403);
  });

  it('refuses a consumer the mediators’ steps on their own case (403)', async () => {
    const res = await owner.post(`/api/disputes/${caseId}/events`, { type: 'accepted' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_your_role');
  });
});
