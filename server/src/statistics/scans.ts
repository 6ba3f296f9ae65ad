import type { ScanStatsSchema } from '@shared/statistics/schemas.js';
import type { z } from 'zod';
import { trusted } from '../db/trusted.js';
import { ScanCountModel } from '../showroom/models.js';
import { everyDay, type DayRange } from './days.js';

type ScanStats = z.infer<typeof ScanStatsSchema>;
export type KeyCount = { _id: string; count: number };
type DayProductCount = { _id: { day: string; gtin: string }; count: number };

/**
 * Scans per day and per product over a range, from the per-flush counts the scan recorder writes
 * (showroom/models.ts ScanCountModel) with each scan's Asia/Shanghai day: one `$match` on that field and
 * one `$group` by day and product with a single `$sum` (FerretDB 1.24 computes only the first
 * accumulator of a `$group` and has no date operators; a compound `_id` works, measured). Both totals
 * are added up from the few rows here. Scans recorded before the counts existed are not counted.
 */
export async function loadScanCounts(range: DayRange): Promise<{ byDay: KeyCount[]; byProduct: KeyCount[] }> {
  const rows = await ScanCountModel.aggregate<DayProductCount>([
    { $match: { day: trusted({ $gte: range.from, $lte: range.to }) } },
    { $group: { _id: { day: '$day', gtin: '$gtin' }, count: { $sum: '$count' } } },
  ]);
  return { byDay: totalsBy(rows, (r) => r._id.day), byProduct: totalsBy(rows, (r) => r._id.gtin) };
}

function totalsBy(rows: readonly DayProductCount[], key: (row: DayProductCount) => string): KeyCount[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + row.count);
  return [...totals.entries()].map(([_id, count]) => ({ _id, count }));
}

/** Every day of the range, zero-filled; products most scanned first, named in the reader's language. */
export function scanStats(
  range: DayRange,
  counts: { byDay: readonly KeyCount[]; byProduct: readonly KeyCount[] },
  productName: (gtin: string) => string | undefined,
): ScanStats {
  const perDay = new Map(counts.byDay.map((r) => [r._id, r.count]));
  const byDay = everyDay(range).map((day) => ({ day, count: perDay.get(day) ?? 0 }));
  const byProduct = counts.byProduct
    .map((r) => ({ gtin: r._id, name: productName(r._id) ?? r._id, count: r.count }))
    .sort((a, b) => b.count - a.count || a.gtin.localeCompare(b.gtin));
  return { total: byDay.reduce((sum, d) => sum + d.count, 0), byDay, byProduct };
}
