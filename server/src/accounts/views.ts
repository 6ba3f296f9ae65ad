import { maskEmail, maskIdNumber, maskPhone } from '@shared/accounts/mask.js';
import type { Me, UserSummary } from '@shared/accounts/schemas.js';
import type { Role } from '@shared/accounts/roles.js';
import type { UserDoc } from './user.model.js';

/** The owner's own view: full numbers. */
export function toMe(user: UserDoc): Me {
  return {
    id: String(user._id),
    name: user.name,
    phone: user.phone ?? undefined,
    email: user.email ?? undefined,
    roles: user.roles as Role[],
    locale: user.locale ?? undefined,
    profile: { employer: user.profile?.employer ?? undefined, idNumber: user.profile?.idNumber ?? undefined },
    consent: {
      privacyNoticeVersion: user.consent?.privacyNoticeVersion ?? '',
      acceptedAt: (user.consent?.acceptedAt ?? new Date(0)).toISOString(),
    },
    createdAt: (user as { createdAt?: Date }).createdAt?.toISOString() ?? new Date(0).toISOString(),
  };
}

/** Anyone else's view of a user: masked numbers. */
export function toSummary(user: Pick<UserDoc, '_id' | 'name' | 'phone' | 'email' | 'roles'>): UserSummary {
  return {
    id: String(user._id),
    name: user.name,
    phone: maskPhone(user.phone ?? undefined),
    email: maskEmail(user.email ?? undefined),
    roles: user.roles as Role[],
  };
}

export const maskedIdNumber = (id: string | null | undefined) => maskIdNumber(id ?? undefined);
