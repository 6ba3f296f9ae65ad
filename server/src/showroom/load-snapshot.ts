import { isClearanceCode } from '@shared/showroom/clearance.js';
import { hsChapterName } from '@shared/showroom/hs-chapters.js';
import { maskDeclarationNo } from '@shared/showroom/mask.js';
import type { CustomsRegimeSchema } from '@shared/showroom/schemas.js';
import type { z } from 'zod';
import { lastChangeOfEachRecord, type ChangeLog, type ChangeRef } from './change-log.js';
import type { LabelKeyring } from './label-keyring.js';
import {
  BatchModel,
  ClearanceEventModel,
  LabelRevocationModel,
  MerchantModel,
  ProductModel,
  SerialModel,
} from './models.js';
import {
  batchKey,
  publicKeysOf,
  serialKey,
  sortEvents,
  type BatchEntry,
  type MerchantEntry,
  type ProductEntry,
  type RecordedClearanceEvent,
  type Snapshot,
} from './snapshot.js';

type Regime = z.infer<typeof CustomsRegimeSchema>;

/** Reads the whole catalogue into a new snapshot: at start, and after the seed. */
export async function loadSnapshot(log: ChangeLog, keyring: LabelKeyring): Promise<Snapshot> {
  const [merchants, products, batches, serials, events, revocations, changes] = await Promise.all([
    MerchantModel.find().lean(),
    ProductModel.find().lean(),
    BatchModel.find().lean(),
    SerialModel.find().lean(),
    ClearanceEventModel.find({}, { gtin: 1, lot: 1, seq: 1, code: 1, at: 1 }).lean(),
    LabelRevocationModel.find().lean(),
    lastChangeOfEachRecord(),
  ]);
  const changeSeq = (kind: ChangeRef['kind'], key: string) => changes.get(`${kind}:${key}`) ?? 0;

  const eventsByBatch = new Map<string, RecordedClearanceEvent[]>();
  for (const e of events) {
    if (!isClearanceCode(e.code)) continue;
    const list = eventsByBatch.get(batchKey(e.gtin, e.lot)) ?? [];
    list.push({ code: e.code, at: e.at.toISOString(), seq: e.seq });
    eventsByBatch.set(batchKey(e.gtin, e.lot), list);
  }

  const productMap = new Map<string, ProductEntry>();
  for (const p of products) {
    const { _id, __v, ...fields } = p;
    productMap.set(p.gtin, {
      ...fields,
      customsRegime: p.customsRegime as Regime,
      batches: new Map(),
      changeSeq: changeSeq('product', p.gtin),
    });
  }
  for (const b of batches) {
    const product = productMap.get(b.gtin);
    if (!product) continue;
    const clearance = sortEvents(eventsByBatch.get(batchKey(b.gtin, b.lot)) ?? []);
    const entry: BatchEntry = {
      gtin: b.gtin,
      lot: b.lot,
      producedOn: b.producedOn,
      bestBefore: b.bestBefore ?? null,
      quantity: b.quantity,
      declarationNo: b.declarationNo,
      maskedDeclarationNo: maskDeclarationNo(b.declarationNo),
      regime: b.regime as Regime,
      inspection: { result: b.inspection?.result ?? '', certificateNo: b.inspection?.certificateNo ?? null },
      provenance: b.provenance.map((e) => ({ at: e.at.toISOString(), event: e.event, place: e.place })),
      clearance,
      nextEventSeq: Math.max(0, ...clearance.map((e) => e.seq)) + 1,
      // The batch changes when its clearance does; those changes are recorded under the batch key.
      changeSeq: changeSeq('batch', batchKey(b.gtin, b.lot)),
    };
    product.batches.set(b.lot, entry);
  }

  const merchantMap = new Map<string, MerchantEntry>();
  for (const m of merchants) {
    const own = [...productMap.values()].filter((p) => p.merchantId === m.merchantId);
    const chapters = [...new Set(own.map((p) => p.hsCode.slice(0, 2)))].sort();
    merchantMap.set(m.merchantId, {
      id: m.merchantId,
      name: m.name,
      booth: m.booth,
      creditCode: m.creditCode,
      county: m.county,
      sells: chapters.map((chapter) => ({ chapter, name: hsChapterName(chapter) })),
      gtins: own.map((p) => p.gtin),
      changeSeq: changeSeq('merchant', m.merchantId),
    });
  }

  return {
    epoch: log.epoch,
    seq: log.seq,
    merchants: merchantMap,
    products: productMap,
    serials: new Map(
      serials.map((s) => [
        serialKey(s.gtin, s.serial),
        { gtin: s.gtin, serial: s.serial, lot: s.lot, changeSeq: changeSeq('serial', serialKey(s.gtin, s.serial)) },
      ]),
    ),
    revoked: {
      kids: revocations.filter((r) => r.kind === 'kid').map((r) => r.value),
      serials: revocations.filter((r) => r.kind === 'serial').map((r) => r.value),
    },
    ...publicKeysOf(keyring.keys),
  };
}
