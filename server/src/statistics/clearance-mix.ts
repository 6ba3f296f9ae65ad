import { CLEARANCE_CODES, type ClearanceCode } from '@shared/showroom/clearance.js';
import type { Locale, LocalizedText } from '@shared/showroom/locale.js';
import type { ClearanceMixSchema } from '@shared/statistics/schemas.js';
import type { z } from 'zod';
import type { Snapshot } from '../showroom/snapshot.js';
import { latestEventOf } from '../showroom/snapshot.js';

type ClearanceMix = z.infer<typeof ClearanceMixSchema>;

/** The code of a batch with no clearance event yet. */
export const NO_RECORD_CODE = 'none';
const NO_RECORD: LocalizedText = { 'zh-CN': '暂无通关记录', 'zh-TW': '暫無通關紀錄', en: 'No customs record yet' };

/**
 * How many batches stand at each clearance status now: a batch's status is its latest event, as on the
 * product page (the snapshot keeps each batch's events sorted). Not limited to the date range: it is the
 * showroom as it is today. Commonest first, then by code.
 */
export function clearanceMix(snapshot: Snapshot, locale: Locale): ClearanceMix {
  const counts = new Map<string, number>();
  for (const product of snapshot.products.values()) {
    for (const batch of product.batches.values()) {
      const code = String(latestEventOf(batch)?.code ?? NO_RECORD_CODE);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([code, count]) => ({
      code,
      label: code === NO_RECORD_CODE ? NO_RECORD[locale] : CLEARANCE_CODES[Number(code) as ClearanceCode].label[locale],
      count,
    }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code, 'en', { numeric: true }));
}
