import { createRouter, createWebHistory } from '@ionic/vue-router';
import type { RouteRecordRaw } from 'vue-router';
import { featureRoutes as accounts } from './accounts/routes';
import { featureRoutes as disputes } from './disputes/routes';
import { featureRoutes as mediation } from './mediation/routes';
import AppTabs from './shell/AppTabs.vue';
import { installAuthGuard } from './shell/auth-guard';
import { featureRoutes as showroom } from './showroom/routes';
import { featureRoutes as statistics } from './statistics/routes';
import { featureRoutes as training } from './training/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page name, shown in the document title. */
    titleKey?: string;
    /** Shown without the tab bar (e.g. a live mediation session or a full-screen scanner). */
    fullscreen?: boolean;
  }
}

/**
 * Features declare their routes in `<feature>/routes.ts` with absolute paths and lazy
 * components; this file only places them inside or outside the tab layout.
 */
const features: RouteRecordRaw[] = [...showroom, ...training, ...disputes, ...mediation, ...accounts, ...statistics];

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: AppTabs,
    children: [
      { path: '', redirect: '/showroom' },
      ...features.filter((route) => !route.meta?.fullscreen),
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./shell/NotFoundPage.vue'),
        meta: { titleKey: 'shell.notFound.title' },
      },
    ],
  },
  ...features.filter((route) => route.meta?.fullscreen),
];

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
});

installAuthGuard(router);
