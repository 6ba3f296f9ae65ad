import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { startDatabase, stopDatabase, type BenchEnv } from '../../bench/harness.js';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { connectDatabase, ensureIndexes } from '../../server/src/db/connect.js';
import { features } from '../../server/src/features.js';
import { createLogger } from '../../server/src/logger.js';
import { seedAll } from '../../server/src/seed.js';

export type AuditServer = App & { baseUrl: string; close(): Promise<void> };

/**
 * The real app (all features, demo data) serving the built PWA on 127.0.0.1, over an embedded
 * database of its own: `bench/harness.ts`'s `startApp` plus the `clientDir`, without vitest.
 */
export async function startAuditServer(clientDir: string): Promise<AuditServer> {
  const env: BenchEnv = await startDatabase();
  try {
    const db = await connectDatabase(env.uri, { dbName: `audit_${randomBytes(4).toString('hex')}` });
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '1' }), dataDir: env.dir };
    const app = createApp({ config, logger: createLogger('silent'), db, features, clientDir });
    await ensureIndexes();
    await seedAll(features, app.ctx);
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.address() as AddressInfo;
    return {
      ...app,
      baseUrl: `http://127.0.0.1:${port}`,
      async close() {
        await app.io.close();
        await new Promise((resolve) => app.server.close(resolve));
        await mongoose.connection.dropDatabase().catch(() => undefined);
        await mongoose.disconnect();
        await stopDatabase(env);
      },
    };
  } catch (error) {
    await stopDatabase(env).catch(() => undefined);
    throw error;
  }
}
