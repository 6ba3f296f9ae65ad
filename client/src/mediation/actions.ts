import { CaseCommandSchema, type CaseCommand, type CommandType } from '@shared/disputes/case-events.js';
import type { CaseState } from '@shared/disputes/case-state.js';
import { fenToYuanText } from '@shared/disputes/money.js';
import { whyNot, type Acting } from '@shared/disputes/rules.js';
import { CLOSE_OUTCOMES, type CloseOutcome } from '@shared/disputes/vocabulary.js';

/** The steps a mediator takes in the console, in the order of a case's life. */
export const STEPS = [
  'accepted',
  'not_accepted',
  'merchant_response',
  'settlement_proposed',
  'settled',
  'not_settled',
  'closed',
] as const satisfies readonly CommandType[];
export type Step = (typeof STEPS)[number];

/** What the form holds; only the fields of the chosen step are sent. */
export type StepDraft = {
  note: string;
  ground: string;
  explanation: string;
  channel: string;
  summary: string;
  respondedOn: string;
  proposedBy: string;
  terms: string;
  amount: string;
  reason: string;
  outcome: string;
  /** Counterfeit goods found: counts against the merchant's credit (shared/statistics/credit.ts). */
  counterfeitFound: boolean;
};

export const emptyDraft = (): StepDraft => ({
  note: '',
  ground: '',
  explanation: '',
  channel: '',
  summary: '',
  respondedOn: new Date().toISOString().slice(0, 10),
  proposedBy: 'mediator',
  terms: '',
  amount: '',
  reason: '',
  outcome: '',
  counterfeitFound: false,
});

/** The steps the shared rules allow this person now (the server checks the same rules). */
export function availableSteps(state: CaseState, who: Acting): Step[] {
  return STEPS.filter((type) =>
    type === 'closed' ? closeOutcomes(state, who).length > 0 : !whyNot(state, { type }, who),
  );
}

export function closeOutcomes(state: CaseState, who: Acting): CloseOutcome[] {
  return CLOSE_OUTCOMES.filter((outcome) => !whyNot(state, { type: 'closed', outcome }, who));
}

/** Fills in what the case already says: the agreed amount and terms, the outcome that follows. */
export function prefill(draft: StepDraft, step: Step, state: CaseState, outcomes: CloseOutcome[]): void {
  const amount = state.settlement?.amountFen ?? state.latestProposal?.amountFen;
  if ((step === 'settled' || step === 'closed') && amount !== undefined && !draft.amount)
    draft.amount = fenToYuanText(amount);
  if (step === 'settled' && !draft.terms) draft.terms = state.latestProposal?.terms ?? '';
  if (step === 'closed' && !draft.outcome) draft.outcome = outcomes[0] ?? '';
  if (step === 'closed' && !draft.amount) draft.amount = '0';
}

const amountOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const optional = (text: string) => text.trim() || undefined;

/** The command for the step, checked by the shared schema; null when a field is missing or wrong. */
export function commandOf(step: Step, d: StepDraft): { command: CaseCommand } | { error: string[] } {
  const raw: Record<Step, unknown> = {
    accepted: { type: 'accepted', ...(optional(d.note) ? { note: d.note.trim() } : {}) },
    not_accepted: { type: 'not_accepted', ground: d.ground, explanation: d.explanation },
    merchant_response: {
      type: 'merchant_response',
      channel: d.channel,
      summary: d.summary,
      respondedOn: d.respondedOn,
    },
    settlement_proposed: {
      type: 'settlement_proposed',
      proposedBy: d.proposedBy,
      terms: d.terms,
      amount: amountOf(d.amount),
    },
    settled: { type: 'settled', terms: d.terms, amount: amountOf(d.amount) },
    not_settled: { type: 'not_settled', reason: d.reason, explanation: d.explanation },
    closed: {
      type: 'closed',
      outcome: d.outcome,
      amount: amountOf(d.amount),
      ...(optional(d.summary) ? { summary: d.summary.trim() } : {}),
      counterfeitFound: d.counterfeitFound,
    },
  };
  const parsed = CaseCommandSchema.safeParse(raw[step]);
  if (parsed.success) return { command: parsed.data };
  return { error: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))] };
}
