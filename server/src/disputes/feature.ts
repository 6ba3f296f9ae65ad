import express from 'express';
import type { Feature } from '../feature.js';
import { calendarRoutes } from './calendar-routes.js';
import { evidenceRoutes } from './evidence-routes.js';
import { eraseDisputes, exportDisputes } from './personal-data.js';
import { disputeRoutes } from './routes.js';
import { installDisputeSockets } from './sockets.js';

const EVIDENCE_UPLOAD = /^\/[a-f0-9]{24}\/evidence\/[^/]+$/;
// Above the 2 MB photo limit, so that an oversized photo gets its own clear message (photo_too_large).
const photoBody = express.raw({ type: () => true, limit: '4mb' });

/** Consumer complaints: filing with photos, the case log, chat, statutory clocks, the calendar. */
export const disputesFeature: Feature = {
  name: 'disputes',
  beforeRoutes: (app) => {
    // Photo uploads are raw image bodies, not JSON; read only for signed-in callers (the route checks the rest).
    app.use('/api/disputes', (req, res, next) => {
      if (req.method === 'PUT' && res.locals.principal && EVIDENCE_UPLOAD.test(req.path)) photoBody(req, res, next);
      else next();
    });
  },
  routes: (ctx) => [...disputeRoutes(ctx), ...evidenceRoutes(ctx), ...calendarRoutes(ctx)],
  sockets: installDisputeSockets,
  personalData: {
    export: (userId) => exportDisputes(userId),
    erase: (userId, ctx) => eraseDisputes(userId, ctx),
  },
};
