import { z } from 'zod';
import { CourseCategorySchema, CourseCodeSchema } from './course-schemas.js';

export * from './course-schemas.js';

export const CourseParamsSchema = z.strictObject({ code: CourseCodeSchema });

export const CourseListQuerySchema = z.strictObject({
  category: z.optional(CourseCategorySchema),
  county: z.string().max(20).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  seatsLeft: z.enum(['1']).optional(),
  q: z.string().trim().max(60).optional(),
});
export type CourseListQuery = z.infer<typeof CourseListQuerySchema>;

const isoInstant = z.iso.datetime({ offset: true });
export const CourseInputSchema = z
  .strictObject({
    code: CourseCodeSchema,
    title: z.strictObject({
      'zh-CN': z.string().min(1).max(80),
      'zh-TW': z.string().min(1).max(80),
      en: z.string().min(1).max(120),
    }),
    category: CourseCategorySchema,
    venue: z.string().min(1).max(120),
    county: z.string().min(1).max(20),
    capacity: z.number().int().min(1).max(2000),
    feeCny: z.number().min(0).max(100_000),
    subsidyEligible: z.boolean(),
    registrationClosesAt: isoInstant,
    sessions: z
      .array(z.strictObject({ startsAt: isoInstant, endsAt: isoInstant }))
      .min(1)
      .max(60),
  })
  .refine((c) => c.sessions.every((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt)), {
    message: 'Each session must end after it starts.',
    path: ['sessions'],
  });
export const CourseUpdateSchema = z
  .strictObject({
    title: CourseInputSchema.shape.title.optional(),
    venue: z.string().min(1).max(120).optional(),
    capacity: z.number().int().min(1).max(2000).optional(),
    registrationClosesAt: isoInstant.optional(),
    subsidyEligible: z.boolean().optional(),
    feeCny: z.number().min(0).max(100_000).optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: 'Change at least one field.' });

/** Registration request body: empty today, but a body lets an idempotent replay detect a different request. */
export const RegistrationBodySchema = z.strictObject({ note: z.string().max(200).optional() }).default({});

export const RegistrationParamsSchema = z.strictObject({
  id: z.string().regex(/^[a-f0-9]{24}$/, 'Not a valid registration id.'),
});

export const IdempotencyKeySchema = z
  .string({ error: 'The Idempotency-Key header is required.' })
  .min(8, 'The Idempotency-Key header must be 8 to 100 characters.')
  .max(100, 'The Idempotency-Key header must be 8 to 100 characters.')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'The Idempotency-Key header may use letters, digits and _ . : - only.');

export const CheckinBatchSchema = z.strictObject({
  items: z
    .array(z.strictObject({ token: z.string().min(10).max(2000), scannedAt: z.iso.datetime({ offset: true }) }))
    .min(1)
    .max(500),
});
