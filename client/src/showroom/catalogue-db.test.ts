import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dexieMade, layoutsByDexieAndIdb } from '@client/shell/idb-layout.test-support';
import type { CatalogueSync } from '@shared/showroom/schemas';
import { inTransaction, openCatalogueDb, readProductSlice, updateBatchClearance, type SyncState } from './catalogue-db';
import { applySync, catalogue, FORMULA_GTIN, freshCatalogueDb, sliceOf } from './catalogue.test-support';
import { readRecentScans, rememberScan } from './scan-history';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const [FIRST_LOT, SECOND_LOT] = catalogue.batches.map((b) => b.lot) as [string, string];

/** The database as the Dexie version of the app declared it. */
const dexieMadeDb = dexieMade({
  merchants: 'id',
  products: 'gtin, merchantId',
  batches: '[gtin+lot], gtin',
  serials: '[gtin+serial]',
  meta: 'key',
  scans: '++id, at',
});

const syncState = (data: CatalogueSync): SyncState => ({
  key: 'sync',
  cursor: data.cursor,
  syncedAt: NOW.toISOString(),
  keys: data.keys,
  revocations: data.revocations,
});

describe('the showroom database on the device', () => {
  it('is created with the stores, keys and indexes that Dexie created', async () => {
    const { byDexie, byIdb } = await layoutsByDexieAndIdb('layout', dexieMadeDb, openCatalogueDb);
    expect(byDexie.version).toBe(10);
    expect(byDexie.stores.map((s) => s.storeName)).toEqual([
      'batches',
      'merchants',
      'meta',
      'products',
      'scans',
      'serials',
    ]);
    expect(byIdb).toEqual(byDexie);
  });

  it('opens the database Dexie made on a device as it is, with everything stored in it', async () => {
    const legacy = dexieMadeDb('made-by-dexie');
    await legacy.table('merchants').bulkPut(catalogue.merchants);
    await legacy.table('products').bulkPut(catalogue.products);
    await legacy.table('batches').bulkPut(catalogue.batches);
    await legacy.table('serials').bulkPut(catalogue.serials);
    await legacy.table('meta').put(syncState(catalogue));
    await legacy.table('scans').add({ at: NOW.toISOString(), gtin: FORMULA_GTIN, query: {}, name: 'formula' });
    legacy.close();

    const db = await openCatalogueDb('made-by-dexie');
    expect(db.version).toBe(10);
    expect(await readProductSlice(db, FORMULA_GTIN, 'A0105520001')).toEqual(
      sliceOf(catalogue, FORMULA_GTIN, 'A0105520001'),
    );
    expect((await db.get('meta', 'sync'))?.cursor).toBe(catalogue.cursor);
    await rememberScan(db, { gtin: FORMULA_GTIN, query: { lot: FIRST_LOT }, name: 'formula' }, 30, NOW);
    expect((await readRecentScans(db, 30)).map((s) => s.id)).toEqual([2, 1]);
    db.close();

    // And the other way round: an older version of the app still opens what this one stored.
    const again = dexieMadeDb('made-by-dexie');
    expect(await again.table('scans').count()).toBe(2);
    again.close();
  });

  it('reads one product with its merchant, its lots sorted, the serial and the label keys', async () => {
    const db = await freshCatalogueDb();
    await applySync(db, { ...catalogue, batches: [...catalogue.batches].reverse() }, NOW);

    const slice = await readProductSlice(db, FORMULA_GTIN, 'A0105520002');

    expect(slice?.batches.map((b) => b.lot)).toEqual([FIRST_LOT, SECOND_LOT]);
    expect(slice).toEqual(sliceOf(catalogue, FORMULA_GTIN, 'A0105520002'));
    expect(await readProductSlice(db, '09999999999999', undefined)).toBeUndefined();
  });

  it('replaces the catalogue with a full sync and merges an incremental one', async () => {
    const db = await freshCatalogueDb();
    await applySync(db, catalogue, NOW);
    const moved = { ...catalogue.merchants[0]!, booth: 'B-202' };

    const state = await applySync(
      db,
      { ...catalogue, full: false, cursor: 'epoch1.43', merchants: [moved], products: [], batches: [], serials: [] },
      NOW,
    );
    expect(state).toEqual({ ...syncState(catalogue), cursor: 'epoch1.43' });
    expect((await readProductSlice(db, FORMULA_GTIN, undefined))?.merchant?.booth).toBe('B-202');
    expect(await db.count('batches')).toBe(2);

    await applySync(db, { ...catalogue, batches: catalogue.batches.slice(1), serials: [] }, NOW);
    expect(await db.getAllKeys('batches')).toEqual([[FORMULA_GTIN, SECOND_LOT]]);
    expect(await db.count('serials')).toBe(0);
    expect((await db.get('merchants', 'm-tasman'))?.booth).toBe('A-101');
  });

  it('updates the clearance of a batch it has, and leaves one it does not have to the next sync', async () => {
    const db = await freshCatalogueDb();
    await applySync(db, catalogue, NOW);
    const clearance = [{ code: 899, at: '2026-11-20T01:00:00.000Z' }] as CatalogueSync['batches'][number]['clearance'];

    await updateBatchClearance(db, { gtin: FORMULA_GTIN, lot: SECOND_LOT, clearance });
    await updateBatchClearance(db, { gtin: FORMULA_GTIN, lot: 'UNKNOWN', clearance });

    expect((await db.get('batches', [FORMULA_GTIN, SECOND_LOT]))?.clearance).toEqual(clearance);
    expect(await db.get('batches', [FORMULA_GTIN, 'UNKNOWN'])).toBeUndefined();
  });

  it('stores nothing of a transaction whose work fails', async () => {
    const db = await freshCatalogueDb();

    const failing = inTransaction(db.transaction('meta', 'readwrite'), async (tx) => {
      await tx.store.put(syncState(catalogue));
      throw new Error('failed half-way');
    });

    await expect(failing).rejects.toThrow('failed half-way');
    expect(await db.get('meta', 'sync')).toBeUndefined();
  });
});
