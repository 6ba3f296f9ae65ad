import type { DBSchema, IDBPDatabase } from 'idb';
import type { Course, MyRegistration } from '@shared/training/schemas';
import { openAppDb, sharedConnection } from '@client/shell/idb-connection';

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
interface TrainingSchema extends DBSchema {
  courses: { key: string; value: Course };
  mine: { key: string; value: StoredMine };
  checkins: {
    key: number;
    value: StoredCheckin;
    indexes: { synced: number; '[course+session]': [string, string]; '[registration+session]': [string, string] };
  };
  meta: { key: string; value: StoredMeta };
}

export type TrainingDb = IDBPDatabase<TrainingSchema>;

// Dexie created this database: its version 1 is IndexedDB version 10, and it names a compound
// index by its spec. The same name, version, stores and indexes open what devices already have.
const DATABASE_NAME = 'lugang-training';
const DATABASE_VERSION = 10;

function createMissingStores(db: TrainingDb): void {
  const has = (name: 'courses' | 'mine' | 'checkins' | 'meta') => db.objectStoreNames.contains(name);
  if (!has('courses')) db.createObjectStore('courses', { keyPath: 'code' });
  if (!has('mine')) db.createObjectStore('mine', { keyPath: 'userId' });
  if (!has('checkins')) {
    const checkins = db.createObjectStore('checkins', { keyPath: 'id', autoIncrement: true });
    checkins.createIndex('synced', 'synced');
    checkins.createIndex('[course+session]', ['course', 'session']);
    checkins.createIndex('[registration+session]', ['registration', 'session']);
  }
  if (!has('meta')) db.createObjectStore('meta', { keyPath: 'key' });
}

/** Opens the training database (another name for tests). */
export function openTrainingDb(name = DATABASE_NAME, onClosed?: () => void): Promise<TrainingDb> {
  return openAppDb<TrainingSchema>(name, DATABASE_VERSION, createMissingStores, onClosed);
}

/** The page's connection to the training database. */
export const trainingDb = sharedConnection((onClosed) => openTrainingDb(DATABASE_NAME, onClosed));

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await (await trainingDb()).get('meta', key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await (await trainingDb()).put('meta', { key, value });
}

/** Replaces the cached catalogue in one transaction, so a reader never sees half of it. */
export async function saveCatalogue(courses: Course[], at: string): Promise<void> {
  const tx = (await trainingDb()).transaction(['courses', 'meta'], 'readwrite');
  const store = tx.objectStore('courses');
  // Requests run in the order they are made: the clear before the puts.
  await Promise.all([
    store.clear(),
    ...courses.map((course) => store.put(course)),
    tx.objectStore('meta').put({ key: 'catalogue.updatedAt', value: at }),
    tx.done,
  ]);
}
