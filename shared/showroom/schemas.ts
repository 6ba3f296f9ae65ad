import { z } from 'zod';
import * as mini from 'zod/mini';
import {
  BatchSchema,
  InspectionSchema,
  MerchantSchema,
  ProductSchema,
  ProvenanceEventSchema,
} from './catalogue-schemas.js';
import { ClearanceEventSchema, ClearanceStateSchema } from './clearance.js';
import { LocaleSchema } from './locale.js';
import { Gtin14Schema, LotSchema, SyncCursorSchema } from './primitives.js';

export * from './primitives.js';
export * from './catalogue-schemas.js';
export * from './officer-schemas.js';

export const CatalogueSyncQuerySchema = z.strictObject({ since: z.optional(SyncCursorSchema) });
export const MerchantParamsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/) });
export const MerchantDetailSchema = z
  .object({ merchant: MerchantSchema, products: z.array(ProductSchema) })
  .meta({ id: 'MerchantDetail' });

// Scan resolution

export const ResolveQuerySchema = z.strictObject({
  /** Whatever the scanner read: a GTIN, a GS1 element string or a GS1 Digital Link. */
  code: z.string().max(2000).default(''),
  lang: z.optional(LocaleSchema),
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
    product: mini.extend(mini.omit(ProductSchema, { name: true, originCountryName: true, merchantId: true }), {
      name: z.string(),
      category: z.string(),
      originCountryName: z.string(),
    }),
    merchant: z.object({ id: z.string(), name: z.string(), booth: z.string() }),
    /** Absent when the code names no lot, or a lot this product does not have (then `unknownLot` names it). */
    batch: z.optional(
      mini.pick(BatchSchema, { lot: true, producedOn: true, bestBefore: true, quantity: true, regime: true }),
    ),
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
    clearance: z.array(mini.extend(ClearanceEventSchema, { label: z.string() })),
    state: z.optional(ClearanceStateSchema),
    inspection: z.optional(InspectionSchema),
    declarationNo: z.string().optional(),
    /** Present when the code carries a signature (kid, sig) or names a serial. */
    authenticity: AuthenticitySchema.optional(),
  })
  .meta({ id: 'ResolvedScan' });
export type ResolvedScan = z.infer<typeof ResolvedScanSchema>;
