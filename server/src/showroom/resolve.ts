import type { ScannedCode } from '@shared/codes/index.js';
import { CLEARANCE_CODES, clearanceState } from '@shared/showroom/clearance.js';
import { hsChapterName } from '@shared/showroom/hs-chapters.js';
import type { Locale } from '@shared/showroom/locale.js';
import type { ResolvedScan } from '@shared/showroom/schemas.js';
import { localizeTerm } from '@shared/showroom/terms.js';
import { AppError } from '../http/errors.js';
import { authenticityOf } from './authenticity.js';
import { latestEventOf, type BatchEntry, type ProductEntry, type Snapshot } from './snapshot.js';

export type ResolveOptions = { locale: Locale; fullDeclarationNo: boolean; now: Date };

const regionNames = new Map<Locale, Intl.DisplayNames>();
function countryName(product: ProductEntry, locale: Locale): string {
  if (locale === 'zh-CN') return product.originCountryName;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names.of(product.originCountry) ?? product.originCountry;
}

// Products do not change while the process runs (a reload makes new entries), so their localized
// form is made once per language: it is a good part of the cost of a scan answer.
const localizedProducts = new WeakMap<ProductEntry, Map<Locale, ResolvedScan['product']>>();
function localizedProduct(product: ProductEntry, locale: Locale): ResolvedScan['product'] {
  let byLocale = localizedProducts.get(product);
  if (!byLocale) localizedProducts.set(product, (byLocale = new Map()));
  let localized = byLocale.get(locale);
  if (!localized) {
    const { batches: _b, changeSeq: _c, merchantId: _m, name, originCountryName: _o, ...fields } = product;
    localized = {
      ...fields,
      name: name[locale],
      category: hsChapterName(product.hsCode)[locale],
      originCountryName: countryName(product, locale),
    };
    byLocale.set(locale, localized);
  }
  return localized;
}

const stateOf = (batch: BatchEntry, { locale, now }: ResolveOptions) =>
  clearanceState(latestEventOf(batch), locale, now);

function batchDetails(batch: BatchEntry, options: ResolveOptions): Partial<ResolvedScan> {
  const { locale } = options;
  return {
    batch: {
      lot: batch.lot,
      producedOn: batch.producedOn,
      bestBefore: batch.bestBefore,
      quantity: batch.quantity,
      regime: batch.regime,
    },
    provenance: batch.provenance.map((e) => ({
      at: e.at,
      event: localizeTerm(e.event, locale),
      place: localizeTerm(e.place, locale),
    })),
    clearance: batch.clearance.map(({ code, at }) => ({ code, at, label: CLEARANCE_CODES[code].label[locale] })),
    state: stateOf(batch, options),
    inspection: {
      result: localizeTerm(batch.inspection.result, locale),
      certificateNo: batch.inspection.certificateNo,
    },
    declarationNo: options.fullDeclarationNo ? batch.declarationNo : batch.maskedDeclarationNo,
  };
}

/**
 * What a shopper sees for a scanned code, from the in-memory catalogue only. An unknown product is a
 * 404. A lot the product does not have is not an error: the product is still worth showing, without
 * batch details, with `unknownLot` saying which lot was not found and `lots` listing the known ones.
 */
export function resolveScan(snapshot: Snapshot, code: ScannedCode, options: ResolveOptions): ResolvedScan {
  const product = snapshot.products.get(code.gtin);
  if (!product) {
    throw new AppError(404, 'unknown_product', `No product with GTIN ${code.gtin} is registered in the showroom.`, {
      gtin: code.gtin,
    });
  }
  const { locale } = options;
  const merchant = snapshot.merchants.get(product.merchantId);
  const batch = code.lot === undefined ? undefined : product.batches.get(code.lot);
  const authenticity = authenticityOf(snapshot, code);
  return {
    locale,
    scanned: { kind: code.kind, gtin: code.gtin, lot: code.lot, serial: code.serial },
    product: localizedProduct(product, locale),
    merchant: {
      id: product.merchantId,
      name: merchant?.name[locale] ?? product.merchantId,
      booth: merchant?.booth ?? '',
    },
    lots: [...product.batches.values()].map((b) => ({
      lot: b.lot,
      producedOn: b.producedOn,
      bestBefore: b.bestBefore,
      state: stateOf(b, options),
    })),
    provenance: [],
    clearance: [],
    ...(batch ? batchDetails(batch, options) : {}),
    ...(code.lot !== undefined && !batch ? { unknownLot: code.lot } : {}),
    ...(code.serial !== undefined ? { serial: code.serial } : {}),
    ...(authenticity ? { authenticity } : {}),
  };
}
