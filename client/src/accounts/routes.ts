import type { RouteRecordRaw } from 'vue-router';

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/me',
    name: 'me',
    component: () => import('./MePage.vue'),
    meta: { titleKey: 'accounts.title' },
  },
];
