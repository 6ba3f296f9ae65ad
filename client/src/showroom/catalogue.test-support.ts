/**
 * A small catalogue as `GET /api/catalogue/sync` sends it (records from the demo seed), with a
 * label signing key of its own, for tests of what the device does offline.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { buildSignedLabel, labelPublicKey, type LabelItem } from '@shared/codes';
import type { CatalogueSync } from '@shared/showroom/schemas';
import { catalogueChanged } from './catalogue-changes';
import { openCatalogueDb, storeSync, type CatalogueDb, type ProductSlice, type SyncState } from './catalogue-db';

export const FORMULA_GTIN = '09304967152415';
export const SIGNING_KEY = ed25519.utils.randomSecretKey();
export const KID = 'dt-2026-1';
export const REVOKED_KID = 'dt-2025-1';
const REVOKED_KEY = ed25519.utils.randomSecretKey();

const clearance = (codes: [number, string][]) =>
  codes.map(([code, at]) => ({ code, at })) as CatalogueSync['batches'][number]['clearance'];

export const catalogue: CatalogueSync = {
  cursor: 'epoch1.42',
  full: true,
  merchants: [
    {
      id: 'm-tasman',
      name: { 'zh-CN': '陆港优选母婴进口店', 'zh-TW': '陸港優選母嬰進口店', en: 'Lugang Select Mother & Baby Imports' },
      booth: 'A-101',
      creditCode: '91140200MA0KUXH1AC',
      county: '平城区',
      sells: [
        {
          chapter: '19',
          name: {
            'zh-CN': '婴幼儿食品及谷物制品',
            'zh-TW': '嬰幼兒食品及穀物製品',
            en: 'Infant food and cereal products',
          },
        },
      ],
    },
  ],
  products: [
    {
      gtin: FORMULA_GTIN,
      gtin13: '9304967152415',
      name: {
        'zh-CN': '澳洲婴儿配方奶粉 1段',
        'zh-TW': '澳洲嬰兒配方奶粉 1段',
        en: 'Australian infant formula, stage 1',
      },
      originCountry: 'AU',
      originCountryName: '澳大利亚',
      manufacturer: 'Tasman Dairy Nutrition Pty Ltd',
      hsCode: '1901101000',
      customsRegime: '1210',
      merchantId: 'm-tasman',
      retailPriceFen: 26800,
    },
  ],
  batches: [
    {
      gtin: FORMULA_GTIN,
      lot: 'A010552',
      producedOn: '2026-08-03',
      bestBefore: '2028-01-25',
      quantity: 1200,
      declarationNo: '4684********722',
      regime: '1210',
      inspection: { result: '合格', certificateNo: 'SX5422523037' },
      provenance: [
        { at: '2026-08-03T01:00:00.000Z', event: '出厂', place: 'Melbourne' },
        { at: '2026-08-13T12:00:00.000Z', event: '抵达天津港', place: '天津港' },
        { at: '2026-09-09T09:00:00.000Z', event: '上架展示', place: '大同国际陆港进口商品展示中心' },
      ],
      clearance: clearance([
        [1, '2026-09-06T04:00:00.000Z'],
        [120, '2026-09-08T06:00:00.000Z'],
        [800, '2026-09-08T16:00:00.000Z'],
        [899, '2026-09-09T03:00:00.000Z'],
      ]),
    },
    {
      gtin: FORMULA_GTIN,
      lot: 'A029163',
      producedOn: '2026-09-14',
      bestBefore: null,
      quantity: 800,
      declarationNo: '4684********911',
      regime: '1210',
      inspection: { result: '待检', certificateNo: null },
      provenance: [],
      clearance: clearance([[500, '2026-10-20T02:00:00.000Z']]),
    },
  ],
  serials: [
    { gtin: FORMULA_GTIN, serial: 'A0105520001', lot: 'A010552' },
    { gtin: FORMULA_GTIN, serial: 'A0105520002', lot: 'A010552' },
    { gtin: FORMULA_GTIN, serial: 'A0105520003', lot: 'A010552' },
  ],
  revocations: { kids: [REVOKED_KID], serials: [`${FORMULA_GTIN}|A0105520003`] },
  keys: [
    { kid: KID, publicKey: labelPublicKey(SIGNING_KEY), createdAt: '2026-01-01T00:00:00.000Z' },
    { kid: REVOKED_KID, publicKey: labelPublicKey(REVOKED_KEY), createdAt: '2025-01-01T00:00:00.000Z' },
  ],
};

/** What `readProductSlice` reads from IndexedDB for one product, taken from the fixture instead. */
export function sliceOf(data: CatalogueSync, gtin: string, serial?: string): ProductSlice | undefined {
  const product = data.products.find((p) => p.gtin === gtin);
  if (!product) return undefined;
  return {
    product,
    merchant: data.merchants.find((m) => m.id === product.merchantId),
    batches: data.batches.filter((b) => b.gtin === gtin),
    serial: data.serials.find((s) => s.gtin === gtin && s.serial === serial),
    keys: data.keys,
    revocations: data.revocations,
  };
}

export function labelUri(item: LabelItem, key: Uint8Array = SIGNING_KEY, kid = KID): string {
  return buildSignedLabel('https://lugang.example', key, kid, item);
}

export const REVOKED_SIGNING_KEY = REVOKED_KEY;

let databases = 0;

/** A database of its own for each test, in the IndexedDB the test file provides (`import 'fake-indexeddb/auto'`). */
export function freshCatalogueDb(): Promise<CatalogueDb> {
  databases += 1;
  return openCatalogueDb(`lugang-showroom-test-${databases}`);
}

/** Stores a sync answer and tells every tab, as the page does once the sync worker has stored it. */
export async function applySync(db: CatalogueDb, data: CatalogueSync, now: Date): Promise<SyncState> {
  const state = await storeSync(db, data, now);
  catalogueChanged();
  return state;
}
