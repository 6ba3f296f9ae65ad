import 'fake-indexeddb/auto';
import type { DBSchema, IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openAppDb, sharedConnection } from './idb-connection';

interface Things extends DBSchema {
  things: { key: string; value: string };
}

describe('sharedConnection', () => {
  it('opens once for every caller, and again once the connection was closed', async () => {
    let close = () => {};
    const open = vi.fn((onClosed: () => void) => {
      close = onClosed;
      return openAppDb<Things>('shared-connection', 1, (db) => db.createObjectStore('things'), onClosed);
    });
    const connection = sharedConnection(open);

    const [first, second] = await Promise.all([connection(), connection()]);
    expect(first).toBe(second);
    expect(open).toHaveBeenCalledTimes(1);

    close();
    expect(await connection()).not.toBe(first);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('tries again after opening failed, instead of keeping the failure', async () => {
    const open = vi
      .fn<(onClosed: () => void) => Promise<IDBPDatabase<Things>>>()
      .mockRejectedValueOnce(new Error('storage blocked'))
      .mockImplementation((onClosed) => openAppDb<Things>('shared-connection-retry', 1, undefined, onClosed));
    const connection = sharedConnection(open);

    await expect(connection()).rejects.toThrow('storage blocked');
    expect((await connection()).name).toBe('shared-connection-retry');
  });

  it('steps aside when another tab upgrades the database', async () => {
    const onClosed = vi.fn();
    const old = await openAppDb('upgraded-elsewhere', 1, undefined, onClosed);
    const newer = await openAppDb('upgraded-elsewhere', 2, undefined);
    expect(onClosed).toHaveBeenCalledOnce();
    expect(newer.version).toBe(2);
    expect(() => old.transaction([])).toThrow();
    newer.close();
  });
});
