import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  ferretPid,
  ferretSocket,
  isAlive,
  loggedStartMs,
  makeDataDir,
  postmasterPid,
  processesUsing,
  sleep,
  spawnServer,
  startServer,
  waitUntil,
} from './server-process.js';

afterEach(async () => {
  const survivors = await cleanUp();
  if (survivors.length) console.warn('[lifecycle] killed survivors:', survivors);
});

describe('server process lifecycle: stopping', () => {
  it(
    'SIGTERM stops the server with code 0 and leaves no PostgreSQL or FerretDB process behind',
    { timeout: 120_000 },
    async () => {
      const { dataDir } = makeDataDir();
      const server = await startServer(dataDir);
      console.log(
        `[lifecycle] first start (initdb): ${server.readyMs} ms to /api/health 200, server log says ${loggedStartMs(server)} ms`,
      );
      const paths = [dataDir, ferretSocket(dataDir)];
      const pgPid = postmasterPid(join(dataDir, 'pg'));
      const ferret = ferretPid(dataDir);
      expect(pgPid, 'PostgreSQL keeps its files in DATA_DIR/pg').toBeGreaterThan(0);
      expect(ferret, 'FerretDB listens on DATA_DIR/run/ferretdb.sock').toBeGreaterThan(0);
      const before = processesUsing(paths);
      expect(before.map((p) => p.pid)).toEqual(expect.arrayContaining([pgPid, ferret]));

      const exit = await server.stop();

      expect(exit).toEqual({ code: 0, signal: null });
      expect(processesUsing(paths), 'processes left behind').toEqual([]);
      expect(isAlive(pgPid!)).toBe(false);
      expect(isAlive(ferret!)).toBe(false);
      expect(
        postmasterPid(join(dataDir, 'pg')),
        'PostgreSQL shut down cleanly (postmaster.pid removed)',
      ).toBeUndefined();
      expect(server.logs().some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM')).toBe(true);
    },
  );

  it(
    'SIGTERM while the server is still starting (database up, not yet listening) leaves no process behind',
    { timeout: 120_000 },
    async () => {
      const { dataDir } = makeDataDir();
      const server = await spawnServer(dataDir);
      // FerretDB listening means PostgreSQL is up too; the app then connects, builds indexes and seeds before it listens.
      await waitUntil(
        () => existsSync(ferretSocket(dataDir)) || !server.isRunning(),
        90_000,
        'the embedded database to start',
      );
      const wasReady = server.logs().some((l) => l.msg === 'Lugang is ready');
      const pgPid = postmasterPid(join(dataDir, 'pg'));
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      await sleep(500); // let FerretDB notice its closed stdin
      const left = processesUsing([dataDir, ferretSocket(dataDir)]);
      console.log(
        `[lifecycle] SIGTERM during start (ready before the signal: ${wasReady}): exit ${JSON.stringify(exit)}, left behind: ${JSON.stringify(left.map((p) => p.cmd))}`,
      );
      expect(pgPid).toBeGreaterThan(0);
      expect(left, 'processes left behind').toEqual([]);
    },
  );

  it(
    'when FerretDB dies, the server logs a fatal error naming it, stops PostgreSQL and exits non-zero',
    { timeout: 120_000 },
    async () => {
      const { dataDir } = makeDataDir();
      const server = await startServer(dataDir);
      const ferret = ferretPid(dataDir);
      const pgPid = postmasterPid(join(dataDir, 'pg'));
      expect(ferret).toBeGreaterThan(0);

      process.kill(ferret!, 'SIGKILL');
      const started = Date.now();
      const exit = await Promise.race([
        server.exited,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`server still running:\n${server.output()}`)), 30_000),
        ),
      ]);
      console.log(
        `[lifecycle] FerretDB killed: server exited ${Date.now() - started} ms later with ${JSON.stringify(exit)}`,
      );

      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      const fatal = server.logs().find((l) => l.level === 60);
      expect(fatal, server.output()).toBeDefined();
      expect(fatal!.msg).toMatch(/embedded database stopped/);
      expect(JSON.stringify(fatal!.err)).toMatch(/FerretDB stopped unexpectedly/);
      expect(isAlive(pgPid!), 'PostgreSQL stopped').toBe(false);
      expect(processesUsing([dataDir, ferretSocket(dataDir)]), 'processes left behind').toEqual([]);
      expect(postmasterPid(join(dataDir, 'pg')), 'PostgreSQL shut down cleanly').toBeUndefined();
    },
  );
});
