import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { ADMIN, CONSUMER, Client, FORMULA, MEDIATOR, TEST_NOW, loginAs, resolve } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
});
afterAll(() => t.close());

/** Every officer route with a request that would succeed for an officer: refusals are about who asks. */
const OFFICER_ROUTES = [
  {
    method: 'post',
    path: '/api/clearance/import',
    body: { format: 'csv', content: `${FORMULA.gtin},${FORMULA.lot},500,2026-11-01 09:00` },
  },
  { method: 'post', path: `/api/batches/${FORMULA.gtin}/${FORMULA.lot}/clearance`, body: { code: 500 } },
  { method: 'post', path: '/api/labels/revocations', body: { serial: `${FORMULA.gtin}|${FORMULA.serial}` } },
] as const;

const wrongPrincipals: [string, () => Promise<Client>, number, string][] = [
  ['anonymous', async () => new Client(t.baseUrl), 401, 'unauthenticated'],
  ['a consumer', () => loginAs(t, CONSUMER), 403, 'forbidden'],
  ['a mediator', () => loginAs(t, MEDIATOR), 403, 'forbidden'],
];

describe('officer tools refuse everyone but officers and admins', () => {
  it('lists every protected showroom route here', () => {
    const protectedRoutes = t.routes.filter(
      (r) => r.policy.name.startsWith('showroom.') && r.policy.allow !== 'anyone',
    );
    expect(protectedRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      ['post /api/clearance/import', 'post /api/batches/:gtin/:lot/clearance', 'post /api/labels/revocations'].sort(),
    );
  });

  for (const route of OFFICER_ROUTES) {
    for (const [who, as, status, code] of wrongPrincipals) {
      it(`${route.method.toUpperCase()} ${route.path} answers ${status} to ${who} and changes nothing`, async () => {
        const client = await as();
        const res = await client.request(route.method, route.path, { body: route.body });
        expect(res.status).toBe(status);
        expect(res.body.error.code).toBe(code);
      });
    }
  }

  it('left the batch and the label as they were after all those refusals', async () => {
    const res = await resolve(t, `(01)${FORMULA.gtin}(10)${FORMULA.lot}(21)${FORMULA.serial}`);
    expect(res.body.clearance.at(-1).code).toBe(899);
    expect(res.body.authenticity).toBe('unsigned');
  });

  it('lets an admin use them', async () => {
    const admin = await loginAs(t, ADMIN);
    const res = await admin.post(`/api/batches/${FORMULA.gtin}/${FORMULA.lot}/clearance`, { code: 500 });
    expect(res.status).toBe(201);
  });
});
