import { toGtin14 } from '@shared/codes/index.js';
import type { ChangeLog, ChangeRef } from './change-log.js';
import { BatchModel, ClearanceEventModel, MerchantModel, ProductModel, SerialModel } from './models.js';
import { yuanToFen, type SeedFile, type SeedProduct } from './seed-file.js';
import { batchKey, serialKey } from './snapshot.js';

function gtin14Of(product: SeedProduct): string {
  const gtin = toGtin14(product.gtin);
  if (!gtin) throw new Error(`The seed product ${product.gtin} has no valid GTIN.`);
  return gtin;
}

async function existingKeys<T>(query: Promise<T[]>, key: (doc: T) => string): Promise<Set<string>> {
  return new Set((await query).map(key));
}

/**
 * Inserts the records of the demo catalogue that the database does not have yet; never changes one
 * that exists (officers may have added clearance events since). Every insert is recorded in the change
 * log first, so that devices that synced before pick it up.
 */
export async function seedCatalogue(seed: SeedFile, log: ChangeLog, now: Date): Promise<void> {
  const items = seed.products.map((p) => ({ product: p, gtin: gtin14Of(p) }));
  const [merchants, products, batches, serials, events] = await Promise.all([
    existingKeys(MerchantModel.find({}, { merchantId: 1 }).lean(), (m) => m.merchantId),
    existingKeys(ProductModel.find({}, { gtin: 1 }).lean(), (p) => p.gtin),
    existingKeys(BatchModel.find({}, { gtin: 1, lot: 1 }).lean(), (b) => batchKey(b.gtin, b.lot)),
    existingKeys(SerialModel.find({}, { gtin: 1, serial: 1 }).lean(), (s) => serialKey(s.gtin, s.serial)),
    existingKeys(
      ClearanceEventModel.find({}, { gtin: 1, lot: 1, seq: 1 }).lean(),
      (e) => `${batchKey(e.gtin, e.lot)}|${e.seq}`,
    ),
  ]);

  const newMerchants = seed.merchants.filter((m) => !merchants.has(m.id));
  const newProducts = items.filter(({ gtin }) => !products.has(gtin));
  const lots = items.flatMap(({ product, gtin }) => product.batches.map((batch) => ({ product, gtin, batch })));
  const newBatches = lots.filter(({ gtin, batch }) => !batches.has(batchKey(gtin, batch.lot)));
  const newSerials = lots.flatMap(({ gtin, batch }) =>
    batch.serials
      .filter((serial) => !serials.has(serialKey(gtin, serial)))
      .map((serial) => ({ gtin, serial, lot: batch.lot })),
  );
  const newEvents = lots.flatMap(({ gtin, batch }) =>
    batch.clearance
      .map((e, i) => ({
        gtin,
        lot: batch.lot,
        seq: i + 1,
        code: e.code,
        at: new Date(e.at),
        source: 'seed',
        recordedAt: now,
      }))
      .filter((e) => !events.has(`${batchKey(gtin, e.lot)}|${e.seq}`)),
  );

  const changed = new Map<string, ChangeRef>();
  const touch = (ref: ChangeRef) => changed.set(`${ref.kind}:${ref.key}`, ref);
  newMerchants.forEach((m) => touch({ kind: 'merchant', key: m.id }));
  newProducts.forEach(({ gtin }) => touch({ kind: 'product', key: gtin }));
  newBatches.forEach(({ gtin, batch }) => touch({ kind: 'batch', key: batchKey(gtin, batch.lot) }));
  newEvents.forEach((e) => touch({ kind: 'batch', key: batchKey(e.gtin, e.lot) }));
  newSerials.forEach((s) => touch({ kind: 'serial', key: serialKey(s.gtin, s.serial) }));
  if (changed.size === 0) return;
  await log.record([...changed.values()], now);

  await MerchantModel.insertMany(newMerchants.map(({ id, ...m }) => ({ merchantId: id, ...m })));
  await ProductModel.insertMany(
    newProducts.map(({ product: { batches: _batches, retailPriceCny, gtin: gtin13, ...p }, gtin }) => ({
      ...p,
      gtin,
      gtin13,
      retailPriceFen: yuanToFen(retailPriceCny),
    })),
  );
  await BatchModel.insertMany(
    newBatches.map(({ product, gtin, batch: { clearance: _c, serials: _s, provenance, ...b } }) => ({
      ...b,
      gtin,
      regime: product.customsRegime,
      provenance: provenance.map((e) => ({ ...e, at: new Date(e.at) })),
    })),
  );
  await SerialModel.insertMany(newSerials);
  await ClearanceEventModel.insertMany(newEvents);
}
