import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@shared/accounts/roles.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, NO_SUCH_ID, loginAs } from './client.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

type Mounted = { method: string; path: string };
type Layer = {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[]; routers?: Array<{ stack: Layer[] }> };
  rawPath?: unknown;
};

/**
 * Routes served outside `defineRoute` on purpose. Each entry needs a reason; anything else under
 * /api without a spec and a policy fails this file.
 */
const OUTSIDE_SPECS: Record<string, string> = {
  'get /api/openapi.json': 'the public API description, generated from the specs themselves',
};

/** Every route registered in the Express app (Express 5 / router 2), nested routers included. */
function mountedRoutes(): Mounted[] {
  const found: Mounted[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths: string[] = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) {
          for (const path of paths) found.push({ method, path: path === '/' && prefix ? prefix : `${prefix}${path}` });
        }
      } else if (layer.handle?.routers) {
        for (const router of layer.handle.routers) walk(router.stack, prefix); // the API's grouped routes
      } else if (Array.isArray(layer.handle?.stack)) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle!.stack!, `${prefix}${mount}`);
      }
    }
  };
  walk((t.app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return found;
}

const key = (r: { method: string; path: string }) => `${r.method.toLowerCase()} ${r.path}`;
const withDummyParams = (path: string) => path.replace(/[:*]([A-Za-z0-9_]+)/g, NO_SUCH_ID).replace(/[{}]/g, '');
const protectedSpecs = () => t.routes.filter((r) => r.policy.allow !== 'anyone');

async function call(client: Client, method: string, path: string) {
  const url = withDummyParams(path);
  return method === 'get' ? client.get(url) : client.request(method, url, { body: {} });
}

describe('every API route declares who may call it', () => {
  it('finds the routes in the router (the walk itself works)', () => {
    const mounted = mountedRoutes().map(key);
    expect(mounted).toContain('post /api/auth/login');
    expect(mounted).toContain('get /api/me');
    expect(mounted.length).toBeGreaterThanOrEqual(t.routes.length);
  });

  it('mounts no /api route without a spec and a policy', () => {
    const specs = new Map(t.routes.map((r) => [key(r), r]));
    const missing: string[] = [];
    for (const route of mountedRoutes().filter((r) => r.path.startsWith('/api'))) {
      if (OUTSIDE_SPECS[key(route)]) continue;
      const spec = specs.get(key(route));
      const policy = spec?.policy;
      const allowOk =
        policy?.allow === 'anyone' ||
        policy?.allow === 'signed-in' ||
        (Array.isArray(policy?.allow) && policy.allow.length > 0 && policy.allow.every((r: Role) => ROLES.includes(r)));
      if (!spec || !policy?.name || !allowOk) missing.push(key(route));
    }
    expect(missing, 'routes mounted without a defineRoute spec and a valid policy').toEqual([]);
  });

  it('mounts every spec (none declared and forgotten)', () => {
    const mounted = new Set(mountedRoutes().map(key));
    expect(t.routes.map(key).filter((k) => !mounted.has(k))).toEqual([]);
  });

  it('names each policy and keeps names in the feature.action form', () => {
    for (const route of t.routes) expect(route.policy.name, key(route)).toMatch(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/);
  });

  it('serves the routes outside specs publicly and read-only', async () => {
    const mounted = new Set(mountedRoutes().map(key));
    for (const k of Object.keys(OUTSIDE_SPECS)) {
      expect(mounted.has(k), `${k} is still mounted (else drop it from the list)`).toBe(true);
      const [method, path] = k.split(' ') as [string, string];
      expect(method).toBe('get');
      const res = await new Client(t.baseUrl).get(path);
      expect(res.status, k).toBe(200);
      expect(res.headers.getSetCookie(), k).toEqual([]);
    }
  });
});

describe('authentication comes before validation', () => {
  it('answers 401 to every protected route called without a session, even with an empty body', async () => {
    const anonymous = new Client(t.baseUrl);
    const wrong: string[] = [];
    for (const route of protectedSpecs()) {
      const res = await call(anonymous, route.method, route.path);
      if (res.status !== 401 || res.body?.error?.code !== 'unauthenticated')
        wrong.push(`${key(route)} → ${res.status}`);
    }
    expect(protectedSpecs().length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('answers 401 with a forged session cookie too', async () => {
    const forged = new Client(t.baseUrl);
    forged.sid = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    for (const route of protectedSpecs()) {
      const res = await call(forged, route.method, route.path);
      expect(res.status, key(route)).toBe(401);
    }
  });

  it('answers 403 to a signed-in user without the role, before looking at the request', async () => {
    const consumer = await loginAs(t, '13800000001');
    const roleRoutes = t.routes.filter((r) => Array.isArray(r.policy.allow) && !r.policy.allow.includes('consumer'));
    expect(roleRoutes.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const route of roleRoutes) {
      const res = await call(consumer, route.method, route.path);
      if (res.status !== 403 || res.body?.error?.code !== 'forbidden') wrong.push(`${key(route)} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never answers a protected route with a server error when called anonymously with junk', async () => {
    const anonymous = new Client(t.baseUrl);
    for (const route of protectedSpecs()) {
      const url = withDummyParams(route.path) + '?x[$gt]=1&__proto__[a]=1';
      const junk =
        route.method === 'get' ? {} : { raw: '{"$where":"1"', headers: { 'content-type': 'application/json' } };
      const res = await anonymous.request(route.method, url, junk);
      expect(res.status, key(route)).toBeLessThan(500);
    }
  });
});
