import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { installAuthGuard, safeRedirect } from './auth-guard';

const Page = { template: '<div />' };
const routes: RouteRecordRaw[] = [
  { path: '/showroom', component: Page },
  { path: '/me', component: Page },
  { path: '/me/sign-in', component: Page },
  { path: '/me/not-for-role', component: Page },
  { path: '/me/profile', component: Page, meta: { requiresAuth: true } },
  { path: '/mediation', component: Page, meta: { roles: ['mediator'] } },
  {
    path: '/staff',
    component: Page,
    meta: { requiresAuth: true },
    children: [{ path: 'desk', component: Page, meta: { roles: ['officer'] } }],
  },
];

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const me = (roles: string[]) => ({
  id: 'u1',
  name: '张调解',
  roles,
  profile: {},
  consent: { privacyNoticeVersion: 'x', acceptedAt: '' },
  createdAt: '',
});
const session = (roles: string[]) => ({ user: me(roles) });

async function navigate(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes });
  installAuthGuard(router);
  await router.push(path);
  return router.currentRoute.value;
}

describe('auth guard', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('lets anyone open public pages without asking the server', async () => {
    const route = await navigate('/showroom');

    expect(route.path).toBe('/showroom');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a signed-out user to sign in, remembering where they wanted to go', async () => {
    fetchMock.mockResolvedValue(json({ user: null }));

    const route = await navigate('/me/profile?tab=id');

    expect(route.path).toBe('/me/sign-in');
    expect(route.query.redirect).toBe('/me/profile?tab=id');
  });

  it('lets a signed-in user through', async () => {
    fetchMock.mockResolvedValue(json(session(['consumer'])));

    const route = await navigate('/me/profile');

    expect(route.path).toBe('/me/profile');
  });

  it('offline, trusts the user remembered on the device', async () => {
    localStorage.setItem('lugang.me', JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const route = await navigate('/me/profile');

    expect(route.path).toBe('/me/profile');
  });

  it('shows a "not for your role" page to a user without the role', async () => {
    fetchMock.mockResolvedValue(json(session(['consumer'])));

    const route = await navigate('/mediation');

    expect(route.path).toBe('/me/not-for-role');
    expect(route.query.from).toBe('/mediation');
  });

  it('lets a mediator into mediation', async () => {
    fetchMock.mockResolvedValue(json(session(['mediator'])));

    expect((await navigate('/mediation')).path).toBe('/mediation');
  });

  it('checks the roles of nested routes too', async () => {
    fetchMock.mockResolvedValue(json(session(['consumer'])));

    expect((await navigate('/staff/desk')).path).toBe('/me/not-for-role');
  });
});

describe('redirect after sign-in', () => {
  it.each([
    ['/me/profile', '/me/profile'],
    ['/training/courses?x=1', '/training/courses?x=1'],
    ['//evil.example/phish', '/me'],
    ['/\\evil.example', '/me'],
    ['https://evil.example', '/me'],
    [undefined, '/me'],
    [['/disputes'], '/disputes'],
  ])('%s → %s', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected);
  });
});
