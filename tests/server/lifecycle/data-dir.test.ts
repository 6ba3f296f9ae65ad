import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  connectToSocket,
  ferretSocket,
  makeDataDir,
  processesUsing,
  relocatedPgDir,
  startServer,
} from './server-process.js';

const isRoot = process.getuid?.() === 0;
let extra: string[] = [];

afterEach(async () => {
  const survivors = await cleanUp(extra);
  extra = [];
  if (survivors.length) console.warn('[lifecycle] killed survivors:', survivors);
});

describe('server process lifecycle: data dir the postgres user cannot reach', () => {
  it.skipIf(!isRoot)(
    'as root with DATA_DIR under a mode-700 directory, it starts, keeps PostgreSQL files under /var/lib/lugang and logs where',
    { timeout: 120_000 },
    async () => {
      const { root, dataDir } = makeDataDir(0o700);
      chmodSync(root, 0o700);
      const pgDir = relocatedPgDir(dataDir);
      extra = [dirname(pgDir)];

      const server = await startServer(dataDir);

      expect(existsSync(join(pgDir, 'PG_VERSION')), `PostgreSQL files in ${pgDir}`).toBe(true);
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
      const conn = await connectToSocket(dataDir);
      await conn.db!.collection('probe').insertOne({ ok: 1 });
      expect(await conn.db!.collection('probe').countDocuments()).toBe(1);
      await conn.close();
      // The operator must be told where the database files went, at the default log level.
      expect(server.output(), 'the info-level log names the relocated PostgreSQL directory').toContain(pgDir);

      expect(await server.stop()).toEqual({ code: 0, signal: null });
      expect(processesUsing([dataDir, ferretSocket(dataDir), pgDir]), 'processes left behind').toEqual([]);
    },
  );
});
