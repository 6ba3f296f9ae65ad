import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Batch, CatalogueSync, Merchant, Product, Serial } from '@shared/showroom/schemas';

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
export class CatalogueDb extends Dexie {
  merchants!: EntityTable<Merchant, 'id'>;
  products!: EntityTable<Product, 'gtin'>;
  batches!: Table<Batch, [string, string]>;
  serials!: Table<Serial, [string, string]>;
  meta!: EntityTable<SyncState, 'key'>;
  scans!: EntityTable<RecentScan, 'id'>;

  constructor(name = 'lugang-showroom') {
    super(name);
    this.version(1).stores({
      merchants: 'id',
      products: 'gtin, merchantId',
      batches: '[gtin+lot], gtin',
      serials: '[gtin+serial]',
      meta: 'key',
      scans: '++id, at',
    });
  }

  get catalogueTables() {
    return [this.merchants, this.products, this.batches, this.serials, this.meta];
  }
}

let db: CatalogueDb | undefined;

export function catalogueDb(): CatalogueDb {
  db ??= new CatalogueDb();
  return db;
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

export async function readProductSlice(
  database: CatalogueDb,
  gtin: string,
  serial: string | undefined,
): Promise<ProductSlice | undefined> {
  return database.transaction('r', database.catalogueTables, async () => {
    const product = await database.products.get(gtin);
    if (!product) return undefined;
    const [merchant, batches, serialEntry, sync] = await Promise.all([
      database.merchants.get(product.merchantId),
      database.batches.where('gtin').equals(gtin).toArray(),
      serial === undefined ? undefined : database.serials.get([gtin, serial]),
      database.meta.get('sync'),
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

/** Stores a sync answer: a full one replaces the catalogue, an incremental one is merged into it. */
export async function applySync(database: CatalogueDb, data: CatalogueSync, now: Date): Promise<SyncState> {
  const state: SyncState = {
    key: 'sync',
    cursor: data.cursor,
    syncedAt: now.toISOString(),
    keys: data.keys,
    revocations: data.revocations,
  };
  await database.transaction('rw', database.catalogueTables, async () => {
    if (data.full) {
      await Promise.all([
        database.merchants.clear(),
        database.products.clear(),
        database.batches.clear(),
        database.serials.clear(),
      ]);
    }
    await database.merchants.bulkPut(data.merchants);
    await database.products.bulkPut(data.products);
    await database.batches.bulkPut(data.batches);
    await database.serials.bulkPut(data.serials);
    await database.meta.put(state);
  });
  return state;
}
