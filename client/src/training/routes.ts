import type { RouteRecordRaw } from 'vue-router';

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/training',
    name: 'training',
    component: () => import('./TrainingHomePage.vue'),
    meta: { titleKey: 'training.title' },
  },
];
