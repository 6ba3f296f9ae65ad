import * as z from 'zod/mini';
import { ClearanceEventSchema } from './clearance.js';
import { LocalizedTextSchema } from './locale.js';
import {
  CustomsRegimeSchema,
  Gtin14Schema,
  LotSchema,
  SerialNumberSchema,
  SyncCursorSchema,
  TimestampSchema,
} from './primitives.js';

// The catalogue as the server delivers it to the phone (zod mini: see primitives.ts).

export const ProvenanceEventSchema = z.object({ at: TimestampSchema, event: z.string(), place: z.string() });
export const InspectionSchema = z.object({ result: z.string(), certificateNo: z.nullable(z.string()) });
export const HsCategorySchema = z.object({ chapter: z.string().check(z.length(2)), name: LocalizedTextSchema });

export const MerchantSchema = z
  .object({
    id: z.string(),
    name: LocalizedTextSchema,
    booth: z.string(),
    /** The unified social credit code (统一社会信用代码): public business registration data. */
    creditCode: z.string(),
    county: z.string(),
    /** Derived from the HS codes of the merchant's products. */
    sells: z.array(HsCategorySchema),
  })
  .register(z.globalRegistry, { id: 'ShowroomMerchant' });
export type Merchant = z.infer<typeof MerchantSchema>;

export const ProductSchema = z
  .object({
    gtin: Gtin14Schema,
    /** The GTIN as printed under the EAN-13 barcode. */
    gtin13: z.string(),
    name: LocalizedTextSchema,
    originCountry: z.string().check(z.length(2)),
    originCountryName: z.string(),
    manufacturer: z.string(),
    hsCode: z.string(),
    customsRegime: CustomsRegimeSchema,
    merchantId: z.string(),
    /** Retail price in fen (1/100 CNY): integers add up exactly. */
    retailPriceFen: z.int().check(z.minimum(0)),
  })
  .register(z.globalRegistry, { id: 'ShowroomProduct' });
export type Product = z.infer<typeof ProductSchema>;

export const BatchSchema = z
  .object({
    gtin: Gtin14Schema,
    lot: LotSchema,
    producedOn: z.iso.date(),
    bestBefore: z.nullable(z.iso.date()),
    quantity: z.int().check(z.minimum(0)),
    /** Masked (`4684********722`) except for customs officers. */
    declarationNo: z.string(),
    regime: CustomsRegimeSchema,
    inspection: InspectionSchema,
    provenance: z.array(ProvenanceEventSchema),
    /** Oldest first; the current state is the latest by time. */
    clearance: z.array(ClearanceEventSchema),
  })
  .register(z.globalRegistry, { id: 'ShowroomBatch' });
export type Batch = z.infer<typeof BatchSchema>;

export const SerialSchema = z.object({ gtin: Gtin14Schema, serial: SerialNumberSchema, lot: LotSchema });
export type Serial = z.infer<typeof SerialSchema>;

export const LabelKeySchema = z.object({ kid: z.string(), publicKey: z.string(), createdAt: TimestampSchema });
export const RevocationListSchema = z.object({
  kids: z.array(z.string()),
  /** Revoked items as `gtin14|serial`. */
  serials: z.array(z.string()),
});
export const LabelKeysSchema = z
  .object({ keys: z.array(LabelKeySchema), revocations: RevocationListSchema })
  .register(z.globalRegistry, { id: 'LabelKeys' });
export type LabelKeys = z.infer<typeof LabelKeysSchema>;

export const CatalogueSyncSchema = z
  .object({
    cursor: SyncCursorSchema,
    /** True: replace the stored catalogue. False: upsert these records into it. */
    full: z.boolean(),
    merchants: z.array(MerchantSchema),
    products: z.array(ProductSchema),
    batches: z.array(BatchSchema),
    serials: z.array(SerialSchema),
    /** Always complete, as are the keys: both are tiny and a label check needs all of them. */
    revocations: RevocationListSchema,
    keys: z.array(LabelKeySchema),
  })
  .register(z.globalRegistry, { id: 'CatalogueSync' });
export type CatalogueSync = z.infer<typeof CatalogueSyncSchema>;
