import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applySync, catalogue, FORMULA_GTIN, freshCatalogueDb } from './catalogue.test-support';
import { clearScans, readRecentScans, rememberScan } from './scan-history';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 2, minute));
const scanOf = (lot: string) => ({ gtin: FORMULA_GTIN, lot, query: { lot }, name: `formula ${lot}` });

describe('the scan history on the device', () => {
  it('lists the newest scans first, with the product names from the catalogue', async () => {
    const db = await freshCatalogueDb();
    await applySync(db, catalogue, at(0));
    await rememberScan(db, scanOf('L1'), 30, at(1));
    await rememberScan(db, scanOf('L2'), 30, at(2));
    await rememberScan(db, { ...scanOf('L3'), gtin: '09999999999999' }, 30, at(3));

    const recent = await readRecentScans(db, 30);

    expect(recent.map((s) => s.lot)).toEqual(['L3', 'L2', 'L1']);
    expect(recent[1]).toMatchObject({
      at: at(2).toISOString(),
      name: 'formula L2',
      names: catalogue.products[0]!.name,
    });
    expect(recent[0]?.names).toBeUndefined();
    expect((await readRecentScans(db, 2)).map((s) => s.lot)).toEqual(['L3', 'L2']);
  });

  it('moves a product page scanned again to the top instead of listing it twice', async () => {
    const db = await freshCatalogueDb();
    await rememberScan(db, scanOf('L1'), 30, at(1));
    await rememberScan(db, scanOf('L2'), 30, at(2));
    await rememberScan(db, scanOf('L1'), 30, at(3));

    expect((await readRecentScans(db, 30)).map((s) => [s.lot, s.at])).toEqual([
      ['L1', at(3).toISOString()],
      ['L2', at(2).toISOString()],
    ]);
  });

  it('keeps only the newest scans, and forgets them all when cleared', async () => {
    const db = await freshCatalogueDb();
    for (const minute of [1, 2, 3, 4, 5]) await rememberScan(db, scanOf(`L${minute}`), 3, at(minute));

    expect((await readRecentScans(db, 30)).map((s) => s.lot)).toEqual(['L5', 'L4', 'L3']);
    expect(await db.count('scans')).toBe(3);

    await clearScans(db);
    expect(await readRecentScans(db, 30)).toEqual([]);
  });
});
