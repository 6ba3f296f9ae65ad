import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, DEMO_PASSWORD, freshPhone, loginAs } from './client.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await loginAs(t, 'admin@lugang.example');
});
afterAll(() => t?.close());

const anonymous = () => new Client(t.baseUrl);
const raw = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
  anonymous().request(method, path, { raw: body, headers: { 'content-type': 'application/json', ...headers } });
const stillUp = async () => expect((await anonymous().get('/api/health')).status).toBe(200);

describe('operator injection', () => {
  const payloads = [
    { login: { $ne: null }, password: { $ne: null } },
    { login: '13800000001', password: { $gt: '' } },
    { login: { $regex: '^138' }, password: DEMO_PASSWORD },
    { login: ['13800000001'], password: DEMO_PASSWORD },
    { login: '13800000001', password: [DEMO_PASSWORD] },
    { login: { $where: 'return true' }, password: 'x' },
  ];
  for (const payload of payloads) {
    it(`refuses ${JSON.stringify(payload)} on login with 400 and no session`, async () => {
      const client = anonymous();
      const res = await client.post('/api/auth/login', payload);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(client.sid).toBeUndefined();
    });
  }

  it('refuses an operator smuggled into a path id', async () => {
    const mediator = await loginAs(t, 'mediator@lugang.example');
    for (const id of ['%7B%22%24ne%22%3Anull%7D', '[$ne]', 'ffffffffffffffffffffffff%00', '0123456789abcdef0123456G']) {
      const res = await mediator.post(`/api/users/${id}/reveal`);
      expect(res.status, id).toBe(400);
    }
  });

  it('treats a login with odd characters as a plain wrong login', async () => {
    for (const login of ['$ne', '{"$gt":""}', "13800000001' OR '1'='1", 'admin@lugang.example\u202e']) {
      const res = await anonymous().post('/api/auth/login', { login, password: DEMO_PASSWORD });
      expect(res.status, JSON.stringify(login)).toBe(401);
    }
  });

  it('answers NUL bytes in strings with 4xx, not a database error', async () => {
    const statuses: Record<string, number> = {};
    for (const login of ['13800000001\u0000', 'admin@lugang.example\u0000x']) {
      statuses[`login ${JSON.stringify(login)}`] = (
        await anonymous().post('/api/auth/login', { login, password: DEMO_PASSWORD })
      ).status;
    }
    const signup = {
      phone: freshPhone(),
      name: '测\u0000试',
      password: 'Quiet-lantern-river-47',
      consent: { privacyNoticeVersion: '2026-11-01' },
    };
    statuses['signup name'] = (await anonymous().post('/api/auth/signup', signup)).status;
    const consumer = await loginAs(t, '13800000001');
    statuses['profile employer'] = (await consumer.patch('/api/me', { employer: 'ACME\u0000' })).status;
    statuses['audit filter'] = (await admin.get('/api/audit?action=auth.login%00')).status;
    const serverErrors = Object.entries(statuses).filter(([, status]) => status >= 500);
    expect(serverErrors, JSON.stringify(statuses)).toEqual([]);
    await stillUp();
  });
});

describe('strict bodies', () => {
  it('refuses unknown keys on login', async () => {
    const res = await anonymous().post('/api/auth/login', {
      login: '13800000001',
      password: DEMO_PASSWORD,
      roles: ['admin'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
  });

  it('refuses a sign-up that asks for roles, and creates no account', async () => {
    const phone = freshPhone();
    const body = {
      phone,
      name: '越权',
      password: 'Quiet-lantern-river-47',
      consent: { privacyNoticeVersion: '2026-11-01' },
      roles: ['admin'],
    };
    expect((await anonymous().post('/api/auth/signup', body)).status).toBe(400);
    expect((await anonymous().post('/api/auth/login', { login: phone, password: body.password })).status).toBe(401);
  });

  it('refuses unknown keys nested in the consent', async () => {
    const body = {
      phone: freshPhone(),
      name: '测试',
      password: 'Quiet-lantern-river-47',
      consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: '1970-01-01' },
    };
    expect((await anonymous().post('/api/auth/signup', body)).status).toBe(400);
  });

  it('refuses a profile update that tries to set roles or the password hash, and changes nothing', async () => {
    const consumer = await loginAs(t, '13800000002');
    for (const extra of [
      { roles: ['admin'] },
      { passwordHash: 'x' },
      { 'profile.idNumber': '1' },
      { $set: { roles: ['admin'] } },
    ]) {
      const res = await consumer.patch('/api/me', { name: '改名', ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
    }
    const me = await consumer.get('/api/me');
    expect(me.body.roles).toEqual(['consumer']);
    expect(me.body.name).not.toBe('改名');
  });

  it('refuses __proto__ and constructor keys', async () => {
    const login = `{"login":"13800000001","password":"${DEMO_PASSWORD}","__proto__":{"roles":["admin"]}}`;
    expect((await raw('POST', '/api/auth/login', login, { origin: t.baseUrl })).status).toBe(400);
    const ctor = `{"login":"13800000001","password":"${DEMO_PASSWORD}","constructor":{"prototype":{"admin":true}}}`;
    expect((await raw('POST', '/api/auth/login', ctor, { origin: t.baseUrl })).status).toBe(400);
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });
});

describe('hostile bodies', () => {
  it('answers a 5000-level nested object with 4xx and keeps serving', async () => {
    const body = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const res = await raw('POST', '/api/auth/login', body, { origin: t.baseUrl });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await stillUp();
  });

  it('answers a 100 000-level nested array inside a field with 4xx and keeps serving', async () => {
    const body = `{"login":${'['.repeat(100_000)}${']'.repeat(100_000)},"password":"x"}`;
    const res = await raw('POST', '/api/auth/login', body, { origin: t.baseUrl });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await stillUp();
  });

  it('refuses a body over 1 MB with 413', async () => {
    const res = await anonymous().post('/api/auth/login', { login: '13800000001', password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    await stillUp();
  });

  it('answers malformed JSON and an unsupported charset with 4xx, never 500', async () => {
    expect((await raw('POST', '/api/auth/login', '{"login":', { origin: t.baseUrl })).status).toBe(400);
    expect(
      (
        await raw('POST', '/api/auth/login', '{}', {
          origin: t.baseUrl,
          'content-type': 'application/json; charset=iso-8859-1',
        })
      ).status,
    ).toBe(415);
    const text = await anonymous().request('POST', '/api/auth/login', {
      raw: 'login=13800000001',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(400);
  });

  it('refuses a JSON body that is not an object', async () => {
    for (const body of ['"13800000001"', '[1,2]', 'null', '42']) {
      const res = await raw('POST', '/api/auth/login', body, { origin: t.baseUrl });
      expect(res.status, body).toBe(400);
    }
  });
});

describe('query strings', () => {
  it('refuses operator-like keys in a query with 400', async () => {
    for (const query of ['role[$ne]=x', 'role[$regex]=.*', '$where=1', 'role=admin&role=consumer', 'role=superuser']) {
      const res = await admin.get(`/api/users?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('still answers a plain filter', async () => {
    const res = await admin.get('/api/users?role=mediator');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(2);
    expect(res.body.every((u: { roles: string[] }) => u.roles.includes('mediator'))).toBe(true);
  });

  it('refuses operator-like audit filters', async () => {
    for (const query of [
      'action[$ne]=x',
      'action=%24where',
      'action=auth.login&action=x',
      'limit=100000',
      'limit=-1',
    ]) {
      const res = await admin.get(`/api/audit?${query}`);
      expect(res.status, query).toBe(400);
    }
  });
});
