import { z } from 'zod';

export const ROLES = ['consumer', 'mediator', 'officer', 'trainer', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Staff sessions expire sooner when idle than consumers'. */
export const STAFF_ROLES: readonly Role[] = ['mediator', 'officer', 'trainer', 'admin'];
export const isStaff = (roles: readonly Role[]) => roles.some((r) => STAFF_ROLES.includes(r));
