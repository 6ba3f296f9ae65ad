import { domainEventsOf } from '../domain-events.js';
import type { Feature } from '../feature.js';
import { checkProductRisk } from './risk-alerts.js';
import { statisticsRoutes } from './routes.js';
import { seedStatisticsDemo } from './seed.js';

/**
 * Officers' statistics, merchant credit and product risk alerts (issue #8). It holds no personal data:
 * scans carry no user id, alerts only case numbers and counts, and complaints stay in disputes, which
 * erases them with the account.
 *
 * Coupling to disputes: disputes publishes `case.filed` on the app's in-process domain-event bus and
 * does not know this feature; we subscribe here. The bus logs and swallows a listener's failure, so a
 * failed risk check never fails a filing.
 */
export const statisticsFeature: Feature = {
  name: 'statistics',
  routes: statisticsRoutes,
  sockets: (ctx) => {
    // Alerts go to the officers' and admins' role rooms, which every staff socket joins at connection.
    domainEventsOf(ctx).on('case.filed', async (filed, eventCtx) => {
      await checkProductRisk(eventCtx, filed);
    });
  },
};

/**
 * The statistics' demo history. A feature of its own because it must seed after the showroom (its
 * merchants) and disputes, while the statistics routes are mounted before the showroom's.
 */
export const statisticsDemoFeature: Feature = {
  name: 'statistics-demo',
  seed: async (ctx) => {
    if (ctx.demo) await seedStatisticsDemo(ctx);
  },
};
