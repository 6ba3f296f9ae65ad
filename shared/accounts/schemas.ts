import { z } from 'zod';
import { RoleSchema } from './roles.js';

export const PRIVACY_NOTICE_VERSION = '2026-11-01';

export const PhoneSchema = z
  .string()
  .regex(/^1[3-9]\d{9}$/, 'Enter a mainland mobile number: 11 digits starting with 13–19.');
export const EmailSchema = z.email('Enter a valid e-mail address.').max(254).toLowerCase();
export const PasswordSchema = z.string().min(8, 'Use at least 8 characters.').max(128, 'Use at most 128 characters.');
export const PersonNameSchema = z.string().trim().min(1, 'Enter your name.').max(50);
/** Resident ID: 17 digits and a check character (digit or X). */
export const IdNumberSchema = z
  .string()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, 'Enter an 18-character resident ID number.');

export const ConsentSchema = z.strictObject({ privacyNoticeVersion: z.string().min(1).max(20) });

export const SignupBodySchema = z
  .strictObject({
    phone: PhoneSchema.optional(),
    email: EmailSchema.optional(),
    name: PersonNameSchema,
    password: PasswordSchema,
    consent: ConsentSchema,
  })
  .refine((b) => !!b.phone !== !!b.email, {
    message: 'Give either a mobile number or an e-mail address.',
    path: ['phone'],
  })
  .meta({ id: 'SignupBody' });
export type SignupBody = z.infer<typeof SignupBodySchema>;

export const LoginBodySchema = z
  .strictObject({ login: z.string().trim().min(1).max(254), password: z.string().min(1).max(128) })
  .meta({ id: 'LoginBody' });
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const ChangePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});
export const DeleteAccountBodySchema = z.strictObject({ password: z.string().min(1).max(128) });

export const ProfileSchema = z.object({
  employer: z.string().max(100).optional(),
  /** Masked (`1401**********1234`) for everyone but the owner. */
  idNumber: z.string().optional(),
});

export const ProfileUpdateBodySchema = z.strictObject({
  name: PersonNameSchema.optional(),
  employer: z.string().trim().max(100).optional(),
  idNumber: IdNumberSchema.or(z.literal('')).optional(),
  locale: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
});

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    roles: z.array(RoleSchema),
    locale: z.string().optional(),
    profile: ProfileSchema,
    consent: z.object({ privacyNoticeVersion: z.string(), acceptedAt: z.string() }),
    createdAt: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** Who is signed in on this device, if anyone: `GET /api/session` (200 either way, unlike `/api/me`). */
export const SessionSchema = z.object({ user: MeSchema.nullable() }).meta({ id: 'Session' });
export type Session = z.infer<typeof SessionSchema>;

export const CreateStaffBodySchema = z
  .strictObject({
    phone: PhoneSchema.optional(),
    email: EmailSchema.optional(),
    name: PersonNameSchema,
    password: PasswordSchema,
    roles: z.array(RoleSchema).min(1).max(5),
  })
  .refine((b) => !!b.phone !== !!b.email, {
    message: 'Give either a mobile number or an e-mail address.',
    path: ['phone'],
  });

export const UserSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  roles: z.array(RoleSchema),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const IdParamsSchema = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, 'Not a valid id.') });
