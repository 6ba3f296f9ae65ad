import Dexie, { liveQuery, type EntityTable } from 'dexie';
import type { OutboxStorage, StoredItem, StoredResult } from './types';

/**
 * The outbox's own IndexedDB database. Other features keep their data in Dexie databases of their
 * own (one schema per feature), so that no feature's upgrade can break another's.
 */
export class OutboxDatabase extends Dexie {
  outbox!: EntityTable<StoredItem, 'id'>;
  outboxResults!: EntityTable<StoredResult, 'id'>;

  constructor(name = 'lugang') {
    super(name);
    this.version(1).stores({
      outbox: 'id, seq',
      outboxResults: 'id, [kind+delivered], at',
    });
  }
}

export function createDexieStorage(db: OutboxDatabase = new OutboxDatabase()): OutboxStorage {
  return {
    list: () => db.outbox.orderBy('seq').toArray(),
    async put(item) {
      await db.outbox.put(item);
    },
    async patch(id, changes) {
      // Dexie's update() deletes the keys whose new value is undefined.
      return (await db.outbox.update(id, changes)) > 0;
    },
    async remove(id) {
      await db.outbox.delete(id);
    },
    async settle(id, result) {
      await db.transaction('rw', db.outbox, db.outboxResults, async () => {
        await db.outbox.delete(id);
        await db.outboxResults.put(result);
      });
    },
    undelivered: (kind) => db.outboxResults.where('[kind+delivered]').equals([kind, 0]).sortBy('at'),
    claim: (id) =>
      // A read-write transaction: two tabs cannot both see the result undelivered.
      db.transaction('rw', db.outboxResults, async () => {
        const result = await db.outboxResults.get(id);
        if (!result || result.delivered === 1) return false;
        await db.outboxResults.update(id, { delivered: 1 });
        return true;
      }),
    async purgeResults(before) {
      await db.outboxResults.where('at').below(before).delete();
    },
    subscribe(listener) {
      // liveQuery hears writes from other tabs too (Dexie broadcasts them). Skip the first answer.
      let first = true;
      const subscription = liveQuery(() =>
        Promise.all([db.outbox.toArray(), db.outboxResults.toCollection().primaryKeys()]),
      ).subscribe({
        next: () => {
          if (first) first = false;
          else listener();
        },
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
  };
}
