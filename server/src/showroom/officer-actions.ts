import type { Request } from 'express';
import { toGtin14 } from '@shared/codes/index.js';
import { productRoom, ShowroomEvents } from '@shared/showroom/events.js';
import type {
  BatchClearance,
  ClearanceImportBodySchema,
  ClearanceImportReport,
  LabelKeys,
  RevocationBodySchema,
  SetClearanceBodySchema,
} from '@shared/showroom/schemas.js';
import type { z } from 'zod';
import { audit } from '../accounts/audit.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { checkEvent, checkImportRows } from './clearance-checks.js';
import { appendClearanceEvents } from './clearance-store.js';
import { csvRows, jsonRows } from './import-rows.js';
import { revokeLabels } from './revocations.js';
import type { Showroom } from './showroom.js';
import type { BatchEntry, Snapshot } from './snapshot.js';
import { batchClearanceOf, labelKeysOf } from './views.js';

type Actor = { principal: Principal | null; req: Request };
const STATUS_OF_REJECTION: Partial<Record<ClearanceImportReport['rejected'][number]['code'], number>> = {
  unknown_gtin: 404,
  unknown_lot: 404,
  already_recorded: 409,
};

/** Officers' changes are public news: the product's room hears the new state at once. */
function announce(ctx: AppContext, snapshot: Snapshot, batch: BatchEntry): BatchClearance {
  const update = batchClearanceOf(snapshot, batch, ctx.now());
  ctx.io.to(productRoom(batch.gtin)).emit(ShowroomEvents.productUpdated, update);
  return update;
}

const auditAction = (
  ctx: AppContext,
  { principal, req }: Actor,
  action: string,
  outcome: 'ok' | 'failed',
  target: string,
  details: Record<string, unknown>,
) => audit({ actor: principal, action, target, outcome, ip: req.ip, details, at: ctx.now() });

export async function setClearance(
  ctx: AppContext,
  showroom: Showroom,
  actor: Actor,
  batch: { gtin: string; lot: string },
  body: z.infer<typeof SetClearanceBodySchema>,
): Promise<BatchClearance> {
  const now = ctx.now();
  const gtin = toGtin14(batch.gtin) ?? batch.gtin;
  const target = `${gtin}|${batch.lot}`;
  const result = await showroom.write(async (snapshot, log) => {
    const check = checkEvent(snapshot, { gtin, lot: batch.lot, code: body.code, at: body.at ?? now }, now);
    if (!check.ok) return check;
    const [changed] = await appendClearanceEvents(snapshot, log, [check.event], 'officer', now);
    if (!changed) throw new Error('setClearance: a checked event always changes its batch');
    return { ok: true as const, update: announce(ctx, snapshot, changed) };
  });
  if (!result.ok) {
    await auditAction(ctx, actor, 'showroom.clearance.set', 'failed', target, { code: body.code, reason: result.code });
    throw new AppError(STATUS_OF_REJECTION[result.code] ?? 422, result.code, result.reason);
  }
  await auditAction(ctx, actor, 'showroom.clearance.set', 'ok', target, {
    code: body.code,
    at: body.at ?? now.toISOString(),
  });
  return result.update;
}

export async function importClearance(
  ctx: AppContext,
  showroom: Showroom,
  actor: Actor,
  body: z.infer<typeof ClearanceImportBodySchema>,
): Promise<ClearanceImportReport> {
  const now = ctx.now();
  const rows = body.format === 'csv' ? csvRows(body.content) : jsonRows(body.content);
  const { applied, rejected, batches } = await showroom.write(async (snapshot, log) => {
    const { accepted, rejected } = checkImportRows(snapshot, rows, now);
    const changed = await appendClearanceEvents(snapshot, log, accepted, 'import', now);
    for (const batch of changed) announce(ctx, snapshot, batch);
    return { applied: accepted.length, rejected, batches: changed.map((b) => `${b.gtin}|${b.lot}`) };
  });
  await auditAction(ctx, actor, 'showroom.clearance.import', 'ok', `${body.format}:${rows.length} rows`, {
    applied,
    rejected: rejected.length,
    batches,
  });
  return { applied, rejected };
}

export async function revokeLabel(
  ctx: AppContext,
  showroom: Showroom,
  actor: Actor,
  body: z.infer<typeof RevocationBodySchema>,
): Promise<LabelKeys> {
  const target = body.serial ?? `kid:${body.kid ?? ''}`;
  try {
    const keys = await showroom.write(async (snapshot, log) => {
      await revokeLabels(snapshot, log, body, ctx.now());
      // Labels made from now on must not carry a revoked key.
      if (body.kid !== undefined && body.kid === showroom.activeKid) showroom.rotateSigningKey(snapshot);
      return labelKeysOf(snapshot);
    });
    await auditAction(ctx, actor, 'showroom.label.revoke', 'ok', target, { ...body });
    return keys;
  } catch (error) {
    if (error instanceof AppError) {
      await auditAction(ctx, actor, 'showroom.label.revoke', 'failed', target, { ...body, reason: error.code });
    }
    throw error;
  }
}
