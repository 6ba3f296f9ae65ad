import { startFerretDb } from './ferretdb.js';
import { startPostgres } from './postgres.js';
import type { EngineLog } from './wait.js';

export type EmbeddedEngine = {
  uri: string;
  /** Resolves when the engine stops by itself (a part died); never when stopped by `stop()`. */
  died: Promise<Error>;
  stop(): Promise<void>;
};

/** Starts PostgreSQL, then FerretDB on a private Unix socket, and gives the MongoDB URI to reach it. */
export async function startEmbeddedEngine(dataDir: string, log: EngineLog): Promise<EmbeddedEngine> {
  const pg = await startPostgres(dataDir, {
    debug: (m) => log.debug(`[postgres] ${m}`),
    info: (m) => log.info(m),
    warn: (m) => log.warn(m),
  });
  const pgUrl = `postgres://${pg.user}:${encodeURIComponent(pg.password)}@127.0.0.1:${pg.port}/postgres`;
  let ferret;
  try {
    ferret = await startFerretDb(dataDir, pgUrl, (m) => log.debug(`[ferretdb] ${m}`));
  } catch (error) {
    await pg.stop();
    throw error;
  }
  let stopping = false;
  const died = new Promise<Error>((resolve) => {
    pg.process.once('exit', (code, signal) => {
      if (!stopping) resolve(new Error(`PostgreSQL stopped unexpectedly (code ${code}, signal ${signal})`));
    });
    ferret.process.once('exit', (code, signal) => {
      if (!stopping) resolve(new Error(`FerretDB stopped unexpectedly (code ${code}, signal ${signal})`));
    });
  });
  return {
    uri: `mongodb://${encodeURIComponent(ferret.socket)}/lugang`,
    died,
    async stop() {
      stopping = true;
      await ferret.stop();
      await pg.stop();
    },
  };
}
