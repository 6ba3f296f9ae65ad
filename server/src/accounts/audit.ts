import type { Principal } from '../http/policy.js';
import { AuditEntry } from './audit.model.js';

export type AuditInput = {
  actor: Principal | null | { userId?: string };
  action: string;
  target?: string;
  outcome: 'ok' | 'denied' | 'failed' | 'throttled';
  ip?: string;
  details?: Record<string, unknown>;
  at: Date;
};

export async function audit(entry: AuditInput): Promise<void> {
  const roles = entry.actor && 'roles' in entry.actor ? entry.actor.roles : undefined;
  await AuditEntry.create({
    at: entry.at,
    actorId: entry.actor?.userId,
    actorRoles: roles,
    action: entry.action,
    target: entry.target,
    outcome: entry.outcome,
    ip: entry.ip,
    details: entry.details,
  });
}
