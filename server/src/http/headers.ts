import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';

/**
 * Helmet's headers, decided once: with static directives they never depend on the request, and
 * setting a fixed list costs a tenth of helmet's chain of thirteen middlewares on every response.
 */
export function securityHeaders(config: Config) {
  const headers = fixedHeadersOf(helmetFor(config));
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Runs a middleware once on a recording response; refuses one whose headers depend on the request. */
export function fixedHeadersOf(middleware: Middleware): Array<[string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  const request = new Proxy({} as IncomingMessage, {
    get: () => {
      throw new Error('security headers must not depend on the request');
    },
  });
  let finished = false;
  middleware(request, recorder as unknown as ServerResponse, (err) => {
    if (err) throw err;
    finished = true;
  });
  if (!finished) throw new Error('security headers must be set synchronously');
  return [...headers];
}

/** CSP the PWA works under: no inline script, wasm allowed for the barcode decoder. */
function helmetFor(config: Config) {
  const https = config.publicOrigin?.startsWith('https://') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        // Ionic sets inline styles on its components at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...(config.publicOrigin ? [config.publicOrigin.replace(/^http/, 'ws')] : [])],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    // The GS1 resolver answers other origins' GET requests; it sets its own CORS headers.
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
