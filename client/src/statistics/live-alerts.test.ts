import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { setLocale } from '@client/i18n';
import { alertFixture } from './fixtures.test-support';

const listeners = new Map<string, (payload: unknown) => void>();
let roles = ['officer'];
vi.mock('@client/shell/realtime', () => ({
  onEvent: (event: string, handler: (payload: unknown) => void) => {
    listeners.set(event, handler);
    return () => listeners.delete(event);
  },
}));
vi.mock('@client/accounts/store', () => ({
  useAuthStore: () => ({ hasRole: (...wanted: string[]) => wanted.some((r) => roles.includes(r)) }),
}));
const push = vi.fn();
vi.mock('@client/router', () => ({ router: { push } }));

const { startRiskToasts } = await import('./live-alerts');

async function receive(alert: RiskAlert): Promise<void> {
  listeners.get('risk:alert')?.(alert);
  await vi.waitFor(() => expect(document.querySelector('.statistics-live__alert')).not.toBeNull());
}

describe('live risk banner for officers', () => {
  afterEach(() => {
    document.querySelector('.statistics-live')?.replaceChildren();
    roles = ['officer'];
  });

  it('is a polite status region on the page before any alert arrives', () => {
    setLocale('en');
    startRiskToasts();
    const region = document.querySelector('.statistics-live');
    expect(region?.getAttribute('role')).toBe('status');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe('');
  });

  it('announces an alert with a way to the batch, and closes', async () => {
    startRiskToasts();
    await receive(alertFixture());
    const region = document.querySelector('.statistics-live');
    expect(region?.querySelector('p')?.textContent).toBe(
      'Risk alert: 2 complaints about batch A010552 of Manuka honey in 30 days.',
    );
    const [view, close] = [...(region?.querySelectorAll('button') ?? [])];
    expect([view?.textContent, close?.textContent]).toEqual(['View', 'Close']);

    view?.click();
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/showroom/products/09304967152415?lot=A010552'));
    expect(region?.textContent).toBe('');
  });

  it('shows nothing to someone who is no longer an officer or admin', async () => {
    startRiskToasts();
    roles = ['consumer'];
    listeners.get('risk:alert')?.(alertFixture());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('.statistics-live')?.textContent).toBe('');
  });
});
