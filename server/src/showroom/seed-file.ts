import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ClearanceCodeSchema } from '@shared/showroom/clearance.js';
import { LocalizedTextSchema } from '@shared/showroom/locale.js';
import { CustomsRegimeSchema, InspectionSchema, LotSchema, SerialNumberSchema } from '@shared/showroom/schemas.js';

const SeedBatchSchema = z.object({
  lot: LotSchema,
  producedOn: z.iso.date(),
  bestBefore: z.iso.date().nullable(),
  quantity: z.number().int().min(0),
  declarationNo: z.string().min(1),
  inspection: InspectionSchema,
  provenance: z.array(z.object({ at: z.iso.datetime({ offset: true }), event: z.string(), place: z.string() })),
  clearance: z.array(z.object({ at: z.iso.datetime({ offset: true }), code: ClearanceCodeSchema })),
  serials: z.array(SerialNumberSchema).default([]),
});

/** The demo catalogue as delivered (server/seed/showroom.json); GTINs are the 13 digits printed on the packs. */
export const SeedFileSchema = z.object({
  merchants: z.array(
    z.object({
      id: z.string(),
      name: LocalizedTextSchema,
      booth: z.string(),
      creditCode: z.string(),
      county: z.string(),
    }),
  ),
  products: z.array(
    z.object({
      gtin: z.string().regex(/^\d{8,14}$/),
      name: LocalizedTextSchema,
      originCountry: z.string().length(2),
      originCountryName: z.string(),
      manufacturer: z.string(),
      hsCode: z.string(),
      customsRegime: CustomsRegimeSchema,
      merchantId: z.string(),
      retailPriceCny: z.number().min(0),
      batches: z.array(SeedBatchSchema),
    }),
  ),
});
export type SeedFile = z.infer<typeof SeedFileSchema>;
export type SeedProduct = SeedFile['products'][number];

export const SEED_FILE = new URL('../../seed/showroom.json', import.meta.url);

export function readSeedFile(file: URL | string = SEED_FILE): SeedFile {
  return SeedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** 268.0 → 26800; rounding absorbs binary fractions such as 19.9 * 100 = 1989.9999999999998. */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);
