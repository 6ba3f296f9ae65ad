import type { NextFunction, Request, Response } from 'express';
import type { AppContext } from '../feature.js';
import { forbidden } from '../http/errors.js';
import { audit } from './audit.js';
import { readSessionCookie, resolveSession } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin this request was sent to, as the browser sees it. */
export function ownOrigin(req: Request, ctx: AppContext): string {
  return ctx.config.publicOrigin ?? `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * CSRF: a state-changing request is refused when the browser says it comes from another site.
 * Browsers send Origin on every cross-origin POST and Sec-Fetch-Site on all requests, so no token is needed.
 */
export function csrfGuard(ctx: AppContext) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const crossSite =
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && origin !== ownOrigin(req, ctx));
    if (!crossSite) return next();
    audit({
      actor: null,
      action: 'security.cross_site_request',
      target: req.path,
      outcome: 'denied',
      ip: req.ip,
      at: ctx.now(),
      details: { origin, site },
    }).then(() => next(forbidden('Requests from other sites are not accepted.')), next);
  };
}

// Not async: most showroom requests carry no session, and they should not pay for a promise.
export function sessionMiddleware(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const sid = readSessionCookie(req);
    if (!sid) {
      res.locals.principal = null;
      return next();
    }
    resolveSession(sid, ctx.now()).then((principal) => {
      res.locals.principal = principal;
      // Personal data must never sit in a shared or service-worker cache.
      if (principal) res.setHeader('Cache-Control', 'no-store');
      next();
    }, next);
  };
}

/** Who is asking, then the cross-site check: one middleware in front of every API route. */
export function apiAccess(ctx: AppContext) {
  const session = sessionMiddleware(ctx);
  const csrf = csrfGuard(ctx);
  return (req: Request, res: Response, next: NextFunction): void =>
    session(req, res, (err?: unknown) => (err ? next(err) : csrf(req, res, next)));
}
