import { z } from 'zod';
import { ClearanceCodeSchema, ClearanceEventSchema, ClearancePhaseSchema } from './clearance.js';
import { LocalizedTextSchema } from './locale.js';
import { Gtin14Schema, LotSchema, SyncCursorSchema, TimestampSchema } from './primitives.js';

// What customs officers send and get back: clearance status changes, imports, label revocations.

export const BatchParamsSchema = z.strictObject({
  gtin: z.string().regex(/^\d{13,14}$/, 'A GTIN of 13 or 14 digits.'),
  lot: LotSchema,
});
export const SetClearanceBodySchema = z.strictObject({
  code: ClearanceCodeSchema,
  /** When customs reported it; now when left out. */
  at: z.optional(TimestampSchema),
});
/** The clearance of one batch after a change, as the officer tools and the live event show it. */
export const BatchClearanceSchema = z
  .object({
    gtin: Gtin14Schema,
    lot: LotSchema,
    clearance: z.array(ClearanceEventSchema),
    state: z.object({ phase: ClearancePhaseSchema, text: LocalizedTextSchema }),
    cursor: SyncCursorSchema,
  })
  .meta({ id: 'BatchClearance' });
export type BatchClearance = z.infer<typeof BatchClearanceSchema>;

/** One row of a JSON clearance import. Dates without an offset are read as China time. */
export const ClearanceImportRowSchema = z.object({
  gtin: z.string(),
  lot: z.string(),
  code: z.union([z.number(), z.string()]),
  at: z.string(),
});
export type ClearanceImportRow = z.infer<typeof ClearanceImportRowSchema>;
export const ClearanceImportBodySchema = z.strictObject({
  format: z.enum(['csv', 'json']),
  /** CSV with the columns gtin,lot,code,at (header optional), or a JSON array of ClearanceImportRow. */
  content: z.string().min(1).max(900_000),
});
export const IMPORT_REJECTION_CODES = [
  'bad_row',
  'bad_gtin',
  'unknown_gtin',
  'unknown_lot',
  'unknown_code',
  'bad_date',
  'future_date',
  'already_recorded',
] as const;
export const ClearanceImportReportSchema = z
  .object({
    applied: z.number().int().min(0),
    /** `line` is the line of the CSV file, or the 1-based position in the JSON array. */
    rejected: z.array(
      z.object({ line: z.number().int().min(1), code: z.enum(IMPORT_REJECTION_CODES), reason: z.string() }),
    ),
  })
  .meta({ id: 'ClearanceImportReport' });
export type ClearanceImportReport = z.infer<typeof ClearanceImportReportSchema>;

export const RevocationBodySchema = z
  .strictObject({
    serial: z
      .string()
      .regex(/^\d{14}\|[!-~]{1,20}$/, 'Write it as gtin14|serial.')
      .optional(),
    kid: z.string().min(1).max(40).optional(),
  })
  .refine((b) => b.serial !== undefined || b.kid !== undefined, 'Name a serial (gtin14|serial) or a key id (kid).');
