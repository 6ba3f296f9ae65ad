import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLocale, setLocale } from '@client/i18n';
import { ME_STORAGE_KEY } from './session';
import { useAuthStore } from './store';

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const unauthenticated = () => json({ error: { code: 'unauthenticated', message: 'Please sign in first.' } }, 401);

const me = {
  id: 'u1',
  name: '王小明',
  phone: '13800000001',
  roles: ['consumer'],
  profile: { idNumber: '140202199001011234' },
  consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: '2026-11-01T00:00:00.000Z' },
  createdAt: '2026-11-01T00:00:00.000Z',
};
const cached = () => JSON.parse(localStorage.getItem(ME_STORAGE_KEY) ?? 'null') as unknown;
const calls = () => fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`);

describe('auth store', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('zh-CN');
    setActivePinia(createPinia());
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('load() keeps the user and remembers only id, name, roles and language on the device', async () => {
    fetchMock.mockResolvedValue(json({ user: { ...me, locale: 'zh-CN' } }));
    const auth = useAuthStore();

    await auth.load();

    expect(calls()).toEqual(['GET /api/session']);
    expect(auth.isSignedIn).toBe(true);
    expect(auth.me?.phone).toBe('13800000001');
    expect(cached()).toEqual({ id: 'u1', name: '王小明', roles: ['consumer'], locale: 'zh-CN' });
  });

  it('a visitor (no session: user null, no 401 for the browser to log) is signed out here too', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    fetchMock.mockResolvedValue(json({ user: null }));
    const auth = useAuthStore();

    await auth.load();

    expect(auth.isSignedIn).toBe(false);
    expect(cached()).toBeNull();
  });

  it('when the server says 401, the user is signed out here too', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    fetchMock.mockResolvedValue(unauthenticated());
    const auth = useAuthStore();
    expect(auth.isSignedIn).toBe(true);

    await auth.load();

    expect(auth.isSignedIn).toBe(false);
    expect(cached()).toBeNull();
  });

  it('offline, the user remembered on the device stays signed in', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['mediator'] }));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const auth = useAuthStore();

    await auth.load();

    expect(auth.me?.name).toBe('王小明');
    expect(auth.hasRole('mediator')).toBe(true);
    expect(auth.hasRole('admin', 'officer')).toBe(false);
  });

  it('signing in uses the language saved on the account', async () => {
    fetchMock.mockResolvedValue(json({ ...me, locale: 'en' }));
    const auth = useAuthStore();

    await auth.signIn({ login: '13800000001', password: 'Lugang-demo-2026' });

    expect(currentLocale()).toBe('en');
    expect(calls()).toEqual(['POST /api/auth/login']);
  });

  it('signing in saves this device’s language on an account that has none', async () => {
    fetchMock.mockResolvedValueOnce(json(me)).mockResolvedValueOnce(json({ ...me, locale: 'zh-CN' }));
    const auth = useAuthStore();

    await auth.signIn({ login: '13800000001', password: 'Lugang-demo-2026' });

    expect(calls()).toEqual(['POST /api/auth/login', 'PATCH /api/me']);
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({ locale: 'zh-CN' });
  });

  it('signing out ends the session on the server and forgets the user', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const auth = useAuthStore();

    await auth.signOut();

    expect(calls()).toEqual(['POST /api/auth/logout']);
    expect(auth.isSignedIn).toBe(false);
    expect(cached()).toBeNull();
  });

  it('signing out needs a connection: offline it fails and the user stays signed in', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const auth = useAuthStore();

    await expect(auth.signOut()).rejects.toMatchObject({ code: 'network' });
    expect(auth.isSignedIn).toBe(true);
  });

  it('the server ending the session elsewhere signs out here; its echo of our own sign-out does not', async () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    const auth = useAuthStore();
    let echo: boolean | undefined;
    fetchMock.mockImplementation(async () => {
      echo = auth.sessionEnded(); // the socket event may arrive before the HTTP answer
      return new Response(null, { status: 204 });
    });

    await auth.signOut();
    expect(echo).toBe(false);

    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    setActivePinia(createPinia());
    const again = useAuthStore();
    expect(again.sessionEnded()).toBe(true);
    expect(again.isSignedIn).toBe(false);
  });

  it('follows a sign-out in another tab', () => {
    localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id: 'u1', name: '王小明', roles: ['consumer'] }));
    const auth = useAuthStore();

    localStorage.removeItem(ME_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: ME_STORAGE_KEY, newValue: null }));

    expect(auth.isSignedIn).toBe(false);
  });
});
