import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { loadMediationMessages } from './load-messages';

function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadMediationMessages()]))[0];
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/mediation',
    name: 'mediation',
    component: page(() => import('./MediationQueuePage.vue')),
    meta: { titleKey: 'mediation.title', roles: ['mediator', 'admin'] },
  },
  {
    path: '/mediation/cases/:id',
    name: 'mediation-case',
    component: page(() => import('./MediationCasePage.vue')),
    // Without the tab bar: timeline, chat and actions need the height at 320 px.
    meta: { titleKey: 'mediation.titles.case', roles: ['mediator', 'admin'], fullscreen: true },
  },
];
