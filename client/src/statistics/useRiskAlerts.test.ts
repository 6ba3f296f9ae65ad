import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { alertFixture } from './fixtures.test-support';

const listeners = new Map<string, (payload: unknown) => void>();
vi.mock('@client/shell/realtime', () => ({
  onEvent: (event: string, handler: (payload: unknown) => void) => {
    listeners.set(event, handler);
    return () => listeners.delete(event);
  },
}));
const { useRiskAlerts } = await import('./useRiskAlerts');

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('the risk alerts listed on the dashboard', () => {
  const scope = effectScope();
  afterEach(() => vi.unstubAllGlobals());

  it('lists the server’s alerts, adds one pushed live at the top, then takes the server’s copy of it', async () => {
    const older = alertFixture({ id: 'a1', raisedAt: '2026-11-26T00:00:00.000Z', productName: 'Manuka honey' });
    const pushed = alertFixture({ id: 'a2', raisedAt: '2026-11-27T00:00:00.000Z', productName: '麦卢卡蜂蜜' });
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json([older]))
      .mockResolvedValueOnce(json([{ ...pushed, productName: 'Manuka honey' }, older]));
    vi.stubGlobal('fetch', fetch);
    const state = scope.run(useRiskAlerts);
    if (!state) throw new Error('no state');

    await state.load();
    expect(state.alerts.value.map((a) => a.id)).toEqual(['a1']);

    listeners.get('risk:alert')?.(pushed satisfies RiskAlert);
    expect(state.alerts.value.map((a) => a.id)).toEqual(['a2', 'a1']);
    await vi.waitFor(() => expect(state.alerts.value[0]?.productName).toBe('Manuka honey'));
    expect(state.alerts.value.map((a) => a.id)).toEqual(['a2', 'a1']);
    scope.stop();
  });
});
