import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ack, connect, fileOk, newConsumer, pause, record, signIn, waitFor, type Caller } from './support.js';

let t: TestApp;
let consumer: Caller;
let zhang: Caller;
let zhao: Caller;
let sockets: Socket[] = [];
beforeAll(async () => {
  t = await startTestApp();
  consumer = await newConsumer(t, '陈消费者');
  [zhang, zhao] = await Promise.all([signIn(t, 'mediator@lugang.example'), signIn(t, 'mediator2@lugang.example')]);
});
beforeEach(() => {
  sockets.forEach((s) => s.close());
  sockets = [];
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await t?.close();
});

async function inRoom(caller: Caller, caseId: string): Promise<Socket> {
  const socket = await connect(caller);
  sockets.push(socket);
  const joined = await ack(socket, 'room:join', { room: `case:${caseId}` });
  if (!joined.ok) throw new Error(`join failed: ${joined.error.message}`);
  return socket;
}

/** A filed case, claimed by 张调解, with both sides in its room. */
async function liveCase() {
  const { id } = await fileOk(consumer);
  await zhang.post(`/api/disputes/${id}/claim`);
  return { id, consumerSocket: await inRoom(consumer, id), mediatorSocket: await inRoom(zhang, id) };
}

describe('the mediators’ queue, live', () => {
  it('shows a new complaint in a mediator’s socket at once', async () => {
    const socket = await connect(zhao);
    sockets.push(socket);
    const arriving = waitFor(socket, 'queue:added');
    const { id, caseNumber } = await fileOk(consumer);
    const item = await arriving;
    expect(item).toMatchObject({
      id,
      caseNumber,
      status: 'filed',
      assignee: null,
      overdue: false,
      deadline: { kind: 'accept_decision', state: 'running' },
    });
  });

  it('never sends queue events to consumers', async () => {
    const socket = await connect(consumer);
    sockets.push(socket);
    const seen = record(socket, 'queue:added');
    await fileOk(consumer);
    await pause(300);
    expect(seen).toEqual([]);
  });
});

describe('internal notes', () => {
  it('reach mediators but never the complainant, by socket or by REST', async () => {
    const { id, consumerSocket, mediatorSocket } = await liveCase();
    const consumerSaw = record(consumerSocket, 'case:event');
    const staffSaw = waitFor(mediatorSocket, 'case:event', (p) => p.event.type === 'internal_note');
    const note = await ack(mediatorSocket, 'note:add', {
      caseId: id,
      clientMessageId: 'note-0001',
      text: '商家有前科，谨慎。',
    });
    expect(note.ok).toBe(true);
    await staffSaw;
    // A message after the note: once it has arrived, the note would have arrived before it.
    const messageArrived = waitFor(consumerSocket, 'case:event', (p) => p.event.type === 'message');
    await ack(mediatorSocket, 'message:send', {
      caseId: id,
      clientMessageId: 'after-note-1',
      text: '我们会联系商家。',
    });
    await messageArrived;

    expect(consumerSaw.map((p) => p.event.type)).toEqual(['message']);
    const rest = await consumer.get(`/api/disputes/${id}/events`);
    expect(rest.body.events.map((e: { type: string }) => e.type)).toEqual(['filed', 'claimed', 'message']);
    expect(JSON.stringify(rest.body)).not.toContain('前科');
    expect(JSON.stringify((await consumer.get(`/api/disputes/${id}`)).body)).not.toContain('前科');
    expect((await zhang.get(`/api/disputes/${id}/events`)).body.events.map((e: { type: string }) => e.type)).toContain(
      'internal_note',
    );
    expect(await ack(consumerSocket, 'note:add', { caseId: id, clientMessageId: 'note-c-1', text: 'x' })).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );
  });

  it('do not show through a mediator’s read receipt', async () => {
    const { id, consumerSocket, mediatorSocket } = await liveCase();
    const note = await ack(mediatorSocket, 'note:add', { caseId: id, clientMessageId: 'note-0002', text: '内部' });
    const receipt = waitFor(consumerSocket, 'message:receipt');
    await ack(mediatorSocket, 'message:read', { caseId: id, seq: note.ok ? note.data.seq : 0 });
    expect((await receipt).readSeq).toBe((note.ok ? note.data.seq : 0) - 1);
  });
});

describe('status changes', () => {
  it('reach the complainant in the case room and in their case list', async () => {
    const { id, consumerSocket } = await liveCase();
    const userSocket = await connect(consumer);
    sockets.push(userSocket);
    const inRoomEvent = waitFor(consumerSocket, 'case:event', (p) => p.event.type === 'accepted');
    const listLine = waitFor(userSocket, 'case:changed', (s) => s.id === id && s.status === 'accepted');
    expect((await zhang.post(`/api/disputes/${id}/events`, { type: 'accepted', note: '已受理' })).status).toBe(201);
    expect((await inRoomEvent).event).toMatchObject({
      type: 'accepted',
      actor: { role: 'mediator', name: '张调解' },
      data: { note: '已受理' },
    });
    expect((await listLine).deadline).toMatchObject({ kind: 'mediation', workingDays: 45, state: 'running' });
  });
});
