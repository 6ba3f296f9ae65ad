import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/**
 * Opens one of the app's IndexedDB databases. When a newer version of the app upgrades it in
 * another tab, this connection steps aside; `onClosed` hears that it can no longer be used.
 */
export function openAppDb<Schema extends DBSchema>(
  name: string,
  version: number,
  upgrade: OpenDBCallbacks<Schema>['upgrade'],
  onClosed: () => void = () => {},
): Promise<IDBPDatabase<Schema>> {
  return openDB<Schema>(name, version, {
    upgrade,
    blocking: (_version, _newVersion, event) => {
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated: onClosed,
  });
}

/** The page's one connection, opened on first use and again after it failed or closed. */
export function sharedConnection<Schema extends DBSchema>(
  open: (onClosed: () => void) => Promise<IDBPDatabase<Schema>>,
): () => Promise<IDBPDatabase<Schema>> {
  let connection: Promise<IDBPDatabase<Schema>> | undefined;
  return () => {
    connection ??= open(() => (connection = undefined)).catch((error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  };
}
