import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, STRONG_PASSWORD, freshPhone, loginAs } from './client.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const EVIL = 'http://evil.example';
const consent = { privacyNoticeVersion: '2026-11-01' };
const signupBody = (phone = freshPhone()) => ({ phone, name: '跨站', password: STRONG_PASSWORD, consent });
const canLogin = async (login: string, password: string) =>
  (await new Client(t.baseUrl).post('/api/auth/login', { login, password })).status === 200;

describe('cross-site requests', () => {
  it('refuses a sign-up from a foreign Origin with 403 and creates no account', async () => {
    const body = signupBody();
    const client = new Client(t.baseUrl);
    const res = await client.post('/api/auth/signup', body, { origin: EVIL });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(client.sid).toBeUndefined();
    expect(await canLogin(body.phone, body.password)).toBe(false);
  });

  it('refuses a state change with the victim’s cookie from a foreign Origin and changes nothing', async () => {
    const victim = await loginAs(t, '13800000001');
    const before = (await victim.get('/api/me')).body;
    const res = await victim.patch('/api/me', { name: '被改了' }, { origin: EVIL });
    expect(res.status).toBe(403);
    const logout = await victim.post('/api/auth/logout', undefined, { origin: EVIL });
    expect(logout.status).toBe(403);
    const after = await victim.get('/api/me');
    expect(after.status).toBe(200);
    expect(after.body.name).toBe(before.name);
  });

  it('does not reach a route by another spelling of its path that would pass by the session and CSRF checks', async () => {
    const victim = await loginAs(t, '13800000001');
    const before = (await victim.get('/api/me')).body;
    for (const path of ['/API/me', '/Api/me', '/api/ME', '/api//me']) {
      const res = await victim.patch(path, { name: '被改了' }, { origin: EVIL });
      expect([403, 404], `${path} answered ${res.status}`).toContain(res.status);
    }
    expect((await victim.get('/api/me')).body.name).toBe(before.name);
  });

  it('refuses a password change from a foreign Origin and keeps the old password', async () => {
    const victim = await loginAs(t, '13800000002');
    const res = await victim.post(
      '/api/me/password',
      { currentPassword: 'Lugang-demo-2026', newPassword: 'Attacker-chosen-pass-1' },
      { origin: EVIL },
    );
    expect(res.status).toBe(403);
    expect(await canLogin('13800000002', 'Lugang-demo-2026')).toBe(true);
  });

  it('refuses a form-encoded or text/plain cross-site post as well (no preflight needed for those)', async () => {
    const body = signupBody();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await new Client(t.baseUrl).request('POST', '/api/auth/signup', {
        raw: JSON.stringify(body),
        origin: EVIL,
        headers: { 'content-type': type },
      });
      expect(res.status, type).toBe(403);
    }
    expect(await canLogin(body.phone, body.password)).toBe(false);
  });

  for (const site of ['cross-site', 'same-site']) {
    it(`refuses a request the browser marks Sec-Fetch-Site: ${site}, even without an Origin`, async () => {
      const body = signupBody();
      const res = await new Client(t.baseUrl).post('/api/auth/signup', body, {
        origin: null,
        headers: { 'sec-fetch-site': site },
      });
      expect(res.status).toBe(403);
      expect(await canLogin(body.phone, body.password)).toBe(false);
    });
  }

  it('refuses the opaque Origin "null" (sandboxed frames) and look-alike origins', async () => {
    const port = new URL(t.baseUrl).port;
    for (const origin of [
      'null',
      `${t.baseUrl}.evil.example`,
      `https://127.0.0.1:${port}`,
      `http://localhost:${port}`,
    ]) {
      const res = await new Client(t.baseUrl).post('/api/auth/signup', signupBody(), { origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it('accepts a same-origin request: by Origin, or by Sec-Fetch-Site with no Origin', async () => {
    const byOrigin = new Client(t.baseUrl);
    expect((await byOrigin.post('/api/auth/signup', signupBody())).status).toBe(201);
    const byFetchSite = new Client(t.baseUrl);
    const res = await byFetchSite.post('/api/auth/signup', signupBody(), {
      origin: null,
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(201);
    expect((await byFetchSite.get('/api/me')).status).toBe(200);
  });

  it('records refused cross-site requests in the audit log', async () => {
    const admin = await loginAs(t, 'admin@lugang.example');
    const res = await admin.get('/api/audit?action=security.cross_site_request');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body[0]).toMatchObject({ outcome: 'denied' });
  });
});

describe('response headers', () => {
  it('marks personal-data responses Cache-Control: no-store', async () => {
    const consumer = await loginAs(t, '13800000001');
    const admin = await loginAs(t, 'admin@lugang.example');
    const responses = {
      'GET /api/me': await consumer.get('/api/me'),
      'PATCH /api/me': await consumer.patch('/api/me', { locale: 'en' }),
      'GET /api/me/export': await consumer.get('/api/me/export'),
      'GET /api/users': await admin.get('/api/users'),
      'GET /api/audit': await admin.get('/api/audit?limit=1'),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.status, name).toBe(200);
      expect(res.headers.get('cache-control'), name).toMatch(/no-store/);
    }
  });

  it('sends a strict Content-Security-Policy and anti-framing, anti-sniffing headers', async () => {
    const consumer = await loginAs(t, '13800000001');
    for (const res of [await new Client(t.baseUrl).get('/api/health'), await consumer.get('/api/me')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('grants no CORS to a foreign origin on /api, preflight or not', async () => {
    const consumer = await loginAs(t, '13800000001');
    const simple = await consumer.get('/api/me', { headers: { origin: EVIL } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await new Client(t.baseUrl).request('OPTIONS', '/api/me', {
      origin: EVIL,
      headers: { 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('keeps internals out of error responses', async () => {
    const res = await new Client(t.baseUrl).request('POST', '/api/auth/login', {
      raw: '{"login":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .*\.(js|ts):\d+|node_modules|SyntaxError/);
    expect(Object.keys(res.body.error).sort()).toEqual(['code', 'message', 'requestId']);
  });
});
