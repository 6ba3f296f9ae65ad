import type { RouteComponent, RouteLocation, RouteRecordRaw } from 'vue-router';
import { loadShowroomMessages } from './load-messages';

/** A lazy page that renders only once the showroom's texts are there. */
function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadShowroomMessages()]))[0];
}

const GTIN_DIGITS = /^\d{8,13}$/;

/** A GS1 Digital Link on our host (`/01/<gtin>[/10/<lot>][/21/<serial>]?…`) opens the product page. */
function toProductPage(to: RouteLocation) {
  const { gtin, lot, serial } = to.params;
  const code = String(gtin);
  const query = { ...to.query };
  if (typeof lot === 'string') query.lot = lot;
  if (typeof serial === 'string') query.serial = serial;
  return { path: `/showroom/products/${GTIN_DIGITS.test(code) ? code.padStart(14, '0') : code}`, query };
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/showroom',
    name: 'showroom',
    component: page(() => import('./ShowroomHomePage.vue')),
    meta: { titleKey: 'showroom.title' },
  },
  {
    path: '/showroom/scan',
    name: 'showroom-scan',
    component: page(() => import('./ShowroomScanPage.vue')),
    meta: { titleKey: 'showroom.titles.scan' },
  },
  {
    path: '/showroom/products/:gtin',
    name: 'showroom-product',
    component: page(() => import('./ShowroomProductPage.vue')),
    meta: { titleKey: 'showroom.titles.product' },
  },
  {
    path: '/showroom/guide/:merchantId?',
    name: 'showroom-guide',
    component: page(() => import('./ShowroomGuidePage.vue')),
    meta: { titleKey: 'showroom.titles.guide' },
  },
  {
    path: '/showroom/officer',
    name: 'showroom-officer',
    component: page(() => import('./ShowroomOfficerPage.vue')),
    meta: { titleKey: 'showroom.titles.officer', roles: ['officer', 'admin'] },
  },
  { path: '/01/:gtin', redirect: toProductPage },
  { path: '/01/:gtin/10/:lot', redirect: toProductPage },
  { path: '/01/:gtin/10/:lot/21/:serial', redirect: toProductPage },
  { path: '/01/:gtin/21/:serial', redirect: toProductPage },
];

/** After `load`, how long the first page has to settle before the sync's code (idb, zod) runs. */
const SYNC_AFTER_LOAD_MS = 1000;

/**
 * The offline catalogue syncs from app start, whatever page opens first, and again whenever the
 * connection comes back. Its code loads once the first page has loaded and the main thread is idle,
 * so a slow phone draws and answers the first screen before parsing the sync (a scan that needs
 * the catalogue earlier starts the sync itself).
 */
function syncCatalogueFromStart(): void {
  if (typeof window === 'undefined' || typeof indexedDB === 'undefined') return;
  const start = () =>
    void import('./store')
      .then(({ useShowroomStore }) => useShowroomStore().startBackgroundSync())
      .catch(() => undefined);
  const whenIdle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0);
  const afterLoad = () => setTimeout(whenIdle, SYNC_AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

syncCatalogueFromStart();
