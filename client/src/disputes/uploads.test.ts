import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dexieMade, layoutsByDexieAndIdb } from '@client/shell/idb-layout.test-support';
import { openUploadsDb, queueUploads, waitingUploads } from './uploads';

/** The database as the Dexie version of the app declared it. */
const dexieMadeDb = dexieMade({ uploads: 'key, caseId' });

const photo = (photoId: string) => ({
  photoId,
  url: `/api/disputes/cases/c1/evidence/${photoId}`,
  dataUrl: 'data:image/jpeg;base64,/9j/4AAQ',
});

describe('evidence photos waiting on the device', () => {
  it('are kept in the database, store and index that Dexie created', async () => {
    const { byDexie, byIdb } = await layoutsByDexieAndIdb('uploads-layout', dexieMadeDb, openUploadsDb);
    expect(byDexie.version).toBe(10);
    expect(byIdb).toEqual(byDexie);

    const legacy = dexieMadeDb('uploads-from-dexie');
    await legacy.table('uploads').put({ key: 'c0:p0', caseId: 'c0', ...photo('p0'), attempts: 2 });
    legacy.close();
    const opened = await openUploadsDb('uploads-from-dexie');
    expect(await opened.countFromIndex('uploads', 'caseId', 'c0')).toBe(1);
    opened.close();
  });

  it('are counted per case, and a photo queued twice waits once', async () => {
    await queueUploads('c1', [photo('p1'), photo('p2')]);
    await queueUploads('c1', [photo('p2')]);
    await queueUploads('c2', [photo('p1')]);
    await queueUploads('c3', []);

    expect(await waitingUploads('c1')).toBe(2);
    expect(await waitingUploads('c2')).toBe(1);
    expect(await waitingUploads('c3')).toBe(0);
  });
});
