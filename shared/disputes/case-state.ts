import { z } from 'zod';
import type { CaseEvent } from './case-events.js';
import { MediationEndReasonSchema, NotAcceptGroundSchema } from './legal-grounds.js';
import { CaseStatusSchema, CategorySchema, CloseOutcomeSchema, ProposerSchema } from './vocabulary.js';

const Person = z.object({ id: z.string(), name: z.string() });

/** A case as its log says it is now. Derived, never stored as the truth. */
export const CaseStateSchema = z
  .object({
    status: CaseStatusSchema,
    /** The highest seq applied (of the events the reader can see). */
    lastSeq: z.number().int().min(0),
    lastEventAt: z.string().nullable(),
    caseNumber: z.string().nullable(),
    category: CategorySchema.nullable(),
    filedAt: z.string().nullable(),
    assignee: Person.nullable(),
    claimedAt: z.string().nullable(),
    /** When the accept / not-accept decision was made. */
    decidedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    notAccepted: z.object({ ground: NotAcceptGroundSchema, explanation: z.string() }).nullable(),
    evidenceExpected: z.number().int(),
    evidenceReceived: z.array(z.string()),
    merchantResponses: z.number().int(),
    latestProposal: z
      .object({ proposedBy: ProposerSchema, terms: z.string(), amountFen: z.number().int(), seq: z.number().int() })
      .nullable(),
    settlement: z.object({ terms: z.string(), amountFen: z.number().int(), at: z.string() }).nullable(),
    mediationEnded: z.object({ reason: MediationEndReasonSchema, explanation: z.string(), at: z.string() }).nullable(),
    closure: z
      .object({
        outcome: CloseOutcomeSchema,
        amountFen: z.number().int(),
        summary: z.string().optional(),
        /** False for cases closed before the mediator could record it. */
        counterfeitFound: z.boolean(),
        at: z.string(),
      })
      .nullable(),
    messages: z.number().int(),
    lastMessageAt: z.string().nullable(),
  })
  .meta({ id: 'CaseState' });
export type CaseState = z.infer<typeof CaseStateSchema>;

export const emptyCaseState = (): CaseState => ({
  status: 'filed',
  lastSeq: 0,
  lastEventAt: null,
  caseNumber: null,
  category: null,
  filedAt: null,
  assignee: null,
  claimedAt: null,
  decidedAt: null,
  acceptedAt: null,
  notAccepted: null,
  evidenceExpected: 0,
  evidenceReceived: [],
  merchantResponses: 0,
  latestProposal: null,
  settlement: null,
  mediationEnded: null,
  closure: null,
  messages: 0,
  lastMessageAt: null,
});

/** Applies one event. Pure: the server checks an event against the state before appending it (rules.ts). */
export function applyEvent(state: CaseState, event: CaseEvent): CaseState {
  const next: CaseState = { ...state, lastSeq: Math.max(state.lastSeq, event.seq), lastEventAt: event.at };
  switch (event.type) {
    case 'filed':
      return {
        ...next,
        status: 'filed',
        caseNumber: event.data.caseNumber,
        category: event.data.category,
        filedAt: event.at,
        evidenceExpected: event.data.evidenceExpected,
      };
    case 'evidence_added':
      return { ...next, evidenceReceived: [...state.evidenceReceived, event.data.photoId] };
    case 'claimed':
      return { ...next, assignee: event.data.mediator, claimedAt: event.at };
    case 'accepted':
      return { ...next, status: 'accepted', decidedAt: event.at, acceptedAt: event.at };
    case 'not_accepted':
      return {
        ...next,
        status: 'not_accepted',
        decidedAt: event.at,
        notAccepted: { ground: event.data.ground, explanation: event.data.explanation },
      };
    case 'message':
      return { ...next, messages: state.messages + 1, lastMessageAt: event.at };
    case 'internal_note':
      return next;
    case 'merchant_response':
      return { ...next, merchantResponses: state.merchantResponses + 1 };
    case 'settlement_proposed':
      return {
        ...next,
        latestProposal: {
          proposedBy: event.data.proposedBy,
          terms: event.data.terms,
          amountFen: event.data.amountFen,
          seq: event.seq,
        },
      };
    case 'settled':
      return {
        ...next,
        status: 'settled',
        settlement: { terms: event.data.terms, amountFen: event.data.amountFen, at: event.at },
      };
    case 'not_settled':
      return {
        ...next,
        status: 'not_settled',
        mediationEnded: { reason: event.data.reason, explanation: event.data.explanation, at: event.at },
      };
    case 'closed':
      return {
        ...next,
        status: 'closed',
        closure: {
          outcome: event.data.outcome,
          amountFen: event.data.amountFen,
          summary: event.data.summary,
          counterfeitFound: event.data.counterfeitFound ?? false,
          at: event.at,
        },
      };
  }
}

/** The state after a log (in seq order; a device may pass its deduplicated copy). */
export const reduceCase = (events: readonly CaseEvent[]): CaseState =>
  [...events].sort((a, b) => a.seq - b.seq).reduce(applyEvent, emptyCaseState());
