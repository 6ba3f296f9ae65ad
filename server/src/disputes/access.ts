import type { Actor } from '@shared/disputes/vocabulary.js';
import { User } from '../accounts/user.model.js';
import { notFound } from '../http/errors.js';
import { hasRole, type Principal } from '../http/policy.js';
import { findCase, type CaseDoc } from './models.js';

export type Audience = 'consumer' | 'staff';
export type CaseAccess = { caseDoc: CaseDoc; audience: Audience };

export const isDisputeStaff = (principal: Principal | null) => hasRole(principal, 'mediator', 'admin');
const CASE_ID = /^[a-f0-9]{24}$/;

/** Who sees what of a case: its complainant (without staff-only events), or a mediator or admin. */
export function audienceOf(principal: Principal | null, caseDoc: Pick<CaseDoc, 'userId'>): Audience | null {
  if (!principal) return null;
  if (String(caseDoc.userId) === principal.userId) return 'consumer';
  return isDisputeStaff(principal) ? 'staff' : null;
}

/** The case if this principal may see it; anyone else gets the same 404 as for a case that does not exist. */
export async function openCase(principal: Principal | null, caseId: string): Promise<CaseAccess> {
  if (!principal || !CASE_ID.test(caseId)) throw notFound('The case');
  const caseDoc = await findCase(caseId);
  const audience = caseDoc ? audienceOf(principal, caseDoc) : null;
  if (!caseDoc || !audience) throw notFound('The case');
  return { caseDoc, audience };
}

/** The actor recorded on an event: id, the role acted in, and the name others will see. */
export async function actorOf(principal: Principal, audience: Audience): Promise<Actor> {
  const user = await User.findById(principal.userId, { name: 1 }).lean();
  const role = audience === 'consumer' ? 'consumer' : hasRole(principal, 'mediator') ? 'mediator' : 'admin';
  return { id: principal.userId, role, name: user?.name ?? '' };
}

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system', name: '陆港' };
