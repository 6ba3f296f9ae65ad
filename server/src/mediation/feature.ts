import type { Feature } from '../feature.js';
import { mediationRoutes } from './routes.js';
import { seedDemoCases } from './seed.js';

/** The mediators' side of disputes: the queue, claims, revealing contact details; the demo cases. */
export const mediationFeature: Feature = {
  name: 'mediation',
  routes: mediationRoutes,
  seed: async (ctx) => {
    if (ctx.demo) await seedDemoCases(ctx);
  },
};
