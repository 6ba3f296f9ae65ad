import express, { type RequestHandler } from 'express';
import { rejectNulAndDeepBodies } from './reject-nul.js';

/**
 * The API's request prelude as one middleware: the JSON body when the request has one, then the
 * NUL and depth check on body and query. Requests without a body (every GET) skip the parser.
 */
export function apiBody(): RequestHandler {
  const json = express.json({ limit: '1mb', strict: true });
  return (req, res, next) => {
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return rejectNulAndDeepBodies(req, res, next);
    json(req, res, (err?: unknown) => (err ? next(err) : rejectNulAndDeepBodies(req, res, next)));
  };
}

/**
 * `app.use('/api', middleware)` without Express's mount: no prefix matching, no trimming and
 * restoring of `req.url` on every request. The middleware sees the full path.
 */
export function underApi(middleware: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const url = req.url;
    const underApi = url.startsWith('/api') && (url.length === 4 || url[4] === '/' || url[4] === '?');
    if (underApi) return middleware(req, res, next);
    next();
  };
}
