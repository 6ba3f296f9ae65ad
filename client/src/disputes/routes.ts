import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { loadDisputesMessages } from './load-messages';

/** A lazy page that renders only once the disputes texts are there. */
function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadDisputesMessages()]))[0];
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/disputes',
    name: 'disputes',
    component: page(() => import('./DisputesHomePage.vue')),
    meta: { titleKey: 'disputes.title' },
  },
  {
    path: '/disputes/new',
    name: 'disputes-new',
    component: page(() => import('./DisputesNewPage.vue')),
    meta: { titleKey: 'disputes.titles.new', requiresAuth: true },
  },
  {
    path: '/disputes/cases/:id',
    name: 'disputes-case',
    component: page(() => import('./DisputesCasePage.vue')),
    // Without the tab bar: the chat needs the height at 320 px.
    meta: { titleKey: 'disputes.titles.case', requiresAuth: true, fullscreen: true },
  },
];
