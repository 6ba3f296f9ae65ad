import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, freshPhone, loginAs, signUp } from './client.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const consent = { privacyNoticeVersion: '2026-11-01' };
const signupWith = (password: string, phone = freshPhone()) =>
  new Client(t.baseUrl).post('/api/auth/signup', { phone, name: '测试', password, consent });
const login = (loginName: string, password: string) =>
  new Client(t.baseUrl).post('/api/auth/login', { login: loginName, password });
const seconds = (n: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + n * 1000);
};

describe('password rules', () => {
  it('refuses a too short password with 400 naming the field', async () => {
    const res = await signupWith('Ab1!x');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain('password');
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'body.password', message: 'Use at least 8 characters.' }),
    );
  });

  it('refuses an over-long password with 400 (no unbounded hashing work)', async () => {
    const res = await signupWith('x'.repeat(10_000));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('body.password');
  });

  for (const common of ['password123', '12345678', 'qwertyuiop', 'PASSWORD123']) {
    it(`refuses the common password "${common}" with 422 weak_password`, async () => {
      const res = await signupWith(common);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('weak_password');
      expect(res.body.error.details).toEqual({ field: 'password' });
    });
  }

  it('refuses a password that contains the mobile number', async () => {
    const phone = freshPhone();
    const res = await signupWith(`x${phone}!`, phone);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('weak_password');
  });

  it('applies the same rules to a new password', async () => {
    const { client, password } = await signUp(t);
    const res = await client.post('/api/me/password', { currentPassword: password, newPassword: '12345678' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('weak_password');
    expect((await client.get('/api/me')).status).toBe(200);
  });
});

describe('failed sign-ins', () => {
  // Every test starts with no lock on this address or its accounts: the throttle window is 15 minutes.
  afterEach(() => seconds(16 * 60));

  it('answers an unknown account and a wrong password alike', async () => {
    const unknown = await login('13999999999', 'Some-wrong-password-1');
    const wrong = await login('13800000002', 'Some-wrong-password-1');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe(unknown.body.error.code);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(unknown.body.error.message).not.toMatch(/exist|unknown|not found|no such/i);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('throttles repeated wrong passwords with 429 and a Retry-After in seconds', async () => {
    const { phone, password } = await signUp(t);
    const statuses: number[] = [];
    let throttled: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 10 && !throttled; i += 1) {
      const res = await login(phone, `Wrong-password-${i}`);
      statuses.push(res.status);
      if (res.status === 429) throttled = res;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(throttled, `statuses: ${statuses.join(',')}`).toBeDefined();
    const retryAfter = throttled!.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(throttled!.body.error.code).toBe('too_many_attempts');
    // While locked even the right password is refused; after the wait it works.
    expect((await login(phone, password)).status).toBe(429);
    seconds(Number(retryAfter));
    expect((await login(phone, password)).status).toBe(200);
  });

  it('locks longer after each further failure', async () => {
    const { phone } = await signUp(t);
    const waits: number[] = [];
    for (let i = 0; i < 12 && waits.length < 3; i += 1) {
      const res = await login(phone, `Wrong-password-${i}`);
      if (res.status === 429) {
        waits.push(Number(res.headers.get('retry-after')));
        seconds(waits.at(-1)!); // wait it out, then fail again
      }
    }
    expect(waits).toHaveLength(3);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(waits[2]!).toBeGreaterThan(waits[1]!);
  });

  it('does not let parallel guesses slip past the limit', async () => {
    const { phone } = await signUp(t);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => login(phone, `Parallel-guess-${i}`)));
    const evaluated = results.filter((r) => r.status === 401).length;
    const throttled = results.filter((r) => r.status === 429).length;
    expect(evaluated + throttled).toBe(12);
    expect(evaluated, `${evaluated} of 12 parallel guesses were checked against the password`).toBeLessThanOrEqual(6);
  });

  it('throttles one address that tries many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) statuses.push((await login(freshPhone(), 'Spray-password-1')).status);
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(20);
    // A sprayed address is locked for other accounts too, until the wait is over.
    expect((await login('13800000001', 'Lugang-demo-2026')).status).toBe(429);
    seconds(16 * 60);
    expect((await login('13800000001', 'Lugang-demo-2026')).status).toBe(200);
  });

  it('records failed and throttled sign-ins in the audit log, without the password', async () => {
    const admin = await loginAs(t, 'admin@lugang.example');
    const res = await admin.get('/api/audit?action=auth.login&limit=500');
    expect(res.status).toBe(200);
    const outcomes = new Set(res.body.map((e: { outcome: string }) => e.outcome));
    expect(outcomes).toContain('failed');
    expect(outcomes).toContain('throttled');
    expect(outcomes).toContain('ok');
    const failed = res.body.find(
      (e: { outcome: string; target?: string }) => e.outcome === 'failed' && e.target === '13999999999',
    );
    expect(failed).toMatchObject({ action: 'auth.login', ip: expect.any(String) });
    expect(res.text).not.toContain('Some-wrong-password-1');
    expect(res.text).not.toContain('Wrong-password-');
    expect(res.text).not.toContain('Lugang-demo-2026');
  });
});
