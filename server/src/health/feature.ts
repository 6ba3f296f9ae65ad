import { HealthSchema } from '@shared/api/health.js';
import { databaseAnswers } from '../db/connect.js';
import type { Feature } from '../feature.js';
import { AppError } from '../http/errors.js';
import { defineRoute } from '../http/route.js';

export const healthFeature: Feature = {
  name: 'health',
  routes: (ctx) => [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Liveness and database status',
      tags: ['health'],
      policy: { name: 'health.read', allow: 'anyone' },
      responses: { 200: { description: 'Up', schema: HealthSchema }, 503: { description: 'Database unreachable' } },
      handler: async ({ res }) => {
        res.set('Cache-Control', 'no-store');
        if (!(await databaseAnswers())) {
          throw new AppError(503, 'db_unavailable', 'The database is not reachable right now.', { db: ctx.db });
        }
        return { status: 'ok', db: ctx.db };
      },
    }),
  ],
};
