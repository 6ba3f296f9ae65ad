import { z } from 'zod';
import { ClearanceEventSchema, ClearanceStateSchema } from './clearance.js';
import { LocaleSchema, LocalizedTextSchema } from './locale.js';
import {
  CustomsRegimeSchema,
  Gtin14Schema,
  LotSchema,
  SerialNumberSchema,
  SyncCursorSchema,
  TimestampSchema,
} from './primitives.js';

export * from './primitives.js';
export * from './officer-schemas.js';

export const ProvenanceEventSchema = z.object({ at: TimestampSchema, event: z.string(), place: z.string() });
export const InspectionSchema = z.object({ result: z.string(), certificateNo: z.string().nullable() });
export const HsCategorySchema = z.object({ chapter: z.string().length(2), name: LocalizedTextSchema });

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
  .meta({ id: 'ShowroomMerchant' });
export type Merchant = z.infer<typeof MerchantSchema>;

export const ProductSchema = z
  .object({
    gtin: Gtin14Schema,
    /** The GTIN as printed under the EAN-13 barcode. */
    gtin13: z.string(),
    name: LocalizedTextSchema,
    originCountry: z.string().length(2),
    originCountryName: z.string(),
    manufacturer: z.string(),
    hsCode: z.string(),
    customsRegime: CustomsRegimeSchema,
    merchantId: z.string(),
    /** Retail price in fen (1/100 CNY): integers add up exactly. */
    retailPriceFen: z.number().int().min(0),
  })
  .meta({ id: 'ShowroomProduct' });
export type Product = z.infer<typeof ProductSchema>;

export const BatchSchema = z
  .object({
    gtin: Gtin14Schema,
    lot: LotSchema,
    producedOn: z.iso.date(),
    bestBefore: z.iso.date().nullable(),
    quantity: z.number().int().min(0),
    /** Masked (`4684********722`) except for customs officers. */
    declarationNo: z.string(),
    regime: CustomsRegimeSchema,
    inspection: InspectionSchema,
    provenance: z.array(ProvenanceEventSchema),
    /** Oldest first; the current state is the latest by time. */
    clearance: z.array(ClearanceEventSchema),
  })
  .meta({ id: 'ShowroomBatch' });
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
  .meta({ id: 'LabelKeys' });
export type LabelKeys = z.infer<typeof LabelKeysSchema>;

export const CatalogueSyncQuerySchema = z.strictObject({ since: SyncCursorSchema.optional() });
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
  .meta({ id: 'CatalogueSync' });
export type CatalogueSync = z.infer<typeof CatalogueSyncSchema>;

export const MerchantParamsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/) });
export const MerchantDetailSchema = z
  .object({ merchant: MerchantSchema, products: z.array(ProductSchema) })
  .meta({ id: 'MerchantDetail' });

// Scan resolution

export const ResolveQuerySchema = z.strictObject({
  /** Whatever the scanner read: a GTIN, a GS1 element string or a GS1 Digital Link. */
  code: z.string().max(2000).default(''),
  lang: LocaleSchema.optional(),
});
export const AuthenticitySchema = z.enum(['authentic', 'not_issued', 'revoked', 'unsigned']);
export const ResolvedScanSchema = z
  .object({
    locale: LocaleSchema,
    scanned: z.object({
      kind: z.enum(['gtin', 'element-string', 'digital-link']),
      gtin: Gtin14Schema,
      lot: z.string().optional(),
      serial: z.string().optional(),
    }),
    product: ProductSchema.omit({ name: true, originCountryName: true, merchantId: true }).extend({
      name: z.string(),
      category: z.string(),
      originCountryName: z.string(),
    }),
    merchant: z.object({ id: z.string(), name: z.string(), booth: z.string() }),
    /** Absent when the code names no lot, or a lot this product does not have (then `unknownLot` names it). */
    batch: BatchSchema.pick({ lot: true, producedOn: true, bestBefore: true, quantity: true, regime: true }).optional(),
    unknownLot: z.string().optional(),
    /** Every known lot of the product, so that a shopper who scanned only the EAN-13 can pick theirs. */
    lots: z.array(
      z.object({
        lot: LotSchema,
        producedOn: z.iso.date(),
        bestBefore: z.iso.date().nullable(),
        state: ClearanceStateSchema,
      }),
    ),
    serial: z.string().optional(),
    provenance: z.array(ProvenanceEventSchema),
    clearance: z.array(ClearanceEventSchema.extend({ label: z.string() })),
    state: ClearanceStateSchema.optional(),
    inspection: InspectionSchema.optional(),
    declarationNo: z.string().optional(),
    /** Present when the code carries a signature (kid, sig) or names a serial. */
    authenticity: AuthenticitySchema.optional(),
  })
  .meta({ id: 'ResolvedScan' });
export type ResolvedScan = z.infer<typeof ResolvedScanSchema>;
