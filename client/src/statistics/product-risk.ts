import { defineAsyncComponent } from 'vue';
import { loadStatisticsMessages } from './load-messages';

/**
 * The product page's risk flag for staff, as a component that loads (with its texts) only when a
 * page renders it: the showroom shows it to officers, admins and mediators, never to consumers.
 */
export const StatisticsProductRiskFlag = defineAsyncComponent(async () => {
  const [component] = await Promise.all([import('./StatisticsProductRisk.vue'), loadStatisticsMessages()]);
  return component;
});
