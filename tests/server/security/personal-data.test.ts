import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, DEMO_PASSWORD, NO_SUCH_ID, loginAs, signUp } from './client.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await loginAs(t, 'admin@lugang.example');
});
afterAll(() => t?.close());

const userByName = async (name: string) => {
  const res = await admin.get('/api/users');
  return res.body.find((u: { name: string }) => u.name === name) as { id: string; phone?: string; email?: string };
};
const auditOf = async (action: string) =>
  (await admin.get(`/api/audit?action=${action}&limit=500`)).body as Record<string, unknown>[];

describe('masking', () => {
  it('masks numbers and e-mails in the admin user list', async () => {
    const res = await admin.get('/api/users');
    expect(res.status).toBe(200);
    const wang = res.body.find((u: { name: string }) => u.name === '王小明');
    expect(wang.phone).toBe('138****0001');
    const mediator = res.body.find((u: { name: string }) => u.name === '张调解');
    expect(mediator.email).toBe('m*******@lugang.example');
    expect(res.text).not.toContain('13800000001');
    expect(res.text).not.toContain('mediator@lugang.example');
    expect(res.text).not.toMatch(/passwordHash|\$argon2/);
  });

  it('shows the owner the full number on /api/me, and never the password hash', async () => {
    const consumer = await loginAs(t, '13800000001');
    const res = await consumer.get('/api/me');
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13800000001');
    expect(res.text).not.toMatch(/passwordHash|\$argon2/);
  });

  it('shows the owner a full ID number they saved, and nobody else', async () => {
    const { client } = await signUp(t, '身份证持有人');
    const saved = await client.patch('/api/me', { idNumber: '14020219900101123x' });
    expect(saved.status).toBe(200);
    expect(saved.body.profile.idNumber).toBe('14020219900101123X');
    const list = await admin.get('/api/users');
    expect(list.text).not.toContain('14020219900101123X');
  });
});

describe('revealing contact details', () => {
  it('gives a mediator the full number on request and audits it', async () => {
    const mediator = await loginAs(t, 'mediator@lugang.example');
    const wang = await userByName('王小明');
    const res = await mediator.post(`/api/users/${wang.id}/reveal`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ phone: '13800000001' });
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const entries = await auditOf('users.reveal_contact');
    expect(entries).toContainEqual(
      expect.objectContaining({ target: wang.id, outcome: 'ok', actorRoles: ['mediator'] }),
    );
  });

  it('refuses a consumer with 403, reveals nothing and audits access.forbidden', async () => {
    const consumer = await loginAs(t, '13800000002');
    const wang = await userByName('王小明');
    const res = await consumer.post(`/api/users/${wang.id}/reveal`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.text).not.toContain('13800000001');
    await vi.waitFor(async () => {
      const entries = await auditOf('access.forbidden');
      expect(entries).toContainEqual(
        expect.objectContaining({ target: 'accounts.contact.reveal', outcome: 'denied', actorRoles: ['consumer'] }),
      );
    });
  });

  it('answers 404 for an unknown user and writes no reveal entry for it', async () => {
    const officer = await loginAs(t, 'officer@lugang.example');
    expect((await officer.post(`/api/users/${NO_SUCH_ID}/reveal`)).status).toBe(404);
    expect((await auditOf('users.reveal_contact')).some((e) => e.target === NO_SUCH_ID)).toBe(false);
  });
});

describe('data export', () => {
  it('returns the account as a JSON download', async () => {
    const { client, phone } = await signUp(t, '导出者');
    const res = await client.get('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;\s*filename="[^"]+\.json"/);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    expect(res.body.account).toMatchObject({ phone, name: '导出者', roles: ['consumer'] });
    expect(res.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(res.text).not.toMatch(/passwordHash|\$argon2/);
  });

  it('exports only the caller’s own data', async () => {
    const wang = await loginAs(t, '13800000001');
    const res = await wang.get('/api/me/export');
    expect(res.body.account.phone).toBe('13800000001');
    expect(res.text).not.toContain('13800000002');
  });

  it('needs a session', async () => {
    expect((await new Client(t.baseUrl).get('/api/me/export')).status).toBe(401);
  });
});

describe('account deletion', () => {
  it('refuses the wrong password with 422 and deletes nothing', async () => {
    const { client, phone, password } = await signUp(t, '差点删除');
    const res = await client.delete('/api/me', { password: 'not-the-password-9' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('wrong_password');
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await loginAs(t, phone, password)).sid).toBeDefined();
  });

  it('deletes the account with the right password: 204, then no login and no session', async () => {
    const { client, phone, password, id } = await signUp(t, '要删除');
    const other = await loginAs(t, phone, password);
    const cookie = client.cookie!;
    const res = await client.delete('/api/me', { password });
    expect(res.status).toBe(204);
    const login = await new Client(t.baseUrl).post('/api/auth/login', { login: phone, password });
    expect(login.status).toBe(401);
    expect((await client.get('/api/me', { cookie })).status).toBe(401);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await admin.get('/api/users')).body.some((u: { id: string }) => u.id === id)).toBe(false);
    expect(await auditOf('accounts.deleted')).toContainEqual(expect.objectContaining({ target: id, outcome: 'ok' }));
  });

  it('lets the same number sign up again after deletion', async () => {
    const { client, phone, password } = await signUp(t, '回来了');
    expect((await client.delete('/api/me', { password })).status).toBe(204);
    const again = await new Client(t.baseUrl).post('/api/auth/signup', {
      phone,
      name: '回来了',
      password,
      consent: { privacyNoticeVersion: '2026-11-01' },
    });
    expect(again.status).toBe(201);
  });

  it('cannot delete a demo account without its password, even when signed in', async () => {
    const wang = await loginAs(t, '13800000001');
    expect((await wang.delete('/api/me', {})).status).toBe(400);
    expect((await wang.delete('/api/me', { password: DEMO_PASSWORD.toLowerCase() })).status).toBe(422);
    expect((await wang.get('/api/me')).status).toBe(200);
  });
});
