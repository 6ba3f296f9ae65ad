import { z } from 'zod';
import { toGtin14 } from '../codes/gtin.js';
import { CnyAmountSchema } from './money.js';
import { CategorySchema } from './vocabulary.js';

export const MAX_EVIDENCE_PHOTOS = 6;
/** Per photo, after the device has downscaled it. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const MerchantIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'Not a valid merchant id.');
export const ComplainantPhoneSchema = z
  .string()
  .trim()
  .regex(
    /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
    'Enter a mainland mobile number (11 digits) or a landline with its area code.',
  );

/**
 * A photo the complaint will carry, declared when filing: the device uploads its bytes afterwards with
 * `PUT /api/disputes/:id/evidence/:photoId`, and the server checks them against this declaration.
 */
export const EvidenceDeclarationSchema = z.strictObject({
  photoId: z.uuid('Give each photo a UUID made on the device.'),
  sha256: z.string().regex(/^[a-f0-9]{64}$/, 'Give the SHA-256 of the photo’s bytes as 64 lower-case hex digits.'),
  contentType: z.enum(PHOTO_TYPES),
  bytes: z.number().int().min(1).max(MAX_PHOTO_BYTES, 'Each photo may be at most 2 MB; let the app downscale it.'),
});
export type EvidenceDeclaration = z.infer<typeof EvidenceDeclarationSchema>;

const address = z.string().trim().min(5, 'Enter a full address.').max(200);

/** The respondent: a park merchant by id, or any other business by name and address. */
export const RespondentInputSchema = z.union([
  z.strictObject({ merchantId: MerchantIdSchema }),
  z.strictObject({ name: z.string().trim().min(2).max(100), address }),
]);

/** A complaint, with the particulars Art. 9 of 《市场监督管理投诉举报处理暂行办法》 asks for. */
export const FilingBodySchema = z
  .strictObject({
    complainant: z.strictObject({
      name: z.string().trim().min(1, 'Enter your name.').max(50),
      phone: ComplainantPhoneSchema,
      address,
    }),
    respondent: RespondentInputSchema,
    order: z.strictObject({
      number: z.string().trim().min(1).max(64).optional(),
      purchaseDate: z.iso.date('Give the purchase date as YYYY-MM-DD.'),
      amount: CnyAmountSchema,
    }),
    category: CategorySchema,
    product: z
      .strictObject({
        gtin: z
          .string()
          .trim()
          .refine((g) => toGtin14(g) !== undefined, 'Not a valid GTIN (check digit or length).')
          .optional(),
        lot: z.string().trim().min(1).max(20).optional(),
      })
      .optional(),
    facts: z.string().trim().min(10, 'Describe what happened in at least 10 characters.').max(2000),
    request: z.string().trim().min(2, 'Say what you ask for.').max(500),
    evidence: z
      .array(EvidenceDeclarationSchema)
      .max(MAX_EVIDENCE_PHOTOS, `At most ${MAX_EVIDENCE_PHOTOS} photos.`)
      .default([]),
  })
  .refine((b) => new Set(b.evidence.map((e) => e.photoId)).size === b.evidence.length, {
    message: 'Each photo needs its own photoId.',
    path: ['evidence'],
  })
  .meta({ id: 'FilingBody' });
export type FilingBody = z.infer<typeof FilingBodySchema>;
export type FilingInput = z.input<typeof FilingBodySchema>;

export const CaseNumberSchema = z.string().regex(/^DT-\d{4}-\d{6}$/);

export const FilingResultSchema = z
  .object({
    id: z.string(),
    caseNumber: CaseNumberSchema,
    status: z.literal('filed'),
    filedAt: z.string(),
    /** The decision to accept or not is due by then (7 working days). */
    acceptDecisionDue: z.object({
      dueDate: z.string(),
      dueAt: z.string(),
      provisional: z.boolean(),
      reason: z.string().optional(),
    }),
    /** Where to PUT each declared photo's bytes. */
    evidenceUploads: z.array(z.object({ photoId: z.string(), url: z.string() })),
  })
  .meta({ id: 'FilingResult' });
export type FilingResult = z.infer<typeof FilingResultSchema>;

export const EvidenceReceiptSchema = z
  .object({
    photoId: z.string(),
    url: z.string(),
    contentType: z.literal('image/jpeg'),
    width: z.number().int(),
    height: z.number().int(),
    bytes: z.number().int(),
    receivedAt: z.string(),
  })
  .meta({ id: 'EvidenceReceipt' });
export type EvidenceReceipt = z.infer<typeof EvidenceReceiptSchema>;

export const CaseParamsSchema = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, 'Not a valid case id.') });
export const EvidenceParamsSchema = CaseParamsSchema.extend({ photoId: z.uuid('Not a valid photo id.') });
