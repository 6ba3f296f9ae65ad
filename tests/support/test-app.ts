import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { connectDatabase, ensureIndexes } from '../../server/src/db/connect.js';
import type { Feature } from '../../server/src/feature.js';
import { features as allFeatures } from '../../server/src/features.js';
import { createLogger } from '../../server/src/logger.js';
import { seedAll } from '../../server/src/seed.js';

export type TestApp = App & {
  baseUrl: string;
  /** A settable clock: tests move time instead of waiting for it. */
  clock: { now: Date };
  close(): Promise<void>;
};

/**
 * The real app over real HTTP on 127.0.0.1, against the run's database server, in a database of
 * its own so that test files do not see each other's records.
 */
export async function startTestApp(
  options: { features?: Feature[]; seed?: boolean; demo?: boolean; clientDir?: string; now?: Date } = {},
): Promise<TestApp> {
  const dbName = `test_${randomBytes(5).toString('hex')}`;
  const db = await connectDatabase(inject('mongoUri'), { dbName });
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: options.demo === false ? '0' : '1' }),
    dataDir: `/tmp/${dbName}`,
  };
  const clock = { now: options.now ?? new Date() };
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const features = options.features ?? allFeatures;
  const app = createApp({ config, logger, db, features, now: () => clock.now, clientDir: options.clientDir });
  await ensureIndexes();
  if (options.seed !== false) await seedAll(features, app.ctx);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    ...app,
    baseUrl: `http://127.0.0.1:${port}`,
    clock,
    async close() {
      await app.io.close();
      await new Promise((resolve) => app.server.close(resolve));
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}
