import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dexieMade, layoutsByDexieAndIdb } from '@client/shell/idb-layout.test-support';
import { openTrainingDb, readMeta, saveCatalogue, trainingDb, type StoredCheckin } from './db';
import { aCourse, aRegistration } from './fixtures.test-support';

/** The database as the Dexie version of the app declared it. */
const dexieMadeDb = dexieMade({
  courses: 'code',
  mine: 'userId',
  checkins: '++id, synced, [course+session], [registration+session]',
  meta: 'key',
});

const checkin = (registration: string, session: string, synced: 0 | 1): StoredCheckin => ({
  token: `token-${registration}-${session}`,
  scannedAt: '2026-11-20T09:00:00+08:00',
  course: 'ce-ops-101',
  session,
  registration,
  name: registration,
  synced,
});

describe('the training database on the device', () => {
  it('is created with the stores, keys and indexes that Dexie created', async () => {
    const { byDexie, byIdb } = await layoutsByDexieAndIdb('training-layout', dexieMadeDb, openTrainingDb);
    expect(byDexie.version).toBe(10);
    expect(byDexie.stores.find((s) => s.storeName === 'checkins')?.indexes.map((i) => i.keyPath)).toEqual([
      ['course', 'session'],
      ['registration', 'session'],
      'synced',
    ]);
    expect(byIdb).toEqual(byDexie);
  });

  it('opens what Dexie stored on a device, and finds check-ins by their indexes', async () => {
    const legacy = dexieMadeDb('training-made-by-dexie');
    await legacy.table('courses').put(aCourse({ code: 'ce-ops-101' }));
    await legacy.table('mine').put({ userId: 'u1', items: [aRegistration()], updatedAt: '2026-11-20T09:00:00Z' });
    await legacy.table('checkins').bulkAdd([checkin('r1', 's1', 1), checkin('r2', 's1', 0), checkin('r1', 's2', 0)]);
    legacy.close();

    const db = await openTrainingDb('training-made-by-dexie');
    expect((await db.get('courses', 'ce-ops-101'))?.code).toBe('ce-ops-101');
    expect((await db.get('mine', 'u1'))?.items).toHaveLength(1);
    expect(await db.countFromIndex('checkins', 'synced', 0)).toBe(2);
    const inSession = await db.getAllFromIndex('checkins', '[course+session]', ['ce-ops-101', 's1']);
    expect(inSession.map((c) => [c.id, c.registration])).toEqual([
      [1, 'r1'],
      [2, 'r2'],
    ]);
    expect((await db.getFromIndex('checkins', '[registration+session]', ['r1', 's2']))?.id).toBe(3);
    db.close();
  });

  it('replaces the whole catalogue when it saves a new one, and remembers when', async () => {
    await saveCatalogue([aCourse({ code: 'old-1' }), aCourse({ code: 'old-2' })], '2026-11-19T08:00:00Z');
    await saveCatalogue([aCourse({ code: 'new-1' })], '2026-11-20T08:00:00Z');

    const db = await trainingDb();
    expect(await db.getAllKeys('courses')).toEqual(['new-1']);
    expect(await readMeta<string>('catalogue.updatedAt')).toBe('2026-11-20T08:00:00Z');
  });
});
