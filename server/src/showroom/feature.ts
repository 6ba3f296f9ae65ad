import { PRODUCT_ROOM_PREFIX } from '@shared/showroom/events.js';
import type { Feature } from '../feature.js';
import { registerRoomRule } from '../realtime/sockets.js';
import { guideBootScreens } from './guide-boot-screen.js';
import { officerRoutes } from './officer-routes.js';
import { publicRoutes } from './public-routes.js';
import { showroomOf } from './showroom.js';

let productRoomsRegistered = false;

/** Scan-to-provenance, the park guide, offline catalogue sync, signed labels and customs officers' tools. */
export const showroomFeature: Feature = {
  name: 'showroom',
  routes: (ctx) => [...publicRoutes(ctx, showroomOf(ctx)), ...officerRoutes(ctx, showroomOf(ctx))],
  bootScreens: guideBootScreens,
  sockets: () => {
    // Room rules are process-wide; several test apps may share a process.
    if (productRoomsRegistered) return;
    productRoomsRegistered = true;
    // Product data is public: anyone may follow a product, signed in or not.
    registerRoomRule({ prefix: PRODUCT_ROOM_PREFIX, authorize: (_principal, gtin) => /^\d{14}$/.test(gtin) });
  },
  seed: (ctx) => showroomOf(ctx).seed(ctx.demo),
  // Scan statistics are written a second behind: the last second's scans would be lost at a restart.
  stop: (ctx) => showroomOf(ctx).scans.flush(),
};
