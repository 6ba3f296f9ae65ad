import type { CaseCommand } from '@shared/disputes/case-events.js';
import { yuanToFen } from '@shared/disputes/money.js';
import type { Actor } from '@shared/disputes/vocabulary.js';
import { audit } from '../accounts/audit.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { actorOf, openCase } from './access.js';
import { publishEvent } from './broadcast.js';
import { appendEvent, type Appended, type EventDraft } from './case-log.js';

const fen = (yuan: number) => yuanToFen(yuan) ?? 0; // the schema has refused anything finer than fen

function draftOf(command: CaseCommand, actor: Actor, key: string | undefined): EventDraft {
  const base = { actor, ...(key ? { clientEventId: key } : {}) };
  switch (command.type) {
    case 'message':
      return { ...base, type: 'message', clientEventId: command.clientMessageId, data: { text: command.text } };
    case 'internal_note':
      return { ...base, type: 'internal_note', clientEventId: command.clientMessageId, data: { text: command.text } };
    case 'accepted':
      return { ...base, type: 'accepted', data: command.note ? { note: command.note } : {} };
    case 'not_accepted':
      return { ...base, type: 'not_accepted', data: { ground: command.ground, explanation: command.explanation } };
    case 'merchant_response':
      return {
        ...base,
        type: 'merchant_response',
        data: { channel: command.channel, summary: command.summary, respondedOn: command.respondedOn },
      };
    case 'settlement_proposed':
      return {
        ...base,
        type: 'settlement_proposed',
        data: { proposedBy: command.proposedBy, terms: command.terms, amountFen: fen(command.amount) },
      };
    case 'settled':
      return { ...base, type: 'settled', data: { terms: command.terms, amountFen: fen(command.amount) } };
    case 'not_settled':
      return { ...base, type: 'not_settled', data: { reason: command.reason, explanation: command.explanation } };
    case 'closed':
      return {
        ...base,
        type: 'closed',
        data: {
          outcome: command.outcome,
          amountFen: fen(command.amount),
          ...(command.summary ? { summary: command.summary } : {}),
          ...(command.counterfeitFound !== undefined ? { counterfeitFound: command.counterfeitFound } : {}),
        },
      };
  }
}

/**
 * A participant appends to a case: the complainant a message; mediators notes, decisions and the
 * steps of mediation (rules.ts says who may do what, when). Every staff action is audited; the
 * log itself records everyone's.
 */
export async function runCommand(
  ctx: AppContext,
  principal: Principal,
  caseId: string,
  command: CaseCommand,
  key?: string,
  ip?: string,
): Promise<Appended> {
  const { caseDoc, audience } = await openCase(principal, caseId);
  const actor = await actorOf(principal, audience);
  const record = (outcome: 'ok' | 'failed', details: Record<string, unknown>) =>
    actor.role === 'consumer'
      ? Promise.resolve()
      : audit({
          actor: principal,
          action: `disputes.${command.type}`,
          target: caseDoc.caseNumber,
          outcome,
          ip,
          at: ctx.now(),
          details: { caseId, ...details },
        });
  try {
    const appended = await appendEvent(ctx, caseDoc, draftOf(command, actor, key), publishEvent);
    if (!appended.replayed) await record('ok', { seq: appended.event.seq });
    return appended;
  } catch (error) {
    if (error instanceof AppError) await record('failed', { code: error.code });
    throw error;
  }
}
