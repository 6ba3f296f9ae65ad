import type { RouteRecordRaw } from 'vue-router';

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/disputes',
    name: 'disputes',
    component: () => import('./DisputesHomePage.vue'),
    meta: { titleKey: 'disputes.title' },
  },
];
