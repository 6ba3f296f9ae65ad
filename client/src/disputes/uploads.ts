import Dexie, { type EntityTable } from 'dexie';
import { currentLocale } from '@client/i18n';
import { dataUrlToBlob } from './photos';

/**
 * Evidence photos travel in the filing's outbox item (as data URLs: the outbox keeps JSON). Once the
 * server has answered with the case and its upload URLs, each photo is PUT as raw bytes. Those PUTs
 * wait here, on the device, until the server has them: a replay of a received photo is harmless.
 */
type Upload = { key: string; caseId: string; photoId: string; url: string; dataUrl: string; attempts: number };

class DisputesDatabase extends Dexie {
  uploads!: EntityTable<Upload, 'key'>;
  constructor() {
    super('lugang-disputes');
    this.version(1).stores({ uploads: 'key, caseId' });
  }
}

let db: DisputesDatabase | undefined;
const open = () => (db ??= new DisputesDatabase());

export type PhotoToUpload = { photoId: string; url: string; dataUrl: string };

export async function queueUploads(caseId: string, photos: PhotoToUpload[]): Promise<void> {
  if (!photos.length) return;
  await open().uploads.bulkPut(photos.map((p) => ({ key: `${caseId}:${p.photoId}`, caseId, ...p, attempts: 0 })));
}

/** Photos of a case still on this phone only. */
export async function waitingUploads(caseId: string): Promise<number> {
  return open().uploads.where('caseId').equals(caseId).count();
}

let draining: Promise<void> | null = null;

/** Sends what waits, one photo at a time. Network trouble and 5xx: kept for the next try. */
export function drainUploads(): Promise<void> {
  draining ??= (async () => {
    try {
      for (const upload of await open().uploads.toArray()) {
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
        if (status < 500 && status !== 401 && status !== 408 && status !== 429) await open().uploads.delete(upload.key);
        else await open().uploads.update(upload.key, { attempts: upload.attempts + 1 });
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
