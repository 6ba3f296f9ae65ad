import { Schema, model } from 'mongoose';
import type { CaseEvent } from '@shared/disputes/case-events.js';
import type { Actor } from '@shared/disputes/vocabulary.js';
import { audit } from '../accounts/audit.js';
import { actorOf, openCase } from '../disputes/access.js';
import { publishEvent } from '../disputes/broadcast.js';
import { appendEvent, logHead, refusalError, serverKey } from '../disputes/case-log.js';
import type { CaseDoc } from '../disputes/models.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';

/**
 * Who handles a case, decided by the unique index on `caseId`: of two mediators claiming at once,
 * exactly one insert succeeds, on FerretDB and MongoDB alike, whatever the connections. Insert-only;
 * the log's `claimed` event follows the winning insert.
 */
const claimSchema = new Schema({
  caseId: { type: Schema.Types.ObjectId, required: true },
  mediatorId: { type: String, required: true },
  mediatorName: { type: String, required: true },
  at: { type: Date, required: true },
});
claimSchema.index({ caseId: 1 }, { unique: true });
export const Claim = model('DisputeClaim', claimSchema, 'dispute_claims');

function alreadyClaimed(holder: { mediatorId: string; mediatorName: string }): AppError {
  return new AppError(409, 'already_claimed', `This case is already claimed by ${holder.mediatorName}.`, {
    mediator: { id: holder.mediatorId, name: holder.mediatorName },
  });
}

/** Inserts the claim, then records it in the log; a repeat by the winner completes the log and answers alike. */
export async function recordClaim(
  ctx: AppContext,
  caseDoc: CaseDoc,
  actor: Actor,
): Promise<{ event: CaseEvent; replayed: boolean }> {
  const caseId = String(caseDoc._id);
  try {
    await Claim.create({ caseId, mediatorId: actor.id, mediatorName: actor.name, at: ctx.now() });
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
    const holder = await Claim.findOne({ caseId }).lean();
    if (holder && holder.mediatorId !== actor.id) throw alreadyClaimed(holder);
  }
  const mediator = { id: actor.id, name: actor.name };
  const { event, replayed } = await appendEvent(
    ctx,
    caseDoc,
    { type: 'claimed', actor, clientEventId: serverKey('claim'), data: { mediator } },
    publishEvent,
  );
  return { event, replayed };
}

export async function claimCase(
  ctx: AppContext,
  principal: Principal,
  caseId: string,
  ip?: string,
): Promise<CaseEvent> {
  const { caseDoc, audience } = await openCase(principal, caseId);
  if (audience !== 'staff') throw new AppError(403, 'forbidden', 'You cannot handle a complaint of your own.');
  const { state } = await logHead(caseId);
  if (state.status === 'closed')
    throw refusalError({ code: 'wrong_status', message: 'The case is closed; it cannot be claimed.' });
  const actor = await actorOf(principal, audience);
  try {
    const { event, replayed } = await recordClaim(ctx, caseDoc, actor);
    if (!replayed)
      await audit({
        actor: principal,
        action: 'disputes.claimed',
        target: caseDoc.caseNumber,
        outcome: 'ok',
        ip,
        at: ctx.now(),
        details: { caseId },
      });
    return event;
  } catch (error) {
    if (error instanceof AppError) {
      await audit({
        actor: principal,
        action: 'disputes.claimed',
        target: caseDoc.caseNumber,
        outcome: 'failed',
        ip,
        at: ctx.now(),
        details: { caseId, code: error.code },
      });
    }
    throw error;
  }
}
