import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

declare module 'http' {
  interface IncomingMessage {
    /** Sent back as X-Request-Id and quoted in every error body, so a user's report finds its log line. */
    id: string;
    log: Logger;
  }
}

/**
 * One log line per API request (method, path without the query, status, time). Written by hand
 * rather than with pino-http: its per-request child logger and serializers cost a third of a bare
 * route's throughput here (`bench/`), and the showroom's resolve path is measured against that route.
 * Query strings are never logged: they may carry personal data (codes, phone numbers in searches).
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = randomUUID();
    req.id = id;
    req.log = logger;
    res.setHeader('X-Request-Id', id);
    const url = req.url;
    if (url.startsWith('/api') || url.startsWith('/01/')) {
      const start = performance.now();
      res.once('finish', () => {
        const responseTime = Math.round(performance.now() - start);
        const entry = { req: { id, method: req.method, path: url.split('?')[0] }, res: { status: res.statusCode } };
        const level = res.statusCode >= 500 ? 'error' : 'info';
        logger[level]({ ...entry, responseTime }, 'request completed');
      });
    }
    next();
  };
}
