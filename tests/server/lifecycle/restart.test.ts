import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  connectToSocket,
  ferretPid,
  ferretSocket,
  isAlive,
  loggedStartMs,
  makeDataDir,
  postmasterPid,
  processesUsing,
  startServer,
  waitUntil,
} from './server-process.js';

afterEach(async () => {
  const survivors = await cleanUp();
  if (survivors.length) console.warn('[lifecycle] killed survivors:', survivors);
});

/** Writes one acknowledged document straight into the running engine, through its Unix socket. */
async function writeMarker(dataDir: string, id: string): Promise<void> {
  const conn = await connectToSocket(dataDir);
  try {
    const r = await conn
      .db!.collection('lifecycle_markers')
      .insertOne({ _id: id as never, at: new Date(), note: '写入后重启' });
    expect(r.acknowledged).toBe(true);
  } finally {
    await conn.close();
  }
}

async function readMarker(dataDir: string, id: string): Promise<Record<string, unknown> | null> {
  const conn = await connectToSocket(dataDir);
  try {
    return await conn.db!.collection('lifecycle_markers').findOne({ _id: id as never });
  } finally {
    await conn.close();
  }
}

describe('server process lifecycle: restarts', () => {
  it('data survives a normal restart (SIGTERM, start again)', { timeout: 120_000 }, async () => {
    const { dataDir } = makeDataDir();
    const first = await startServer(dataDir);
    await writeMarker(dataDir, 'before-restart');
    expect(await first.stop()).toEqual({ code: 0, signal: null });

    const second = await startServer(dataDir);
    console.log(
      `[lifecycle] starts on one DATA_DIR: first ${first.readyMs} ms (server log ${loggedStartMs(first)} ms), ` +
        `warm ${second.readyMs} ms (server log ${loggedStartMs(second)} ms)`,
    );
    expect(await readMarker(dataDir, 'before-restart')).toMatchObject({ _id: 'before-restart', note: '写入后重启' });
    expect((await fetch(`${second.baseUrl}/api/health`)).status).toBe(200);
    expect(await second.stop()).toEqual({ code: 0, signal: null });
    expect(processesUsing([dataDir, ferretSocket(dataDir)])).toEqual([]);
  });

  it(
    'after kill -9 of the server, FerretDB exits by itself, the next start stops the leftover PostgreSQL, and acknowledged data is there',
    { timeout: 120_000 },
    async () => {
      const { dataDir } = makeDataDir();
      const pgDir = join(dataDir, 'pg');
      const first = await startServer(dataDir);
      await writeMarker(dataDir, 'before-kill');
      const ferret = ferretPid(dataDir);
      const oldPostmaster = postmasterPid(pgDir);
      expect(ferret).toBeGreaterThan(0);
      expect(oldPostmaster).toBeGreaterThan(0);

      first.child.kill('SIGKILL');
      expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const ferretGoneMs = await waitUntil(() => !isAlive(ferret!), 15_000, 'FerretDB to exit once its stdin closed');
      const postgresSurvived = isAlive(oldPostmaster!);
      console.log(
        `[lifecycle] kill -9: FerretDB gone after ${ferretGoneMs} ms; PostgreSQL (pid ${oldPostmaster}) ${postgresSurvived ? 'still running' : 'gone'}`,
      );

      const second = await startServer(dataDir, { logLevel: 'debug' });
      console.log(`[lifecycle] start after kill -9: ${second.readyMs} ms (server log ${loggedStartMs(second)} ms)`);
      if (postgresSurvived) {
        expect(isAlive(oldPostmaster!), 'the leftover postmaster was stopped').toBe(false);
        expect(second.output()).toContain(`stopping a PostgreSQL left running (pid ${oldPostmaster})`);
      }
      expect(postmasterPid(pgDir)).not.toBe(oldPostmaster);
      expect(await readMarker(dataDir, 'before-kill')).toMatchObject({ _id: 'before-kill', note: '写入后重启' });

      expect(await second.stop()).toEqual({ code: 0, signal: null });
      expect(processesUsing([dataDir, ferretSocket(dataDir)]), 'processes left behind').toEqual([]);
    },
  );
});
