import { verifyScannedLabel, type LabelStatus, type ScannedCode } from '@shared/codes';
import { CLEARANCE_CODES, clearanceState, latestClearanceEvent } from '@shared/showroom/clearance';
import { hsChapterName } from '@shared/showroom/hs-chapters';
import type { Locale } from '@shared/showroom/locale';
import type { Batch, Product, ResolvedScan } from '@shared/showroom/schemas';
import { localizeTerm } from '@shared/showroom/terms';
import type { ProductSlice } from './catalogue-db';

export interface ResolveOptions {
  locale: Locale;
  now: Date;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** The catalogue names the country in Simplified Chinese; other languages ask the browser. */
export function countryName(product: Pick<Product, 'originCountry' | 'originCountryName'>, locale: Locale): string {
  if (locale === 'zh-CN') return product.originCountryName;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names.of(product.originCountry) ?? product.originCountry;
}

const stateOf = (batch: Batch, { locale, now }: ResolveOptions) =>
  clearanceState(latestClearanceEvent(batch.clearance), locale, now);

/** Clearance events with their label in `locale`, as the API sends them. */
export function labelledClearance(clearance: Batch['clearance'], locale: Locale): ResolvedScan['clearance'] {
  return clearance.map(({ code, at }) => ({ code, at, label: CLEARANCE_CODES[code].label[locale] }));
}

function batchDetails(batch: Batch, options: ResolveOptions): Partial<ResolvedScan> {
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
    clearance: labelledClearance(batch.clearance, locale),
    state: stateOf(batch, options),
    inspection: {
      result: localizeTerm(batch.inspection.result, locale),
      certificateNo: batch.inspection.certificateNo,
    },
    declarationNo: batch.declarationNo,
  };
}

/**
 * Whether the scanned item is one the zone issued, with the device's keys and revocation list, in
 * the server's order: a signature is checked when the code carries one; a bare serial is looked up
 * in the serial register; a code with neither says nothing (undefined).
 */
export function authenticityOnDevice(slice: ProductSlice, code: ScannedCode): LabelStatus | undefined {
  const { kid, sig } = code.params;
  if (kid !== undefined || sig !== undefined) {
    const publicKeys = Object.fromEntries(slice.keys.map((k) => [k.kid, k.publicKey]));
    return verifyScannedLabel(code, publicKeys, slice.revocations);
  }
  if (code.serial === undefined) return undefined;
  if (slice.revocations.serials.includes(`${code.gtin}|${code.serial}`)) return 'revoked';
  const issued = slice.serial;
  if (!issued || issued.serial !== code.serial || (code.lot !== undefined && issued.lot !== code.lot))
    return 'not_issued';
  return 'unsigned';
}

/**
 * What `GET /api/products/resolve` answers, computed on the device from its catalogue: the same
 * view model, so a page cannot tell (and need not care) where it came from.
 */
export function resolveOnDevice(slice: ProductSlice, code: ScannedCode, options: ResolveOptions): ResolvedScan {
  const { product, merchant } = slice;
  const { locale } = options;
  const batch = code.lot === undefined ? undefined : slice.batches.find((b) => b.lot === code.lot);
  const authenticity = authenticityOnDevice(slice, code);
  return {
    locale,
    scanned: { kind: code.kind, gtin: code.gtin, lot: code.lot, serial: code.serial },
    product: {
      gtin: product.gtin,
      gtin13: product.gtin13,
      name: product.name[locale],
      category: hsChapterName(product.hsCode)[locale],
      originCountry: product.originCountry,
      originCountryName: countryName(product, locale),
      manufacturer: product.manufacturer,
      hsCode: product.hsCode,
      customsRegime: product.customsRegime,
      retailPriceFen: product.retailPriceFen,
    },
    merchant: {
      id: product.merchantId,
      name: merchant?.name[locale] ?? product.merchantId,
      booth: merchant?.booth ?? '',
    },
    lots: slice.batches.map((b) => ({
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
