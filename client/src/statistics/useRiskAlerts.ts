import { getCurrentScope, onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue';
import { StatisticsEvents } from '@shared/statistics/events.js';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { currentLocale } from '@client/i18n';
import { onEvent } from '@client/shell/realtime';
import { fetchRiskAlerts } from './api';
import { withAlert } from './risk';

/**
 * The active product risk alerts, and each new one as it is raised (officers and admins get
 * `risk:alert` in their role rooms without joining anything).
 */
export function useRiskAlerts(): { alerts: Ref<RiskAlert[]>; error: Ref<string>; load: () => Promise<void> } {
  const alerts = shallowRef<RiskAlert[]>([]);
  const error = ref('');

  async function load(): Promise<void> {
    try {
      const loaded = await fetchRiskAlerts();
      // The server's copy wins (named in the reader's language); alerts that arrived while loading stay.
      const known = new Set(loaded.map((a) => a.id));
      alerts.value = alerts.value.filter((a) => !known.has(a.id)).reduce(withAlert, loaded);
      error.value = '';
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure);
    }
  }

  const stop = onEvent<RiskAlert>(StatisticsEvents.riskAlert, (alert) => {
    alerts.value = withAlert(alerts.value, alert);
    // Pushed alerts name the product in the park's language (zh-CN): the list names it in the reader's.
    void load();
  });
  if (getCurrentScope()) onScopeDispose(stop);
  // Product names come in the language of the request.
  watch(currentLocale, () => void load());

  return { alerts, error, load };
}
