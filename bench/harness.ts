import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { createApp, type App } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { connectDatabase, ensureIndexes, type DbInfo } from '../server/src/db/connect.js';
import { startEmbeddedEngine, type EmbeddedEngine } from '../server/src/db/embedded/engine.js';
import { features } from '../server/src/features.js';
import { createLogger } from '../server/src/logger.js';
import { seedAll } from '../server/src/seed.js';

export type Row = {
  benchmark: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
  goal?: string;
  pass?: boolean;
};

export type BenchEnv = { uri: string; engine?: EmbeddedEngine; dir: string };

export async function startDatabase(): Promise<BenchEnv> {
  const dir = mkdtempSync(join(tmpdir(), 'lugang-bench-'));
  chmodSync(dir, 0o755);
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, dir };
  const engine = await startEmbeddedEngine(dir, { debug: () => undefined, info: () => undefined, warn: console.warn });
  return { uri: engine.uri, engine, dir };
}

export async function stopDatabase(env: BenchEnv): Promise<void> {
  await env.engine?.stop();
  rmSync(env.dir, { recursive: true, force: true });
}

export type RunningApp = App & { baseUrl: string; db: DbInfo; close(): Promise<void> };

/** The real app, seeded, on 127.0.0.1, in a database of its own. */
export async function startApp(env: BenchEnv, now = new Date(), clientDir?: string): Promise<RunningApp> {
  const db = await connectDatabase(env.uri, { dbName: `bench_${randomBytes(4).toString('hex')}` });
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '1' }), dataDir: env.dir };
  const app = createApp({ config, logger: createLogger('silent'), db, features, now: () => now, clientDir });
  await ensureIndexes();
  await seedAll(features, app.ctx);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    ...app,
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.io.close();
      await new Promise((resolve) => app.server.close(resolve));
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
