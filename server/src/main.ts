import mongoose from 'mongoose';
import { createApp } from './app.js';
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
let engine: EmbeddedEngine | undefined;

async function shutdown(code: number): Promise<never> {
  await mongoose.disconnect().catch(() => undefined);
  await engine?.stop().catch((err: unknown) => logger.error({ err }, 'stopping the database failed'));
  process.exit(code);
}

async function main(): Promise<void> {
  if (process.env.LUGANG_SKIP_CLIENT_BUILD !== '1') ensureClientBuilt(logger);
  let uri = config.mongoUri;
  if (!uri) {
    logger.info({ dataDir: config.dataDir }, 'starting the embedded database (FerretDB over PostgreSQL)');
    engine = await startEmbeddedEngine(config.dataDir, {
      info: (m) => logger.debug(m),
      error: (m) => logger.error(m),
    });
    uri = engine.uri;
    void engine.died.then(async (error) => {
      logger.fatal({ err: error }, 'the embedded database stopped; exiting');
      await shutdown(1);
    });
  }
  const db = await connectDatabase(uri);
  const { server, io, ctx } = createApp({ config, logger, db, features, clientDir: clientDist });
  await ensureIndexes();
  await seedAll(features, ctx);

  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}`, db, ms: Date.now() - started }, 'Lugang is ready');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void io.close();
      server.close();
      void shutdown(0);
    });
  }
}

main().catch(async (err: unknown) => {
  logger.fatal({ err }, err instanceof Error ? err.message : 'start failed');
  await shutdown(1);
});
