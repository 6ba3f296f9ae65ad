import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newConsumer, signIn, type Caller } from '../disputes/support.js';

const NOW = new Date('2026-11-23T09:00:00+08:00');
let t: TestApp;
let callers: Record<'consumer' | 'mediator' | 'officer' | 'admin', Caller>;
beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  callers = {
    consumer: await newConsumer(t),
    mediator: await signIn(t, 'mediator@lugang.example'),
    officer: await signIn(t, 'officer@lugang.example'),
    admin: await signIn(t, 'admin@lugang.example'),
  };
});
afterAll(() => t?.close());

const anonymous = (path: string) => fetch(`${t.baseUrl}${path}`).then((r) => r.status);

describe('who may read statistics, credit and risk', () => {
  const table: { path: string; allowed: (keyof typeof callers)[] }[] = [
    { path: '/api/statistics/dashboard', allowed: ['officer', 'admin'] },
    { path: '/api/statistics/export/complaints-by-state', allowed: ['officer', 'admin'] },
    { path: '/api/merchants/credit', allowed: ['officer', 'admin'] },
    { path: '/api/merchants/m-tasman/credit', allowed: ['officer', 'admin'] },
    { path: '/api/risk/alerts', allowed: ['officer', 'admin'] },
    { path: '/api/products/09304967152415/risk', allowed: ['officer', 'admin', 'mediator'] },
  ];

  for (const { path, allowed } of table) {
    it(`GET ${path}: anonymous 401, ${allowed.join('/')} 200, others 403`, async () => {
      expect(await anonymous(path)).toBe(401);
      for (const [role, caller] of Object.entries(callers)) {
        const res = await caller.get(path);
        expect({ role, status: res.status }).toEqual({
          role,
          status: allowed.includes(role as keyof typeof callers) ? 200 : 403,
        });
      }
    });
  }

  it('keeps the park guide’s merchant page public next to the credit routes', async () => {
    const guide = await fetch(`${t.baseUrl}/api/merchants/m-tasman`);
    expect(guide.status).toBe(200);
    expect((await guide.json()).merchant.id).toBe('m-tasman');
  });
});

describe('bad input gets a 400 that says what to fix', () => {
  const cases: { path: string; code: string; says: string }[] = [
    { path: '/api/statistics/dashboard?from=2026-13-01', code: 'validation_failed', says: 'YYYY-MM-DD' },
    { path: '/api/statistics/dashboard?to=yesterday', code: 'validation_failed', says: 'YYYY-MM-DD' },
    {
      path: '/api/statistics/dashboard?from=2026-11-20&to=2026-11-01',
      code: 'validation_failed',
      says: 'The start date must not be after the end date.',
    },
    // Only `from`: the end is today (23 Nov), which is before it.
    {
      path: '/api/statistics/dashboard?from=2026-12-01',
      code: 'invalid_range',
      says: 'is after the end date 2026-11-23',
    },
    {
      path: '/api/statistics/dashboard?from=2025-01-01&to=2026-01-02',
      code: 'range_too_long',
      says: 'covers 367 days; at most 366 are allowed',
    },
    {
      path: '/api/statistics/export/complaints-by-state?from=2025-01-01&to=2026-06-01',
      code: 'range_too_long',
      says: 'at most 366',
    },
    { path: '/api/statistics/export/everything', code: 'validation_failed', says: 'scans-by-day' },
    { path: '/api/statistics/dashboard?from=2026-11-01&user=1', code: 'validation_failed', says: 'user' },
    { path: '/api/products/123/risk', code: 'validation_failed', says: '14 digits' },
  ];
  for (const { path, code, says } of cases) {
    it(`${path} → 400 ${code}`, async () => {
      const res = await callers.officer.get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toContain(says);
    });
  }

  it('answers 404 for the credit of a merchant the showroom does not have', async () => {
    const res = await callers.officer.get('/api/merchants/m-nobody/credit');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('The merchant was not found.');
  });

  it('serves the dashboard for the last 30 days up to today when no range is given', async () => {
    const res = await callers.officer.get('/api/statistics/dashboard');
    expect(res.body.range).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(res.body.scans.byDay).toHaveLength(30);
  });
});

describe('the API description', () => {
  it('documents the statistics routes', async () => {
    const doc = await (await fetch(`${t.baseUrl}/api/openapi.json`)).json();
    for (const path of [
      '/api/statistics/dashboard',
      '/api/statistics/export/{table}',
      '/api/merchants/credit',
      '/api/merchants/{merchantId}/credit',
      '/api/risk/alerts',
      '/api/products/{gtin}/risk',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
