import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, type EffectScope } from 'vue';
import { setLocale } from '@client/i18n';
import { clearDashboard } from './dashboard-cache';
import { dashboardFixture } from './fixtures.test-support';
import { useDashboard as makeDashboard } from './useDashboard';

// As inside a page: the watchers end with the scope, as they do when the page unmounts.
let scopes: EffectScope[] = [];
function useDashboard() {
  const scope = effectScope();
  scopes.push(scope);
  const state = scope.run(makeDashboard);
  if (!state) throw new Error('no state');
  return state;
}

const range = { from: '2026-11-21', to: '2026-11-27' };
const ok = () => new Response(JSON.stringify(dashboardFixture()), { headers: { 'content-type': 'application/json' } });

describe('loading the dashboard', () => {
  beforeEach(() => {
    clearDashboard();
    setLocale('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    scopes.forEach((scope) => scope.stop());
    scopes = [];
  });

  it('asks for the range shown, in the app’s language', async () => {
    const fetch = vi.fn(async () => ok());
    vi.stubGlobal('fetch', fetch);
    const { dashboard, cachedAt, load } = useDashboard();

    await load(range);

    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/statistics/dashboard?from=2026-11-21&to=2026-11-27');
    expect(new Headers(init.headers).get('Accept-Language')).toBe('zh-CN');
    expect(dashboard.value?.scans.total).toBe(1234);
    expect(cachedAt.value).toBeNull();
  });

  it('offline, shows the last dashboard loaded in this tab and says when it was loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ok()),
    );
    await useDashboard().load(range);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );

    const { dashboard, cachedAt, error, load } = useDashboard();
    await load({ from: '2026-10-29', to: '2026-11-27' });

    expect(dashboard.value?.range).toEqual(range);
    expect(cachedAt.value).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(error.value).toBe('');
  });

  it('offline with nothing loaded before, says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { dashboard, error, load } = useDashboard();
    await load(range);
    expect(dashboard.value).toBeNull();
    expect(error.value).not.toBe('');
  });

  it('asks again when the language changes: labels and names come in the language of the request', async () => {
    const fetch = vi.fn(async () => ok());
    vi.stubGlobal('fetch', fetch);
    const { load } = useDashboard();
    await load(range);

    setLocale('en');
    await nextTick();

    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const [url, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe('/api/statistics/dashboard?from=2026-11-21&to=2026-11-27');
    expect(new Headers(init.headers).get('Accept-Language')).toBe('en');
  });
});
