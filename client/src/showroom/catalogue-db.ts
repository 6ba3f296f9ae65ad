import type { DBSchema, IDBPDatabase, StoreNames } from 'idb';
import type { Batch, CatalogueSync, Merchant, Product, Serial } from '@shared/showroom/schemas';
import { openAppDb, sharedConnection } from '@client/shell/idb-connection';
import { catalogueChanged } from './catalogue-changes';

/** Where the device's copy of the catalogue stands: the sync cursor and the label keys it checks with. */
export interface SyncState {
  key: 'sync';
  cursor: string;
  /** ISO time of the last successful sync. */
  syncedAt: string;
  keys: CatalogueSync['keys'];
  revocations: CatalogueSync['revocations'];
}

/** A scan in the device's history; it never leaves the device. */
export interface RecentScan {
  id?: number;
  at: string;
  gtin: string;
  lot?: string;
  serial?: string;
  /** The product page's query (lot, serial, kid, sig, …): opening it again shows the same thing. */
  query: Record<string, string>;
  /** The product's name when it was scanned; the list prefers the catalogue's name in the current language. */
  name: string;
}

/**
 * The showroom's IndexedDB database: the catalogue as `/api/catalogue/sync` delivers it, record for
 * record (declaration numbers already masked by the server), plus the scan history.
 */
export interface CatalogueSchema extends DBSchema {
  merchants: { key: string; value: Merchant };
  products: { key: string; value: Product; indexes: { merchantId: string } };
  batches: { key: [gtin: string, lot: string]; value: Batch; indexes: { gtin: string } };
  serials: { key: [gtin: string, serial: string]; value: Serial };
  meta: { key: 'sync'; value: SyncState };
  scans: { key: number; value: RecentScan; indexes: { at: string } };
}

export type CatalogueDb = IDBPDatabase<CatalogueSchema>;

/** The stores a sync writes: read together, they give one consistent catalogue. */
export const CATALOGUE_STORES = ['merchants', 'products', 'batches', 'serials', 'meta'] as const;

// Dexie created this database, and its version 1 is IndexedDB version 10: the same name, version,
// stores and index names open what devices already have as it is.
const DATABASE_NAME = 'lugang-showroom';
const DATABASE_VERSION = 10;

function createMissingStores(db: CatalogueDb): void {
  const has = (name: StoreNames<CatalogueSchema>) => db.objectStoreNames.contains(name);
  if (!has('merchants')) db.createObjectStore('merchants', { keyPath: 'id' });
  if (!has('products')) db.createObjectStore('products', { keyPath: 'gtin' }).createIndex('merchantId', 'merchantId');
  if (!has('batches')) db.createObjectStore('batches', { keyPath: ['gtin', 'lot'] }).createIndex('gtin', 'gtin');
  if (!has('serials')) db.createObjectStore('serials', { keyPath: ['gtin', 'serial'] });
  if (!has('meta')) db.createObjectStore('meta', { keyPath: 'key' });
  if (!has('scans')) db.createObjectStore('scans', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
}

/** Opens the showroom database (another name for tests). */
export function openCatalogueDb(name = DATABASE_NAME, onClosed?: () => void): Promise<CatalogueDb> {
  return openAppDb<CatalogueSchema>(name, DATABASE_VERSION, createMissingStores, onClosed);
}

/** The page's connection to the showroom database. */
export const catalogueDb = sharedConnection((onClosed) => openCatalogueDb(DATABASE_NAME, onClosed));

/**
 * What `work` gives once its transaction has committed; a failed request rejects it. A failure of
 * `work` itself aborts the transaction, so that nothing of it is stored.
 */
export async function inTransaction<Tx extends { done: Promise<void>; abort(): void }, T>(
  tx: Tx,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  tx.done.catch(() => undefined); // its failure reaches the caller through `work` or the await below
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Over already.
    }
    throw error;
  }
}

/** Everything the device knows about one product: what a local resolve needs. */
export interface ProductSlice {
  product: Product;
  merchant: Merchant | undefined;
  batches: Batch[];
  /** The serial register entry of the scanned serial, when there is one. */
  serial: Serial | undefined;
  keys: SyncState['keys'];
  revocations: SyncState['revocations'];
}

export function readProductSlice(
  db: CatalogueDb,
  gtin: string,
  serial: string | undefined,
): Promise<ProductSlice | undefined> {
  return inTransaction(db.transaction(CATALOGUE_STORES), async (tx) => {
    const product = await tx.objectStore('products').get(gtin);
    if (!product) return undefined;
    const [merchant, batches, serialEntry, sync] = await Promise.all([
      tx.objectStore('merchants').get(product.merchantId),
      tx.objectStore('batches').index('gtin').getAll(gtin), // sorted by lot: the index orders equal GTINs by key
      serial === undefined ? undefined : tx.objectStore('serials').get([gtin, serial]),
      tx.objectStore('meta').get('sync'),
    ]);
    return {
      product,
      merchant,
      batches,
      serial: serialEntry,
      keys: sync?.keys ?? [],
      revocations: sync?.revocations ?? { kids: [], serials: [] },
    };
  });
}

/**
 * Stores a sync answer: a full one replaces the catalogue, an incremental one is merged into it.
 * Nobody is told: it runs in the sync worker, and the page then tells its own watchers and the other tabs.
 */
export async function storeSync(db: CatalogueDb, data: CatalogueSync, now: Date): Promise<SyncState> {
  const state: SyncState = {
    key: 'sync',
    cursor: data.cursor,
    syncedAt: now.toISOString(),
    keys: data.keys,
    revocations: data.revocations,
  };
  await inTransaction(db.transaction(CATALOGUE_STORES, 'readwrite'), (tx) => {
    const replaced = data.full ? (['merchants', 'products', 'batches', 'serials'] as const) : [];
    // Requests run in the order they are made: the clears before the puts.
    return Promise.all([
      ...replaced.map((name) => tx.objectStore(name).clear()),
      ...data.merchants.map((merchant) => tx.objectStore('merchants').put(merchant)),
      ...data.products.map((product) => tx.objectStore('products').put(product)),
      ...data.batches.map((batch) => tx.objectStore('batches').put(batch)),
      ...data.serials.map((serialEntry) => tx.objectStore('serials').put(serialEntry)),
      tx.objectStore('meta').put(state),
    ]);
  });
  return state;
}

/** A batch's new clearance, heard live; a batch the device does not have yet comes with the next sync. */
export async function updateBatchClearance(
  db: CatalogueDb,
  update: Pick<Batch, 'gtin' | 'lot' | 'clearance'>,
): Promise<void> {
  const updated = await inTransaction(db.transaction('batches', 'readwrite'), async (tx) => {
    const batch = await tx.store.get([update.gtin, update.lot]);
    if (batch) await tx.store.put({ ...batch, clearance: update.clearance });
    return batch !== undefined;
  });
  if (updated) catalogueChanged();
}
