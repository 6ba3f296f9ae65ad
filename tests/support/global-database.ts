import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedEngine, type EmbeddedEngine } from '../../server/src/db/embedded/engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

// Several projects may ask for the database in one run: start it once, stop it after the last.
let shared: Promise<{ uri: string; engine?: EmbeddedEngine; dir?: string }> | undefined;
let users = 0;

async function start() {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI };
  const dir = mkdtempSync(join(tmpdir(), 'lugang-test-'));
  chmodSync(dir, 0o755); // so that the postgres user can keep its files inside it
  const engine = await startEmbeddedEngine(dir, {
    debug: () => undefined,
    info: () => undefined,
    warn: (m) => console.warn(m),
  });
  return { uri: engine.uri, engine, dir };
}

export default async function setup(project: TestProject) {
  users += 1;
  shared ??= start();
  const db = await shared;
  project.provide('mongoUri', db.uri);
  return async () => {
    users -= 1;
    if (users > 0) return;
    await db.engine?.stop();
    if (db.dir) rmSync(db.dir, { recursive: true, force: true });
  };
}
