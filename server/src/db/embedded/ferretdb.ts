import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { socketAnswers, waitFor } from './wait.js';
import { stopChild } from './postgres.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FERRETDB_BINARY = join(repoRoot, '.cache', 'bin', 'ferretdb');

/** Unix socket paths are limited to 107 bytes; fall back to a short private dir under tmp. */
function socketPath(dataDir: string): string {
  const preferred = join(dataDir, 'run', 'ferretdb.sock');
  const dir =
    Buffer.byteLength(preferred) <= 100
      ? dirname(preferred)
      : join(tmpdir(), `lugang-${createHash('sha256').update(dataDir).digest('hex').slice(0, 10)}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // only the server's user may reach the database
  return join(dir, 'ferretdb.sock');
}

export type FerretHandle = { socket: string; process: ChildProcess; stop(): Promise<void> };

export async function startFerretDb(
  dataDir: string,
  postgresUrl: string,
  log: (m: string) => void,
): Promise<FerretHandle> {
  if (!existsSync(FERRETDB_BINARY)) {
    throw new Error(
      `FerretDB is not built (${FERRETDB_BINARY} is missing). Run \`npm install\` (needs Go >= 1.24), or set MONGODB_URI.`,
    );
  }
  const socket = socketPath(dataDir);
  rmSync(socket, { force: true }); // a stale socket from a killed server would block the listener
  const child = spawn(FERRETDB_BINARY, ['-unix', socket], {
    // The password travels in the environment, not argv, so `ps` does not show it.
    env: { PATH: process.env.PATH ?? '', FERRETDB_POSTGRESQL_URL: postgresUrl },
    // stdin stays open as a lifeline: FerretDB exits when it closes, so it dies with us.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const forward = (c: Buffer) => {
    for (const line of c.toString().trim().split('\n')) if (line) log(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  await waitFor(
    async () => {
      if (exited) throw new Error('FerretDB exited during start; see the log above');
      return socketAnswers(socket);
    },
    30_000,
    'FerretDB to listen',
  );
  return { socket, process: child, stop: () => stopChild(child, 'SIGTERM') };
}
