import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerRoomRule } from '@server/realtime/sockets.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, connectSocket, emitWithAck, loginAs, nextEvent, signUp } from './client.js';

let t: TestApp;
const open: Socket[] = [];
beforeAll(async () => {
  t = await startTestApp();
  // A room only its own signed-in user may join: makes the socket's principal visible to the client.
  registerRoomRule({ prefix: 'selfprobe:', authorize: (principal, id) => !!principal && principal.userId === id });
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(() => t?.close());

async function socketFor(cookie: string | undefined, origin?: string | null) {
  const socket = await connectSocket(t, { cookie, origin });
  open.push(socket);
  return socket;
}
const joinSelf = (socket: Socket, userId: string) => emitWithAck(socket, 'room:join', { room: `selfprobe:${userId}` });
const userIdOf = async (client: Client) => (await client.get('/api/me')).body.id as string;

/** Waits a moment and tells whether an event sent to the user's room reached this socket. */
async function receivesUserBroadcast(socket: Socket, userId: string, waitMs = 500): Promise<boolean> {
  let received = false;
  const listener = () => {
    received = true;
  };
  socket.on('probe:user', listener);
  t.io.to(`user:${userId}`).emit('probe:user', 'for the user only');
  await new Promise((r) => setTimeout(r, waitMs));
  socket.off('probe:user', listener);
  return received;
}

describe('who a socket belongs to', () => {
  it('takes the user from the session cookie of the handshake', async () => {
    const client = await loginAs(t, '13800000001');
    const socket = await socketFor(client.cookie);
    const ack = await joinSelf(socket, await userIdOf(client));
    expect(ack).toEqual({ ok: true, data: { room: expect.stringMatching(/^selfprobe:/) } });
    expect(await receivesUserBroadcast(socket, await userIdOf(client))).toBe(true);
  });

  it('gives a socket without a cookie no user: it may connect but not join a user-only room', async () => {
    const owner = await loginAs(t, '13800000002');
    const socket = await socketFor(undefined);
    const ack = await joinSelf(socket, await userIdOf(owner));
    expect(ack.ok).toBe(false);
    expect(!ack.ok && ack.error.code).toBe('not_found');
  });

  it('gives a forged cookie no user', async () => {
    const owner = await loginAs(t, '13800000002');
    const socket = await socketFor('lugang_sid=q2bN0Xr4mVJ8Yw1zK5tL7uE3cH9sD6fA0gP2iO4kZxQ');
    expect((await joinSelf(socket, await userIdOf(owner))).ok).toBe(false);
  });

  it('ignores a user id claimed in the payload: the room is only for the cookie’s user', async () => {
    const mine = await loginAs(t, '13800000001');
    const theirs = await loginAs(t, '13800000002');
    const socket = await socketFor(mine.cookie);
    expect((await joinSelf(socket, await userIdOf(theirs))).ok).toBe(false);
  });

  it('gives a logged-out cookie no user', async () => {
    const client = await loginAs(t, '13800000001');
    const cookie = client.cookie!;
    const id = await userIdOf(client);
    await client.post('/api/auth/logout');
    const socket = await socketFor(cookie);
    expect((await joinSelf(socket, id)).ok).toBe(false);
  });
});

describe('ending a session ends its live connections', () => {
  it('disconnects the socket of a session at logout, with a session:ended notice first', async () => {
    const client = await loginAs(t, '13800000001');
    const socket = await socketFor(client.cookie);
    const ended = nextEvent(socket, ['session:ended']);
    const disconnected = nextEvent(socket, ['disconnect']);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    await ended;
    expect((await disconnected).args[0]).toBe('io server disconnect');
  });

  it('leaves the sockets of the user’s other sessions connected at logout', async () => {
    const here = await loginAs(t, '13800000002');
    const there = await loginAs(t, '13800000002');
    const otherSocket = await socketFor(there.cookie);
    await here.post('/api/auth/logout');
    expect(otherSocket.connected).toBe(true);
    expect((await joinSelf(otherSocket, await userIdOf(there))).ok).toBe(true);
  });

  it('disconnects the sockets of every session of the user when the password changes', async () => {
    const { client: first, phone, password } = await signUp(t);
    const second = await loginAs(t, phone, password);
    const sockets = [await socketFor(first.cookie), await socketFor(second.cookie)];
    const gone = sockets.map((s) => nextEvent(s, ['disconnect']));
    const res = await first.post('/api/me/password', {
      currentPassword: password,
      newPassword: 'Another-quiet-harbour-93',
    });
    expect(res.status).toBe(204);
    for (const g of gone) expect((await g).args[0]).toBe('io server disconnect');
  });

  it('does not hand a reconnecting socket the rooms of a session that ended while it was away', async () => {
    const client = await loginAs(t, '13800000001');
    const id = await userIdOf(client);
    const socket = await socketFor(client.cookie);
    // One broadcast gives the client an offset, so that it may ask to recover its state later.
    expect(await receivesUserBroadcast(socket, id)).toBe(true);
    const dropped = nextEvent(socket, ['disconnect']);
    socket.io.engine.close(); // the network drops
    expect((await dropped).args[0]).toMatch(/close/);
    await new Promise((r) => setTimeout(r, 100));
    expect((await client.post('/api/auth/logout')).status).toBe(204); // the session ends meanwhile
    const back = nextEvent(socket, ['connect', 'connect_error']);
    socket.connect(); // the client comes back with the same (now dead) cookie
    const outcome = await back;
    if (outcome.event === 'connect_error') return; // refusing the old session outright is fine too
    expect(
      await receivesUserBroadcast(socket, id),
      `recovered=${socket.recovered}: a logged-out socket still gets the user's events`,
    ).toBe(false);
  });
});

describe('where a socket may connect from', () => {
  it('accepts the app’s own origin and clients that send none', async () => {
    await expect(socketFor(undefined, t.baseUrl)).resolves.toBeDefined();
    await expect(socketFor(undefined, null)).resolves.toBeDefined();
  });

  for (const transport of ['websocket', 'polling'] as const) {
    it(`refuses a connection from a foreign Origin (${transport})`, async () => {
      const client = await loginAs(t, '13800000001');
      const attempt = connectSocket(t, {
        cookie: client.cookie,
        origin: 'http://evil.example',
        transports: [transport],
      });
      await expect(attempt).rejects.toThrow();
    });
  }

  it('refuses an origin that only looks like ours', async () => {
    const lookalike = `${t.baseUrl}.evil.example`;
    await expect(connectSocket(t, { origin: lookalike })).rejects.toThrow();
    await expect(connectSocket(t, { origin: 'null' })).rejects.toThrow();
  });
});
