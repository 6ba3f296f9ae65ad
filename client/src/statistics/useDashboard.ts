import { ref, shallowRef, watch, type Ref } from 'vue';
import type { Dashboard } from '@shared/statistics/schemas.js';
import { currentLocale } from '@client/i18n';
import { ApiError } from '@client/shell/api';
import { fetchDashboard } from './api';
import { readDashboard, saveDashboard } from './dashboard-cache';
import type { DayRange } from './range';

export type DashboardState = {
  dashboard: Ref<Dashboard | null>;
  loading: Ref<boolean>;
  /** The server's or the network's message when the last load failed. */
  error: Ref<string>;
  /** Set when the figures shown are the last ones saved in this tab (offline), with when they were loaded. */
  cachedAt: Ref<string | null>;
  load: (range: DayRange) => Promise<void>;
};

/** Loads the dashboard for a range; offline, falls back to the last one loaded in this tab. */
export function useDashboard(): DashboardState {
  const dashboard = shallowRef<Dashboard | null>(null);
  const loading = ref(false);
  const error = ref('');
  const cachedAt = ref<string | null>(null);
  let controller: AbortController | null = null;
  let lastRange: DayRange | null = null;

  async function load(range: DayRange): Promise<void> {
    lastRange = range;
    controller?.abort();
    const mine = (controller = new AbortController());
    loading.value = true;
    error.value = '';
    try {
      const fresh = await fetchDashboard(range, mine.signal);
      if (mine !== controller) return;
      dashboard.value = fresh;
      cachedAt.value = null;
      saveDashboard(fresh);
    } catch (failure) {
      if (mine !== controller || (failure instanceof DOMException && failure.name === 'AbortError')) return;
      const offline = failure instanceof ApiError && failure.code === 'network';
      const cached = offline ? readDashboard() : null;
      if (cached) {
        dashboard.value = cached.dashboard;
        cachedAt.value = cached.savedAt;
      } else {
        error.value = failure instanceof Error ? failure.message : String(failure);
        if (offline) dashboard.value = null;
      }
    } finally {
      if (mine === controller) loading.value = false;
    }
  }

  // Status labels, product and course names come in the language of the request.
  watch(currentLocale, () => {
    if (lastRange) void load(lastRange);
  });

  return { dashboard, loading, error, cachedAt, load };
}
