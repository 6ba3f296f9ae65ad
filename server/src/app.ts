import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import { Server as SocketServer } from 'socket.io';
import { SESSION_COOKIE } from './accounts/sessions.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@shared/showroom/locale.js';
import type { BootValues } from '@shared/shell/boot-template.js';
import { clientShell } from './client-shell.js';
import type { Config } from './config.js';
import type { DbInfo } from './db/connect.js';
import type { AppContext, Feature, RecordBootScreen } from './feature.js';
import { AppError, errorMiddleware } from './http/errors.js';
import { securityHeaders } from './http/headers.js';
import { apiBody, underApi } from './http/api-body.js';
import { requestLog } from './http/request-log.js';
import { buildOpenApi } from './http/openapi.js';
import { groupedApiRouter, type AnyRoute } from './http/route.js';
import type { Logger } from './logger.js';

export type AppDeps = {
  config: Config;
  logger: Logger;
  db: DbInfo;
  features: Feature[];
  now?: () => Date;
  /** The built PWA (dist/client); omitted in API-only tests. */
  clientDir?: string;
};

export type App = {
  app: Express;
  server: HttpServer;
  io: SocketServer;
  ctx: AppContext;
  routes: AnyRoute[];
  /** Runs every feature's `stop` (buffered writes) while the database is still open. */
  stopFeatures(): Promise<void>;
};

/** Builds the Express app and the Socket.IO server from its dependencies. Never listens: main.ts does. */
export function createApp(deps: AppDeps): App {
  const app = express();
  const server = createServer(app);
  const io = new SocketServer(server, {
    serveClient: false,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    // `cors` does not stop other sites' pages from opening a socket with our cookie: check Origin here.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const host = req.headers.host ?? '';
      const own = deps.config.publicOrigin ? [deps.config.publicOrigin] : [`http://${host}`, `https://${host}`];
      callback(null, !origin || own.includes(origin));
    },
  });
  const ctx: AppContext = {
    config: deps.config,
    logger: deps.logger,
    db: deps.db,
    now: deps.now ?? (() => new Date()),
    io,
    features: deps.features,
  };

  app.set('trust proxy', deps.config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLog(deps.logger));
  app.use(securityHeaders(deps.config));
  const compress = compression();
  // Only wrap the response when the client can take a compressed body: the wrapper alone costs a
  // tenth of a small route's throughput.
  app.use((req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next()));
  app.use(underApi(apiBody()));

  for (const feature of deps.features) feature.beforeRoutes?.(app, ctx);

  const routes = deps.features.flatMap((f) => f.routes?.(ctx) ?? []);
  const openApi = buildOpenApi(
    routes,
    deps.features.flatMap((f) => f.openApiExtras ?? []),
  );
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));
  app.use(groupedApiRouter(routes));
  app.use('/api', (req) => {
    throw new AppError(404, 'not_found', `There is no API endpoint ${req.method} ${req.originalUrl.split('?')[0]}.`);
  });

  for (const feature of deps.features) feature.mountPublic?.(app, ctx);
  if (deps.clientDir)
    serveClient(
      app,
      deps.clientDir,
      deps.features.flatMap((f) => f.bootScreens ?? []),
      deps.logger,
    );
  app.use(errorMiddleware);

  for (const feature of deps.features) feature.sockets?.(ctx);
  const stopFeatures = async () => {
    await Promise.all(deps.features.map((f) => f.stop?.(ctx)));
  };
  return { app, server, io, ctx, routes, stopFeatures };
}

const isLocale = (value: string | undefined): value is Locale =>
  value !== undefined && (LOCALES as readonly string[]).includes(value);

/** The boot screen of a page of one record: its route and the record's texts, if the path is such a page. */
async function recordPage(
  screens: { screen: RecordBootScreen; path: RegExp; names: string[] }[],
  path: string,
  locale: Locale,
): Promise<{ route: string; values: BootValues } | undefined> {
  for (const { screen, path: pattern, names } of screens) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    const values = await screen.values(params, locale);
    return values && { route: screen.route, values };
  }
  return undefined;
}

function serveClient(app: Express, dir: string, recordScreens: RecordBootScreen[], logger: Logger): void {
  const shellFor = clientShell(dir);
  const screens = recordScreens.map((screen) => ({
    screen,
    path: new RegExp(`^${screen.route.replace(/:\w+/g, '([^/]+)')}/?$`),
    names: [...screen.route.matchAll(/:(\w+)/g)].map((m) => m[1]!),
  }));
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        // Hashed assets never change; the shell and the service worker must always be revalidated.
        const immutable = path.includes(`${join(dir, 'assets')}`);
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  // The SPA fallback: only for page paths, never for files that are missing.
  app.get('/{*splat}', async (req, res, next) => {
    // GS1 Digital Link paths (/01/…) may end in a lot like "ABC.12": they are pages, not files.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(req.path) && !req.path.startsWith('/01/');
    if (looksLikeFile || req.path.startsWith('/socket.io')) return next();
    const cookies = req.headers.cookie ?? '';
    const cookieLocale = /(?:^|;\s*)lugang_locale=([\w-]+)/.exec(cookies)?.[1];
    const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
    const audience = cookies.includes(`${SESSION_COOKIE}=`) ? 'anyone' : 'visitor';
    // Without the record (none, or reading it failed) the page still comes, without its first screen.
    const record = await recordPage(screens, req.path, locale).catch((error: unknown) => {
      logger.warn({ err: error, path: req.path }, 'boot screen: record not read');
      return undefined;
    });
    const shell = shellFor(
      record ? { path: record.route, locale, audience, record: record.values } : { path: req.path, locale, audience },
    );
    if (shell === undefined) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(shell);
  });
}
