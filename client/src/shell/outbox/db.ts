import type { DBSchema, IDBPDatabase } from 'idb';
import { createChangeNotice } from '@client/shell/change-notice';
import { openAppDb, sharedConnection } from '@client/shell/idb-connection';
import { patched } from './patched';
import type { OutboxStorage, StoredItem, StoredResult } from './types';

/**
 * The outbox's own IndexedDB database. Other features keep their data in databases of their own
 * (one schema per feature), so that no feature's upgrade can break another's.
 */
interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: StoredItem; indexes: { seq: number } };
  outboxResults: {
    key: string;
    value: StoredResult;
    indexes: { '[kind+delivered]': [string, number]; at: number };
  };
}

type OutboxDb = IDBPDatabase<OutboxSchema>;

// Dexie created this database: its version 1 is IndexedDB version 10, and it names a compound
// index by its spec. The same name, version, stores and indexes open what devices already have.
const DATABASE_NAME = 'lugang';
const DATABASE_VERSION = 10;

function createMissingStores(db: OutboxDb): void {
  if (!db.objectStoreNames.contains('outbox')) {
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('seq', 'seq');
  }
  if (!db.objectStoreNames.contains('outboxResults')) {
    const results = db.createObjectStore('outboxResults', { keyPath: 'id' });
    results.createIndex('[kind+delivered]', ['kind', 'delivered']);
    results.createIndex('at', 'at');
  }
}

/** Opens the outbox database (another name for tests). */
export function openOutboxDb(name = DATABASE_NAME, onClosed?: () => void): Promise<OutboxDb> {
  return openAppDb<OutboxSchema>(name, DATABASE_VERSION, createMissingStores, onClosed);
}

export function createIdbStorage(name = DATABASE_NAME): OutboxStorage {
  const connect = sharedConnection((onClosed) => openOutboxDb(name, onClosed));
  const notice = createChangeNotice(`${name}-outbox`);
  // As Dexie's liveQuery did: listeners hear every committed write, this tab's own included, a moment after it.
  const changed = () => setTimeout(() => notice.changed(), 0);

  return {
    list: async () => (await connect()).getAllFromIndex('outbox', 'seq'),
    async put(item) {
      await (await connect()).put('outbox', item);
      changed();
    },
    async patch(id, changes) {
      const tx = (await connect()).transaction('outbox', 'readwrite');
      const item = await tx.store.get(id);
      if (item) await tx.store.put(patched(item, changes));
      await tx.done;
      if (item) changed();
      return item !== undefined;
    },
    async remove(id) {
      await (await connect()).delete('outbox', id);
      changed();
    },
    async settle(id, result) {
      const tx = (await connect()).transaction(['outbox', 'outboxResults'], 'readwrite');
      await Promise.all([tx.objectStore('outbox').delete(id), tx.objectStore('outboxResults').put(result), tx.done]);
      changed();
    },
    async undelivered(kind) {
      const results = await (await connect()).getAllFromIndex('outboxResults', '[kind+delivered]', [kind, 0]);
      return results.sort((a, b) => a.at - b.at);
    },
    async claim(id) {
      // One read-write transaction: two tabs cannot both see the result undelivered.
      const tx = (await connect()).transaction('outboxResults', 'readwrite');
      const result = await tx.store.get(id);
      const claimed = result !== undefined && result.delivered === 0;
      if (claimed) await tx.store.put({ ...result, delivered: 1 });
      await tx.done;
      if (claimed) changed();
      return claimed;
    },
    async purgeResults(before) {
      const tx = (await connect()).transaction('outboxResults', 'readwrite');
      let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(before, true));
      let purged = 0;
      while (cursor) {
        await cursor.delete();
        purged += 1;
        cursor = await cursor.continue();
      }
      await tx.done;
      if (purged > 0) changed();
    },
    subscribe: (listener) => notice.onChange(listener),
  };
}
