import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, STRONG_PASSWORD, freshPhone, loginAs } from './client.js';

/**
 * Two consumers and two mediators, each acting on what is not theirs. Feature routes (disputes,
 * training, showroom) add their own cases below, one describe block per feature.
 */
let t: TestApp;
let consumerA: Client;
let consumerB: Client;
let mediatorA: Client;
let mediatorB: Client;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  consumerA = await loginAs(t, '13800000001');
  consumerB = await loginAs(t, '13800000002');
  mediatorA = await loginAs(t, 'mediator@lugang.example');
  mediatorB = await loginAs(t, 'mediator2@lugang.example');
  admin = await loginAs(t, 'admin@lugang.example');
});
afterAll(() => t?.close());

const staffBody = () => ({ phone: freshPhone(), name: '冒名管理员', password: STRONG_PASSWORD, roles: ['admin'] });
const exists = async (phone: string) =>
  (await new Client(t.baseUrl).post('/api/auth/login', { login: phone, password: STRONG_PASSWORD })).status === 200;

describe('accounts: admin routes', () => {
  it('refuses consumers on every admin route with 403', async () => {
    for (const consumer of [consumerA, consumerB]) {
      expect((await consumer.get('/api/users')).status).toBe(403);
      expect((await consumer.get('/api/audit')).status).toBe(403);
      const body = staffBody();
      const res = await consumer.post('/api/users', body);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await exists(body.phone)).toBe(false);
    }
  });

  it('refuses mediators creating staff with 403 and creates nothing', async () => {
    for (const mediator of [mediatorA, mediatorB]) {
      const body = staffBody();
      const res = await mediator.post('/api/users', body);
      expect(res.status).toBe(403);
      expect(await exists(body.phone)).toBe(false);
      const list = await admin.get('/api/users?role=admin');
      expect(list.body.some((u: { name: string }) => u.name === body.name)).toBe(false);
    }
  });

  it('refuses mediators the user list and the audit log', async () => {
    expect((await mediatorA.get('/api/users')).status).toBe(403);
    expect((await mediatorB.get('/api/audit?action=users.reveal_contact')).status).toBe(403);
  });

  it('lets the admin create staff (the positive case of the same route)', async () => {
    const body = { ...staffBody(), name: '新调解员', roles: ['mediator'] };
    const res = await admin.post('/api/users', body);
    expect(res.status).toBe(201);
    expect(res.body.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await exists(body.phone)).toBe(true);
  });
});

describe('accounts: one user’s session acts only on that user', () => {
  it('changes only the caller’s profile', async () => {
    const before = (await consumerB.get('/api/me')).body;
    const res = await consumerA.patch('/api/me', { name: '王小明' });
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13800000001');
    expect((await consumerB.get('/api/me')).body).toEqual(before);
  });

  it('cannot name another user in a self route', async () => {
    const other = (await consumerB.get('/api/me')).body.id as string;
    expect((await consumerA.patch('/api/me', { id: other, name: 'x' })).status).toBe(400);
    expect((await consumerA.get(`/api/me?id=${other}`)).body.id).not.toBe(other);
    expect(
      (await consumerA.request('DELETE', '/api/me', { body: { password: 'Lugang-demo-2026', userId: other } })).status,
    ).toBe(400);
    expect((await consumerB.get('/api/me')).status).toBe(200);
  });

  it('cannot change another user’s password by knowing it', async () => {
    const res = await consumerA.post('/api/me/password', {
      currentPassword: 'Lugang-demo-2026',
      newPassword: 'Taken-over-account-77',
      login: '13800000002',
    });
    expect(res.status).toBe(400);
    expect(
      (await new Client(t.baseUrl).post('/api/auth/login', { login: '13800000002', password: 'Lugang-demo-2026' }))
        .status,
    ).toBe(200);
  });

  it('cannot log another session out', async () => {
    const res = await consumerA.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect((await consumerB.get('/api/me')).status).toBe(200);
    consumerA = await loginAs(t, '13800000001');
  });
});

describe('accounts: revealing contact details', () => {
  it('refuses a consumer revealing another consumer’s number', async () => {
    const other = (await consumerB.get('/api/me')).body.id as string;
    const res = await consumerA.post(`/api/users/${other}/reveal`);
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('13800000002');
  });

  it('refuses a consumer revealing their own number through the staff route too', async () => {
    const self = (await consumerA.get('/api/me')).body.id as string;
    expect((await consumerA.post(`/api/users/${self}/reveal`)).status).toBe(403);
  });
});
