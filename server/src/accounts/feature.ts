import type { Feature } from '../feature.js';
import { onDenied } from '../http/policy.js';
import { installSocketAuth } from '../realtime/sockets.js';
import { audit } from './audit.js';
import { underApi } from '../http/api-body.js';
import { apiAccess } from './middleware.js';
import { accountRoutes } from './routes.js';
import { seedDemoAccounts } from './seed.js';
import { removeIdleSessions } from './sessions.js';

const SWEEP_EVERY_MS = 10 * 60_000;

export const accountsFeature: Feature = {
  name: 'accounts',
  beforeRoutes: (app, ctx) => {
    app.use(underApi(apiAccess(ctx)));
    onDenied((event) => {
      void audit({
        actor: event.principal,
        action: `access.${event.reason}`,
        target: event.policy,
        outcome: 'denied',
        at: ctx.now(),
      }).catch((err: unknown) => ctx.logger.error({ err }, 'audit write failed'));
    });
    const sweep = setInterval(() => void removeIdleSessions(ctx.now()).catch(() => undefined), SWEEP_EVERY_MS);
    sweep.unref();
  },
  routes: accountRoutes,
  sockets: installSocketAuth,
  seed: async ({ demo, now }) => {
    if (demo) await seedDemoAccounts(now());
  },
};
