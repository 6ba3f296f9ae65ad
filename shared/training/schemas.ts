import { z } from 'zod';

export const LocalizedTextSchema = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });

export const COURSE_CATEGORIES = [
  'operations',
  'customs',
  'logistics',
  'finance',
  'marketing',
  'language',
  'legal',
] as const;
export const CourseCategorySchema = z.enum(COURSE_CATEGORIES);

export const CourseCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,40}$/, 'Course codes are lower-case letters, digits and dashes.');
export const CourseParamsSchema = z.strictObject({ code: CourseCodeSchema });

export const CourseSessionSchema = z.object({
  id: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});

export const CourseSchema = z
  .object({
    code: CourseCodeSchema,
    title: LocalizedTextSchema,
    category: CourseCategorySchema,
    venue: z.string(),
    county: z.string(),
    capacity: z.number().int().positive(),
    feeCny: z.number().min(0),
    subsidyEligible: z.boolean(),
    registrationClosesAt: z.iso.datetime({ offset: true }),
    sessions: z.array(CourseSessionSchema),
    confirmed: z.number().int().min(0),
    waitlisted: z.number().int().min(0),
    seatsLeft: z.number().int().min(0),
    open: z.boolean(),
    institution: z.string(),
  })
  .meta({ id: 'Course' });
export type Course = z.infer<typeof CourseSchema>;

export const CourseListQuerySchema = z.strictObject({
  category: CourseCategorySchema.optional(),
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

export const RegistrationStatusSchema = z.enum(['confirmed', 'waitlisted']);
/** Registration request body: empty today, but a body lets an idempotent replay detect a different request. */
export const RegistrationBodySchema = z.strictObject({ note: z.string().max(200).optional() }).default({});

export const RegistrationResultSchema = z
  .object({
    id: z.string(),
    course: CourseCodeSchema,
    status: RegistrationStatusSchema,
    seat: z.number().int().positive().optional(),
    position: z.number().int().positive().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'RegistrationResult' });
export type RegistrationResult = z.infer<typeof RegistrationResultSchema>;

export const MyRegistrationSchema = RegistrationResultSchema.extend({
  promotedAt: z.string().optional(),
  courseInfo: z.object({
    title: LocalizedTextSchema,
    venue: z.string(),
    sessions: z.array(CourseSessionSchema),
    registrationClosesAt: z.string(),
  }),
  checkins: z.array(z.object({ sessionId: z.string(), token: z.string(), checkedInAt: z.string().optional() })),
}).meta({ id: 'MyRegistration' });
export type MyRegistration = z.infer<typeof MyRegistrationSchema>;

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
export const CheckinResultSchema = z.object({
  token: z.string(),
  outcome: z.enum(['recorded', 'duplicate', 'invalid', 'not_registered']),
  name: z.string().optional(),
  sessionId: z.string().optional(),
});
export type CheckinResult = z.infer<typeof CheckinResultSchema>;

export const AttendanceSchema = z.object({
  course: z.string(),
  sessions: z.array(
    z.object({ id: z.string(), startsAt: z.string(), present: z.number().int(), confirmed: z.number().int() }),
  ),
});
