import type { LocalizedText } from '@shared/showroom/locale';
import { inTransaction, type CatalogueDb, type RecentScan } from './catalogue-db';

/** A scan of the history, with the product's names from the catalogue when the device has it. */
export type RecentScanView = RecentScan & { names?: LocalizedText };

/** The newest `limit` scans, newest first. */
export function readRecentScans(db: CatalogueDb, limit: number): Promise<RecentScanView[]> {
  return inTransaction(db.transaction(['scans', 'products']), async (tx) => {
    const scans = (await tx.objectStore('scans').index('at').getAll()).reverse().slice(0, limit);
    const gtins = [...new Set(scans.map((scan) => scan.gtin))];
    const products = await Promise.all(gtins.map((gtin) => tx.objectStore('products').get(gtin)));
    const names = new Map(products.flatMap((p) => (p ? [[p.gtin, p.name] as const] : [])));
    return scans.map((scan) => ({ ...scan, names: names.get(scan.gtin) }));
  });
}

/**
 * Adds a scan to the history, which keeps the newest `keep`. The same product page scanned again
 * moves to the top instead of appearing twice.
 */
export function rememberScan(
  db: CatalogueDb,
  scan: Omit<RecentScan, 'id' | 'at'>,
  keep: number,
  now = new Date(),
): Promise<void> {
  const samePage = (r: RecentScan) => r.gtin === scan.gtin && JSON.stringify(r.query) === JSON.stringify(scan.query);
  return inTransaction(db.transaction('scans', 'readwrite'), async (tx) => {
    let kept = 0;
    let cursor = await tx.store.index('at').openCursor(null, 'prev');
    while (cursor) {
      if (samePage(cursor.value) || kept === keep - 1) await cursor.delete();
      else kept += 1;
      cursor = await cursor.continue();
    }
    await tx.store.add({ ...scan, at: now.toISOString() });
  });
}

export function clearScans(db: CatalogueDb): Promise<void> {
  return db.clear('scans');
}
