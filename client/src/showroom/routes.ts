import type { RouteRecordRaw } from 'vue-router';

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/showroom',
    name: 'showroom',
    component: () => import('./ShowroomHomePage.vue'),
    meta: { titleKey: 'showroom.title' },
  },
];
