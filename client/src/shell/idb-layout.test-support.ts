import Dexie from 'dexie';
import { openDB } from 'idb';

/** Version, stores, key paths and indexes of a database, as IndexedDB itself reports them. */
export async function layoutOf(name: string) {
  const db = await openDB(name);
  const names = Array.from(db.objectStoreNames).sort();
  const tx = db.transaction(names);
  const stores = names.map((storeName) => {
    const store = tx.objectStore(storeName);
    const indexes = Array.from(store.indexNames)
      .sort()
      .map((indexName) => {
        const { keyPath, unique, multiEntry } = store.index(indexName);
        return { indexName, keyPath, unique, multiEntry };
      });
    return { storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
  db.close();
  return { version: db.version, stores };
}

/**
 * The layouts of one database as Dexie created it and as our idb code creates it, each under a
 * name of its own (`<name>-by-dexie`, `<name>-by-idb`): what a phone that had the Dexie version
 * keeps, and what a new one gets.
 */
export async function layoutsByDexieAndIdb(
  name: string,
  dexieMade: (name: string) => { open(): Promise<unknown>; close(): void },
  openWithIdb: (name: string) => Promise<{ close(): void }>,
) {
  const legacy = dexieMade(`${name}-by-dexie`);
  await legacy.open();
  legacy.close();
  (await openWithIdb(`${name}-by-idb`)).close();
  return { byDexie: await layoutOf(`${name}-by-dexie`), byIdb: await layoutOf(`${name}-by-idb`) };
}

/** Opens, under a given name, the database the Dexie version of the app declared: its `version(1)` with these stores. */
export function dexieMade(stores: Record<string, string>): (name: string) => Dexie {
  return (name) => {
    const db = new Dexie(name, { indexedDB, IDBKeyRange });
    db.version(1).stores(stores);
    return db;
  };
}
