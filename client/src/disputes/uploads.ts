import type { DBSchema, IDBPDatabase } from 'idb';
import { currentLocale } from '@client/i18n';
import { openAppDb, sharedConnection } from '@client/shell/idb-connection';
import { dataUrlToBlob } from './photos';

/**
 * Evidence photos travel in the filing's outbox item (as data URLs: the outbox keeps JSON). Once the
 * server has answered with the case and its upload URLs, each photo is PUT as raw bytes. Those PUTs
 * wait here, on the device, until the server has them: a replay of a received photo is harmless.
 */
type Upload = { key: string; caseId: string; photoId: string; url: string; dataUrl: string; attempts: number };

interface DisputesSchema extends DBSchema {
  uploads: { key: string; value: Upload; indexes: { caseId: string } };
}

// Dexie created this database: its version 1 is IndexedDB version 10. The same name, version,
// store and index open what devices already have.
const DATABASE_NAME = 'lugang-disputes';
const DATABASE_VERSION = 10;

function createMissingStores(db: IDBPDatabase<DisputesSchema>): void {
  if (db.objectStoreNames.contains('uploads')) return;
  db.createObjectStore('uploads', { keyPath: 'key' }).createIndex('caseId', 'caseId');
}

/** Opens the database of photos waiting to be sent (another name for tests). */
export function openUploadsDb(name = DATABASE_NAME, onClosed?: () => void): Promise<IDBPDatabase<DisputesSchema>> {
  return openAppDb<DisputesSchema>(name, DATABASE_VERSION, createMissingStores, onClosed);
}

const disputesDb = sharedConnection((onClosed) => openUploadsDb(DATABASE_NAME, onClosed));

export type PhotoToUpload = { photoId: string; url: string; dataUrl: string };

export async function queueUploads(caseId: string, photos: PhotoToUpload[]): Promise<void> {
  if (!photos.length) return;
  const tx = (await disputesDb()).transaction('uploads', 'readwrite');
  await Promise.all([
    ...photos.map((p) => tx.store.put({ key: `${caseId}:${p.photoId}`, caseId, ...p, attempts: 0 })),
    tx.done,
  ]);
}

/** Photos of a case still on this phone only. */
export async function waitingUploads(caseId: string): Promise<number> {
  return (await disputesDb()).countFromIndex('uploads', 'caseId', caseId);
}

let draining: Promise<void> | null = null;

/** Sends what waits, one photo at a time. Network trouble and 5xx: kept for the next try. */
export function drainUploads(): Promise<void> {
  draining ??= (async () => {
    try {
      const db = await disputesDb();
      for (const upload of await db.getAll('uploads')) {
        if (!navigator.onLine) return;
        let status: number;
        try {
          const blob = dataUrlToBlob(upload.dataUrl);
          const response = await fetch(upload.url, {
            method: 'PUT',
            body: blob,
            headers: { 'Content-Type': blob.type, Accept: 'application/json', 'Accept-Language': currentLocale() },
            credentials: 'same-origin',
          });
          status = response.status;
        } catch {
          return; // no answer: try again later, in order
        }
        // 2xx: received. Other 4xx (not declared, mismatch, case closed): sending again cannot help.
        if (status < 500 && status !== 401 && status !== 408 && status !== 429) await db.delete('uploads', upload.key);
        else await db.put('uploads', { ...upload, attempts: upload.attempts + 1 });
      }
    } finally {
      draining = null;
    }
  })();
  return draining;
}

let listening = false;
/** Retries whenever the network comes back; call once the app knows it has disputes. */
export function startUploads(): void {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('online', () => void drainUploads().catch(() => undefined));
  }
  void drainUploads().catch(() => undefined);
}
