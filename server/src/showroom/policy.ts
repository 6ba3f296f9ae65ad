import type { Role } from '@shared/accounts/roles.js';
import { hasRole, type Policy, type Principal } from '../http/policy.js';

/** Customs officers and admins manage clearance and labels, and see declaration numbers in full. */
export const OFFICER_ROLES = ['officer', 'admin'] as const satisfies readonly Role[];
export const seesFullDeclarationNo = (principal: Principal | null) => hasRole(principal, ...OFFICER_ROLES);

/** The catalogue is public; only its clearance records and label revocations are officers' business. */
export const showroomPolicy = {
  resolve: { name: 'showroom.products.resolve', allow: 'anyone' },
  sync: { name: 'showroom.catalogue.sync', allow: 'anyone' },
  browseMerchants: { name: 'showroom.merchants.read', allow: 'anyone' },
  readLabelKeys: { name: 'showroom.labels.keys', allow: 'anyone' },
  importClearance: { name: 'showroom.clearance.import', allow: OFFICER_ROLES },
  setClearance: { name: 'showroom.clearance.set', allow: OFFICER_ROLES },
  revokeLabel: { name: 'showroom.labels.revoke', allow: OFFICER_ROLES },
} as const satisfies Record<string, Policy>;
