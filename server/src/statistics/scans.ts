import type { ScanStatsSchema } from '@shared/statistics/schemas.js';
import type { z } from 'zod';
import { trusted } from '../db/trusted.js';
import { ScanModel } from '../showroom/models.js';
import { everyDay, type DayRange } from './days.js';

type ScanStats = z.infer<typeof ScanStatsSchema>;
export type KeyCount = { _id: string; count: number };

/**
 * Scans per day and per product over a range. Each scan carries its Asia/Shanghai `day`, written when
 * it was recorded (showroom/scan-recorder.ts), so both are one `$match` on that field and one `$group`
 * with a single `$sum`: FerretDB 1.24 computes only the first accumulator of a `$group` and has no date
 * operators. Scans recorded before `day` existed are not counted.
 */
export async function loadScanCounts(range: DayRange): Promise<{ byDay: KeyCount[]; byProduct: KeyCount[] }> {
  const match = { $match: { day: trusted({ $gte: range.from, $lte: range.to }) } };
  const countBy = (field: string) =>
    ScanModel.aggregate<KeyCount>([match, { $group: { _id: `$${field}`, count: { $sum: 1 } } }]);
  const [byDay, byProduct] = await Promise.all([countBy('day'), countBy('gtin')]);
  return { byDay, byProduct };
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
