import { clearanceStateInAllLocales } from '@shared/showroom/clearance.js';
import type { Batch, BatchClearance, LabelKeys, Merchant, Product, Serial } from '@shared/showroom/schemas.js';
import { formatCursor } from './change-log.js';
import {
  latestEventOf,
  type BatchEntry,
  type MerchantEntry,
  type ProductEntry,
  type SerialEntry,
  type Snapshot,
} from './snapshot.js';

export const cursorOf = (snapshot: Snapshot) => formatCursor(snapshot.epoch, snapshot.seq);

export function toMerchant({ gtins: _gtins, changeSeq: _c, ...merchant }: MerchantEntry): Merchant {
  return merchant;
}

export function toProduct({ batches: _batches, changeSeq: _c, ...product }: ProductEntry): Product {
  return product;
}

export function toSerial({ changeSeq: _c, ...serial }: SerialEntry): Serial {
  return serial;
}

export function toBatch(entry: BatchEntry, options: { fullDeclarationNo: boolean }): Batch {
  const { changeSeq: _c, nextEventSeq: _n, maskedDeclarationNo, declarationNo, clearance, ...batch } = entry;
  return {
    ...batch,
    declarationNo: options.fullDeclarationNo ? declarationNo : maskedDeclarationNo,
    clearance: clearance.map(({ code, at }) => ({ code, at })),
  };
}

export function labelKeysOf(snapshot: Snapshot): LabelKeys {
  return { keys: snapshot.keys, revocations: snapshot.revoked };
}

/** What the officer tools answer and the product room hears after a clearance change. */
export function batchClearanceOf(snapshot: Snapshot, entry: BatchEntry, now: Date): BatchClearance {
  const clearance = entry.clearance.map(({ code, at }) => ({ code, at }));
  return {
    gtin: entry.gtin,
    lot: entry.lot,
    clearance,
    state: clearanceStateInAllLocales(latestEventOf(entry), now),
    cursor: cursorOf(snapshot),
  };
}
