import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ack, connect, fileOk, newConsumer, signIn, waitFor, type Caller } from './support.js';

let t: TestApp;
let consumer: Caller;
let zhang: Caller;
let sockets: Socket[] = [];
beforeAll(async () => {
  t = await startTestApp();
  consumer = await newConsumer(t, '陈消费者');
  zhang = await signIn(t, 'mediator@lugang.example');
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

describe('chat', () => {
  it('carries messages both ways, each acknowledged with its stored seq', async () => {
    const { id, consumerSocket, mediatorSocket } = await liveCase();
    const toMediator = waitFor(mediatorSocket, 'case:event', (p) => p.event.type === 'message');
    const sent = await ack(consumerSocket, 'message:send', {
      caseId: id,
      clientMessageId: 'c-msg-0001',
      text: '您好，我有照片。',
    });
    expect(sent).toMatchObject({
      ok: true,
      data: {
        type: 'message',
        clientId: 'c-msg-0001',
        data: { text: '您好，我有照片。' },
        actor: { role: 'consumer', name: '陈消费者' },
      },
    });
    expect((await toMediator).event).toEqual(sent.ok && sent.data);

    const toConsumer = waitFor(
      consumerSocket,
      'case:event',
      (p) => p.event.type === 'message' && p.event.actor.role === 'mediator',
    );
    const reply = await ack(mediatorSocket, 'message:send', {
      caseId: id,
      clientMessageId: 'm-msg-0001',
      text: '请上传照片。',
    });
    expect(reply.ok && reply.data.seq).toBe(sent.ok && sent.data.seq + 1);
    expect((await toConsumer).event.data.text).toBe('请上传照片。');
  });

  it('stores a resent message once: the same clientMessageId answers with the same event', async () => {
    const { id, consumerSocket } = await liveCase();
    const payload = { caseId: id, clientMessageId: 'offline-msg-42', text: '离线时写的消息' };
    const first = await ack(consumerSocket, 'message:send', payload);
    const again = await ack(consumerSocket, 'message:send', payload);
    const overHttp = await consumer.post(`/api/disputes/${id}/events`, {
      type: 'message',
      clientMessageId: 'offline-msg-42',
      text: '离线时写的消息',
    });
    expect(again).toEqual(first);
    expect(overHttp.body.seq).toBe(first.ok && first.data.seq);
    const log = (await consumer.get(`/api/disputes/${id}/events`)).body.events;
    expect(log.filter((e: { clientId?: string }) => e.clientId === 'offline-msg-42')).toHaveLength(1);
  });

  it('tells the other side who is typing, without storing it', async () => {
    const { id, consumerSocket, mediatorSocket } = await liveCase();
    const typing = waitFor(mediatorSocket, 'typing:update');
    expect(await ack(consumerSocket, 'typing:start', { caseId: id })).toEqual({ ok: true, data: null });
    expect(await typing).toMatchObject({ caseId: id, typing: true, user: { role: 'consumer', name: '陈消费者' } });
    const stopped = waitFor(mediatorSocket, 'typing:update', (u) => !u.typing);
    await ack(consumerSocket, 'typing:stop', { caseId: id });
    await stopped;
    expect((await consumer.get(`/api/disputes/${id}/events`)).body.events.map((e: { type: string }) => e.type)).toEqual(
      ['filed', 'claimed'],
    );
  });

  it('sends read receipts to the other side and keeps them', async () => {
    const { id, consumerSocket, mediatorSocket } = await liveCase();
    const sent = await ack(mediatorSocket, 'message:send', {
      caseId: id,
      clientMessageId: 'm-read-0001',
      text: '请回复',
    });
    const seq = sent.ok ? sent.data.seq : -1;
    const receipt = waitFor(mediatorSocket, 'message:receipt', (r) => r.reader.role === 'consumer');
    expect(await ack(consumerSocket, 'message:read', { caseId: id, seq: 1000 })).toEqual({
      ok: true,
      data: { deliveredSeq: seq, readSeq: seq },
    });
    expect(await receipt).toMatchObject({ caseId: id, readSeq: seq, reader: { name: '陈消费者' } });
    expect((await zhang.get(`/api/disputes/${id}`)).body.receipts.consumer).toEqual({
      deliveredSeq: seq,
      readSeq: seq,
    });
  });

  it('tells the room when the complainant comes and goes', async () => {
    const { id } = await fileOk(consumer);
    const mediatorSocket = await inRoom(zhang, id);
    const online = waitFor(mediatorSocket, 'presence:update', (p) => p.consumerOnline);
    const consumerSocket = await inRoom(consumer, id);
    expect(await online).toEqual({ caseId: id, consumerOnline: true, staffOnline: true });
    expect((await zhang.get(`/api/disputes/${id}`)).body.consumerOnline).toBe(true);
    const offline = waitFor(mediatorSocket, 'presence:update', (p) => !p.consumerOnline);
    consumerSocket.close();
    await offline;
    expect(await ack(mediatorSocket, 'presence:get', { caseId: id })).toEqual({
      ok: true,
      data: { caseId: id, consumerOnline: false, staffOnline: true },
    });
  });
});
