import mongoose from 'mongoose';
import { createApp, type App } from './app.js';
import { clientDist, ensureClientBuilt } from './client-build.js';
import { loadConfig } from './config.js';
import { connectDatabase, ensureIndexes } from './db/connect.js';
import { startEmbeddedEngine, type EmbeddedEngine } from './db/embedded/engine.js';
import { features } from './features.js';
import { createLogger } from './logger.js';
import { seedAll } from './seed.js';

const started = Date.now();
const config = loadConfig();
const logger = createLogger(config.logLevel);
let engineStarting: Promise<EmbeddedEngine> | undefined;
let app: App | undefined;
let stopping = false;

/** Stops whatever has started so far, also when a signal arrives in the middle of starting. */
async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => undefined);
  stopping = true;
  if (app) {
    void app.io.close();
    app.server.close();
    await app.stopFeatures().catch((err: unknown) => logger.warn({ err }, 'a feature could not finish its writes'));
  }
  await mongoose.disconnect().catch(() => undefined);
  const engine = await engineStarting?.catch(() => undefined);
  await engine?.stop().catch((err: unknown) => logger.error({ err }, 'stopping the database failed'));
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void shutdown(0);
  });
}

async function main(): Promise<void> {
  if (process.env.LUGANG_SKIP_CLIENT_BUILD !== '1') ensureClientBuilt(logger);
  let uri = config.mongoUri;
  if (!uri) {
    logger.info({ dataDir: config.dataDir }, 'starting the embedded database (FerretDB over PostgreSQL)');
    engineStarting = startEmbeddedEngine(config.dataDir, {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
    });
    const engine = await engineStarting;
    uri = engine.uri;
    void engine.died.then((error) => {
      logger.fatal({ err: error }, 'the embedded database stopped; exiting');
      void shutdown(1);
    });
  }
  if (stopping) return;
  const db = await connectDatabase(uri);
  app = createApp({ config, logger, db, features, clientDir: clientDist });
  await ensureIndexes();
  await seedAll(features, app.ctx);
  if (stopping) return;
  app.server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}`, db, ms: Date.now() - started }, 'Lugang is ready');
  });
}

main().catch((err: unknown) => {
  logger.fatal({ err }, err instanceof Error ? err.message : 'start failed');
  void shutdown(1);
});
