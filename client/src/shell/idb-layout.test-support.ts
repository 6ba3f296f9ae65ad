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
