import { watch } from 'vue';
import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { useAuthStore } from '@client/accounts/store';
import { loadStatisticsMessages } from './load-messages';

function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadStatisticsMessages()]))[0];
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/statistics',
    name: 'statistics',
    // Chart.js comes with this page only.
    component: page(() => import('./StatisticsDashboardPage.vue')),
    meta: { titleKey: 'statistics.title', roles: ['officer', 'admin'] },
  },
  {
    path: '/statistics/merchants',
    name: 'statistics-merchants',
    component: page(() => import('./StatisticsMerchantsPage.vue')),
    meta: { titleKey: 'statistics.titles.merchants', roles: ['officer', 'admin'] },
  },
  {
    path: '/statistics/merchants/:merchantId',
    name: 'statistics-merchant',
    component: page(() => import('./StatisticsMerchantPage.vue')),
    meta: { titleKey: 'statistics.titles.merchant', roles: ['officer', 'admin'] },
  },
];

/**
 * Officers and admins hear of a product risk alert on whatever page they are: once such a user is
 * signed in (the cached user counts), the small live-alert module loads and listens. Nobody else
 * loads anything.
 */
function listenForRiskAlertsWhenStaff(): void {
  if (typeof window === 'undefined') return;
  const start = () => {
    try {
      const auth = useAuthStore();
      watch(
        () => auth.hasRole('officer', 'admin'),
        (staff) => {
          if (staff) void import('./live-alerts').then(({ startRiskToasts }) => startRiskToasts());
        },
        { immediate: true },
      );
    } catch {
      // No app (pinia) in this context, e.g. a unit test importing the routes.
    }
  };
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', () => setTimeout(start, 0), { once: true });
}

listenForRiskAlertsWhenStaff();
