import type { ScannedCode } from '@shared/codes';
import type { Batch, ResolvedScan } from '@shared/showroom/schemas';
import { watchCatalogue } from './catalogue-changes';
import { CATALOGUE_STORES, inTransaction, type CatalogueDb, type ProductSlice } from './catalogue-db';
import { resolveOnDevice, type ResolveOptions } from './resolve-local';

/**
 * The device's catalogue in memory, looked up by GTIN: a scan resolves in the task that scanned,
 * without an IndexedDB transaction (~10 ms, more while the page is busy).
 */
export interface CatalogueIndex {
  slice(gtin: string, serial: string | undefined): ProductSlice | undefined;
  resolve(code: ScannedCode, options: ResolveOptions): ResolvedScan | undefined;
}

/** One consistent read of the whole catalogue (the server keeps the same in memory). */
export async function readCatalogueIndex(db: CatalogueDb): Promise<CatalogueIndex> {
  const [merchants, products, batches, serials, sync] = await inTransaction(db.transaction(CATALOGUE_STORES), (tx) =>
    Promise.all([
      tx.objectStore('merchants').getAll(),
      tx.objectStore('products').getAll(),
      tx.objectStore('batches').getAll(), // in key order, [gtin, lot]: each product's lots come sorted, as a read by GTIN gives them
      tx.objectStore('serials').getAll(),
      tx.objectStore('meta').get('sync'),
    ]),
  );
  const merchantById = new Map(merchants.map((m) => [m.id, m]));
  const productByGtin = new Map(products.map((p) => [p.gtin, p]));
  const serialByKey = new Map(serials.map((s) => [`${s.gtin}|${s.serial}`, s]));
  const batchesByGtin = new Map<string, Batch[]>();
  for (const batch of batches) {
    const list = batchesByGtin.get(batch.gtin);
    if (list) list.push(batch);
    else batchesByGtin.set(batch.gtin, [batch]);
  }
  const keys = sync?.keys ?? [];
  const revocations = sync?.revocations ?? { kids: [], serials: [] };

  function slice(gtin: string, serial: string | undefined): ProductSlice | undefined {
    const product = productByGtin.get(gtin);
    if (!product) return undefined;
    return {
      product,
      merchant: merchantById.get(product.merchantId),
      batches: batchesByGtin.get(gtin) ?? [],
      serial: serial === undefined ? undefined : serialByKey.get(`${gtin}|${serial}`),
      keys,
      revocations,
    };
  }

  return {
    slice,
    resolve(code, options) {
      const found = slice(code.gtin, code.serial);
      return found && resolveOnDevice(found, code, options);
    },
  };
}

/**
 * The catalogue index now and after every change to the device's copy (a sync, a clearance heard
 * live, another tab). `onError` means the index can no longer be trusted to follow IndexedDB.
 * Returns the function that stops.
 */
export function watchCatalogueIndex(
  db: CatalogueDb,
  onIndex: (index: CatalogueIndex) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchCatalogue(() => readCatalogueIndex(db), onIndex, onError);
}
