import type { CaseState } from './case-state.js';
import type { EventType } from './case-events.js';
import { STATUS_LABELS, type ActorRole, type CaseStatus, type CloseOutcome } from './vocabulary.js';

/** Why an actor may not append an event now; the client uses the same rules to enable its buttons. */
export type Refusal = {
  code: 'not_your_role' | 'not_claimed' | 'claimed_by_other' | 'already_claimed' | 'wrong_status' | 'outcome_mismatch';
  message: string;
};

export type Intent = { type: EventType; outcome?: CloseOutcome };
export type Acting = { id: string; role: ActorRole };

const STAFF: readonly ActorRole[] = ['mediator', 'admin'];
/** The status a case must be in for each event; `open` = anything but closed. */
const NEEDS: Record<EventType, readonly CaseStatus[] | 'open' | 'any'> = {
  filed: 'any',
  evidence_added: 'open',
  claimed: 'open',
  accepted: ['filed'],
  not_accepted: ['filed'],
  message: 'open',
  internal_note: 'any',
  merchant_response: ['accepted'],
  settlement_proposed: ['accepted'],
  settled: ['accepted'],
  not_settled: ['accepted'],
  closed: ['settled', 'not_settled', 'not_accepted', 'filed', 'accepted'],
};
/** The status that each closing outcome follows from. */
const CLOSES_FROM: Record<CloseOutcome, readonly CaseStatus[]> = {
  settled: ['settled'],
  not_settled: ['not_settled'],
  not_accepted: ['not_accepted'],
  withdrawn: ['filed', 'accepted'],
};

function roleRefusal(state: CaseState, intent: Intent, who: Acting): Refusal | null {
  const staff = STAFF.includes(who.role);
  if (intent.type === 'filed')
    return who.role === 'system'
      ? null
      : { code: 'not_your_role', message: 'Complaints are filed through POST /api/disputes.' };
  if (intent.type === 'evidence_added')
    return who.role === 'consumer'
      ? null
      : { code: 'not_your_role', message: 'Only the complainant adds evidence photos.' };
  if (intent.type === 'message' && who.role === 'consumer') return null;
  if (!staff) return { code: 'not_your_role', message: 'Only mediators can do this.' };
  if (intent.type === 'internal_note') return null;
  if (intent.type === 'claimed') {
    return state.assignee
      ? { code: 'already_claimed', message: `This case is already claimed by ${state.assignee.name}.` }
      : null;
  }
  // Everything else is the assigned mediator's to do (an admin may step in).
  if (!state.assignee)
    return who.role === 'admin' ? null : { code: 'not_claimed', message: 'Claim the case before acting on it.' };
  if (state.assignee.id !== who.id && who.role !== 'admin') {
    return {
      code: 'claimed_by_other',
      message: `Only ${state.assignee.name}, who has claimed this case, can do this.`,
    };
  }
  return null;
}

function statusRefusal(state: CaseState, intent: Intent): Refusal | null {
  const needs = NEEDS[intent.type];
  const now = STATUS_LABELS[state.status].en.toLowerCase();
  if (needs === 'any') return null;
  if (needs === 'open' ? state.status === 'closed' : !needs.includes(state.status)) {
    return {
      code: 'wrong_status',
      message: `The case is ${now} (${state.status}); ${intent.type.replace(/_/g, ' ')} is not possible now.`,
    };
  }
  if (intent.type === 'closed' && intent.outcome && !CLOSES_FROM[intent.outcome].includes(state.status)) {
    return { code: 'outcome_mismatch', message: `A case that is ${state.status} cannot close as ${intent.outcome}.` };
  }
  return null;
}

export function whyNot(state: CaseState, intent: Intent, who: Acting): Refusal | null {
  return roleRefusal(state, intent, who) ?? statusRefusal(state, intent);
}
