import type { Dashboard } from '@shared/statistics/schemas.js';

/**
 * The last dashboard loaded in this tab, for when the connection drops. Session storage only: the
 * figures are staff data, and they should not outlive the browsing session on a shared device.
 */
const KEY = 'lugang.statistics.dashboard';

export type CachedDashboard = { savedAt: string; dashboard: Dashboard };

export function saveDashboard(dashboard: Dashboard, now: Date = new Date()): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ savedAt: now.toISOString(), dashboard }));
  } catch {
    // Full or blocked storage: the page still works online.
  }
}

export function readDashboard(): CachedDashboard | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<CachedDashboard>;
    return typeof value.savedAt === 'string' && value.dashboard ? (value as CachedDashboard) : null;
  } catch {
    return null;
  }
}

export function clearDashboard(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
