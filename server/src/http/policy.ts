import type { Role } from '@shared/accounts/roles.js';
import { AppError, forbidden, unauthenticated } from './errors.js';

/** The signed-in user behind a request or socket, from the server-side session. */
export type Principal = { userId: string; roles: Role[]; sessionId: string };

/**
 * Who may call a route or send a socket event. Ownership (is this *your* case?) is checked by the
 * feature's service with the same principal, and answers 404 so that others' records stay invisible.
 */
export type Policy = {
  name: string;
  allow: 'anyone' | 'signed-in' | readonly Role[];
};

export type DeniedListener = (event: {
  policy: string;
  principal: Principal | null;
  reason: 'unauthenticated' | 'forbidden';
}) => void;

const deniedListeners = new Set<DeniedListener>();
export function onDenied(listener: DeniedListener): () => void {
  deniedListeners.add(listener);
  return () => deniedListeners.delete(listener);
}

export function authorize(policy: Policy, principal: Principal | null): AppError | null {
  if (policy.allow === 'anyone') return null;
  let error: AppError | null = null;
  if (!principal) error = unauthenticated();
  else if (policy.allow !== 'signed-in' && !principal.roles.some((r) => policy.allow.includes(r))) error = forbidden();
  if (error) {
    const reason = error.status === 401 ? 'unauthenticated' : 'forbidden';
    for (const listener of deniedListeners) listener({ policy: policy.name, principal, reason });
  }
  return error;
}

export const hasRole = (principal: Principal | null, ...roles: Role[]) =>
  !!principal && principal.roles.some((r) => roles.includes(r));
