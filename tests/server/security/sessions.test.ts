import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeIdleSessions } from '@server/accounts/sessions.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, loginAs, signUp } from './client.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const minutes = (n: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + n * 60_000);
};
const me = (client: Client, cookie?: string) => client.get('/api/me', cookie === undefined ? {} : { cookie });

describe('the session cookie', () => {
  it('is set at sign-up as HttpOnly, SameSite=Lax, for the whole site, with a long random id', async () => {
    const { client } = await signUp(t);
    const cookie = client.lastSetCookie ?? '';
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
    expect(client.sid).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect((await me(client)).status).toBe(200);
  });

  it('lives 30 minutes for staff and 30 days for consumers', async () => {
    const staff = await loginAs(t, 'mediator@lugang.example');
    const consumer = await loginAs(t, '13800000002');
    expect(staff.lastSetCookie).toMatch(/Max-Age=1800\b/i);
    expect(consumer.lastSetCookie).toMatch(/Max-Age=2592000\b/i);
  });
});

describe('signing in, out and changing the password', () => {
  it('rotates the session id at login: the cookie sent with the login stops working', async () => {
    const { client, phone, password } = await signUp(t);
    const before = client.cookie!;
    const res = await client.post('/api/auth/login', { login: phone, password });
    expect(res.status).toBe(200);
    expect(client.cookie).toBeDefined();
    expect(client.cookie).not.toBe(before);
    expect((await me(client, before)).status).toBe(401);
    expect((await me(client)).status).toBe(200);
  });

  it('keeps sessions on two devices apart: signing in on one leaves the other signed in', async () => {
    const phone = new Client(t.baseUrl);
    await phone.post('/api/auth/login', { login: '13800000002', password: 'Lugang-demo-2026' });
    const laptop = await loginAs(t, '13800000002');
    expect(laptop.cookie).not.toBe(phone.cookie);
    expect((await me(phone)).status).toBe(200);
    expect((await me(laptop)).status).toBe(200);
  });

  it('ends the session at logout and clears the cookie', async () => {
    const client = await loginAs(t, '13800000001');
    const cookie = client.cookie!;
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(client.lastSetCookie).toMatch(/^lugang_sid=;/);
    expect(client.sid).toBeUndefined();
    const again = await me(client, cookie);
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('unauthenticated');
  });

  it('answers GET /api/session with 200 whoever asks: the user with a session, null without or after logout', async () => {
    const visitor = await new Client(t.baseUrl).get('/api/session');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toEqual({ user: null });

    const client = await loginAs(t, '13800000001');
    const cookie = client.cookie!;
    const signedIn = await client.get('/api/session');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ phone: '13800000001', roles: ['consumer'] });
    expect(signedIn.body.user).toEqual((await me(client)).body);
    expect(signedIn.headers.get('cache-control')).toMatch(/no-store/);

    await client.post('/api/auth/logout');
    expect((await client.get('/api/session', { cookie })).body).toEqual({ user: null });
  });

  it('ends every session of the user when the password changes', async () => {
    const { client: first, phone, password } = await signUp(t);
    const second = await loginAs(t, phone, password);
    const firstCookie = first.cookie!;
    const newPassword = 'Another-quiet-harbour-93';
    const res = await first.post('/api/me/password', { currentPassword: password, newPassword });
    expect(res.status).toBe(204);
    expect((await me(first, firstCookie)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    expect((await new Client(t.baseUrl).post('/api/auth/login', { login: phone, password })).status).toBe(401);
    expect((await new Client(t.baseUrl).post('/api/auth/login', { login: phone, password: newPassword })).status).toBe(
      200,
    );
  });

  it('refuses a password change with the wrong current password and keeps the sessions', async () => {
    const { client } = await signUp(t);
    const res = await client.post('/api/me/password', {
      currentPassword: 'not-my-password-1',
      newPassword: 'Another-quiet-harbour-93',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('wrong_password');
    expect(res.body.error.details).toEqual({ field: 'currentPassword' });
    expect((await me(client)).status).toBe(200);
  });
});

describe('cookies the server did not issue', () => {
  const forged = [
    ['random base64url', 'lugang_sid=q2bN0Xr4mVJ8Yw1zK5tL7uE3cH9sD6fA0gP2iO4kZxQ'],
    ['empty', 'lugang_sid='],
    ['too long', `lugang_sid=${'A'.repeat(5000)}`],
    ['an operator', 'lugang_sid=%7B%22%24ne%22%3Anull%7D'],
    ['malformed percent-encoding', 'lugang_sid=%E0%A4%A'],
    ['a stray percent sign', 'lugang_sid=abc%'],
  ] as const;

  for (const [label, cookie] of forged) {
    it(`answers 401 (not 500) to a forged cookie: ${label}`, async () => {
      const res = await new Client(t.baseUrl).get('/api/me', { cookie });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    });
  }

  it('still serves public endpoints to a client carrying a garbled cookie', async () => {
    const res = await new Client(t.baseUrl).get('/api/health', { cookie: 'lugang_sid=%E0%A4%A' });
    expect(res.status).toBe(200);
  });

  it('lets a user whose cookie is garbled sign in again', async () => {
    const res = await new Client(t.baseUrl).post(
      '/api/auth/login',
      { login: '13800000001', password: 'Lugang-demo-2026' },
      { cookie: 'lugang_sid=%ZZ' },
    );
    expect(res.status).toBe(200);
  });
});

describe('idle expiry (moves the test clock: keep these last)', () => {
  it('ends a staff session after 31 idle minutes but keeps a consumer signed in', async () => {
    const staff = await loginAs(t, 'mediator@lugang.example');
    const officer = await loginAs(t, 'officer@lugang.example');
    const consumer = await loginAs(t, '13800000001');
    minutes(31);
    const staffRes = await me(staff);
    expect(staffRes.status).toBe(401);
    expect(staffRes.body.error.code).toBe('unauthenticated');
    expect((await me(officer)).status).toBe(401);
    expect((await me(consumer)).status).toBe(200);
  });

  it('slides the staff idle timeout while the session is in use', async () => {
    const staff = await loginAs(t, 'mediator2@lugang.example');
    for (let i = 0; i < 3; i += 1) {
      minutes(25);
      expect((await me(staff)).status, `after ${(i + 1) * 25} minutes of activity`).toBe(200);
    }
  });

  it('ends a consumer session after 30 idle days', async () => {
    const { client } = await signUp(t);
    minutes(30 * 24 * 60 + 1);
    expect((await me(client)).status).toBe(401);
  });

  it('sweeps idle sessions from the store (the periodic clean-up must not fail)', async () => {
    await loginAs(t, 'mediator@lugang.example');
    minutes(31);
    await expect(removeIdleSessions(t.clock.now)).resolves.toBeGreaterThanOrEqual(1);
  });

  it('does not revive an expired session by signing in again with it: a new id is issued', async () => {
    const staff = await loginAs(t, 'admin@lugang.example');
    const expired = staff.cookie!;
    minutes(31);
    const res = await staff.post('/api/auth/login', { login: 'admin@lugang.example', password: 'Lugang-demo-2026' });
    expect(res.status).toBe(200);
    expect(staff.cookie).not.toBe(expired);
    expect((await me(staff, expired)).status).toBe(401);
    expect((await me(staff)).status).toBe(200);
  });
});
