import { Dexie, type EntityTable } from 'dexie';
import type { Course, MyRegistration } from '@shared/training/schemas';

/** A check-in scanned on this phone; `synced` is 0/1 because IndexedDB cannot index booleans. */
export interface StoredCheckin {
  id?: number;
  token: string;
  scannedAt: string;
  course: string;
  session: string;
  registration: string;
  name: string;
  synced: 0 | 1;
  /** The server's answer once synced: recorded, duplicate, invalid, not_registered. */
  outcome?: string;
}

/** My registrations as last read from the server, per signed-in user: a shared phone keeps them apart. */
export interface StoredMine {
  userId: string;
  items: MyRegistration[];
  updatedAt: string;
}

export interface StoredMeta {
  key: string;
  value: unknown;
}

/**
 * The training feature's own IndexedDB: the catalogue and my courses stay readable offline,
 * and check-ins scanned at a venue without signal wait here until they are sent.
 */
export const trainingDb = new Dexie('lugang-training') as Dexie & {
  courses: EntityTable<Course, 'code'>;
  mine: EntityTable<StoredMine, 'userId'>;
  checkins: EntityTable<StoredCheckin, 'id'>;
  meta: EntityTable<StoredMeta, 'key'>;
};

trainingDb.version(1).stores({
  courses: 'code',
  mine: 'userId',
  checkins: '++id, synced, [course+session], [registration+session]',
  meta: 'key',
});

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await trainingDb.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await trainingDb.meta.put({ key, value });
}

/** Replaces the cached catalogue in one transaction, so a reader never sees half of it. */
export async function saveCatalogue(courses: Course[], at: string): Promise<void> {
  await trainingDb.transaction('rw', trainingDb.courses, trainingDb.meta, async () => {
    await trainingDb.courses.clear();
    await trainingDb.courses.bulkPut(courses);
    await trainingDb.meta.put({ key: 'catalogue.updatedAt', value: at });
  });
}
