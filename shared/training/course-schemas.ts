import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../showroom/locale.js';

// What the PWA reads from the server about courses and registrations, in zod's tree-shakable mini API
// (see shared/showroom/primitives.ts): the course list validates them without classic zod.

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
  .check(z.regex(/^[a-z0-9][a-z0-9-]{2,40}$/, 'Course codes are lower-case letters, digits and dashes.'));

export const CourseSessionSchema = z.object({
  id: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});

const count = () => z.int().check(z.minimum(0));

export const CourseSchema = z
  .object({
    code: CourseCodeSchema,
    title: LocalizedTextSchema,
    category: CourseCategorySchema,
    venue: z.string(),
    county: z.string(),
    capacity: z.int().check(z.positive()),
    feeCny: z.number().check(z.minimum(0)),
    subsidyEligible: z.boolean(),
    registrationClosesAt: z.iso.datetime({ offset: true }),
    sessions: z.array(CourseSessionSchema),
    confirmed: count(),
    waitlisted: count(),
    seatsLeft: count(),
    open: z.boolean(),
    institution: z.string(),
  })
  .register(z.globalRegistry, { id: 'Course' });
export type Course = z.infer<typeof CourseSchema>;
export const CourseListSchema = z.array(CourseSchema);

export const RegistrationStatusSchema = z.enum(['confirmed', 'waitlisted']);

export const RegistrationResultSchema = z
  .object({
    id: z.string(),
    course: CourseCodeSchema,
    status: RegistrationStatusSchema,
    seat: z.optional(z.int().check(z.positive())),
    position: z.optional(z.int().check(z.positive())),
    createdAt: z.string(),
  })
  .register(z.globalRegistry, { id: 'RegistrationResult' });
export type RegistrationResult = z.infer<typeof RegistrationResultSchema>;

export const MyRegistrationSchema = z
  .extend(RegistrationResultSchema, {
    promotedAt: z.optional(z.string()),
    courseInfo: z.object({
      title: LocalizedTextSchema,
      venue: z.string(),
      sessions: z.array(CourseSessionSchema),
      registrationClosesAt: z.string(),
    }),
    checkins: z.array(z.object({ sessionId: z.string(), token: z.string(), checkedInAt: z.optional(z.string()) })),
  })
  .register(z.globalRegistry, { id: 'MyRegistration' });
export type MyRegistration = z.infer<typeof MyRegistrationSchema>;
export const MyRegistrationListSchema = z.array(MyRegistrationSchema);

export const CheckinResultSchema = z.object({
  token: z.string(),
  outcome: z.enum(['recorded', 'duplicate', 'invalid', 'not_registered']),
  name: z.optional(z.string()),
  sessionId: z.optional(z.string()),
});
export type CheckinResult = z.infer<typeof CheckinResultSchema>;

export const AttendanceSchema = z.object({
  course: z.string(),
  sessions: z.array(z.object({ id: z.string(), startsAt: z.string(), present: z.int(), confirmed: z.int() })),
});
