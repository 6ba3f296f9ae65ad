import type { RouteRecordRaw } from 'vue-router';

// Live sessions will likely want `meta: { fullscreen: true }` (no tab bar) and paths under
// /disputes/… so the Disputes tab stays highlighted.
export const featureRoutes: RouteRecordRaw[] = [];
