import type { CatalogueSync } from '@shared/showroom/schemas.js';
import { parseCursor } from './change-log.js';
import type { Snapshot } from './snapshot.js';
import { cursorOf, labelKeysOf, toBatch, toMerchant, toProduct, toSerial } from './views.js';

/**
 * The catalogue for a device's offline store: everything without a cursor (or with one from another
 * database or from the future), else the records changed since. Declaration numbers are always masked:
 * the device store is not the place for them, whoever is signed in.
 */
export function catalogueSync(snapshot: Snapshot, since: string | undefined): CatalogueSync {
  const cursor = since === undefined ? undefined : parseCursor(since);
  const from = cursor && cursor.epoch === snapshot.epoch && cursor.seq <= snapshot.seq ? cursor.seq : undefined;
  const wanted = (entry: { changeSeq: number }) => from === undefined || entry.changeSeq > from;
  const products = [...snapshot.products.values()];
  return {
    cursor: cursorOf(snapshot),
    full: from === undefined,
    merchants: [...snapshot.merchants.values()].filter(wanted).map(toMerchant),
    products: products.filter(wanted).map(toProduct),
    batches: products
      .flatMap((p) => [...p.batches.values()])
      .filter(wanted)
      .map((b) => toBatch(b, { fullDeclarationNo: false })),
    serials: [...snapshot.serials.values()].filter(wanted).map(toSerial),
    ...labelKeysOf(snapshot),
  };
}
