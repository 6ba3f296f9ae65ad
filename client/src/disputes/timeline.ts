import type { CaseEvent } from '@shared/disputes/case-events.js';
import type { Locale } from '@client/i18n/locales';
import type { Translate } from './deadline';
import {
  categoryText,
  channelText,
  endReasonText,
  formatDay,
  groundText,
  outcomeText,
  proposerText,
  yuan,
} from './labels';

export type TimelineEntry = {
  seq: number;
  at: string;
  type: CaseEvent['type'];
  /** One sentence in plain words. */
  text: string;
  /** More words when the step has them (an explanation, terms). */
  detail?: string;
  /** Internal notes: never shown to the complainant. */
  staffOnly: boolean;
};

/** The steps of a case, one sentence each. Messages belong to the chat and are left out. */
export function timelineOf(t: Translate, events: readonly CaseEvent[], locale: Locale): TimelineEntry[] {
  return [...events]
    .sort((a, b) => a.seq - b.seq)
    .filter((e) => e.type !== 'message')
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      staffOnly: e.type === 'internal_note',
      ...describe(t, e, locale),
    }));
}

function describe(t: Translate, e: CaseEvent, locale: Locale): { text: string; detail?: string } {
  const k = (key: string, named?: Record<string, unknown>) => t(`disputes.timeline.${key}`, named);
  switch (e.type) {
    case 'filed':
      return {
        text: k('filed', { caseNumber: e.data.caseNumber }),
        detail: k('filedDetail', {
          respondent: e.data.respondentName,
          category: categoryText(e.data.category, locale),
        }),
      };
    case 'evidence_added':
      return { text: k('evidence') };
    case 'claimed':
      return { text: k('claimed', { name: e.data.mediator.name }) };
    case 'accepted':
      return { text: k('accepted'), detail: e.data.note };
    case 'not_accepted':
      return { text: k('notAccepted', { ground: groundText(e.data.ground, locale) }), detail: e.data.explanation };
    case 'message':
      return { text: e.data.text };
    case 'internal_note':
      return { text: k('note', { name: e.actor.name }), detail: e.data.text };
    case 'merchant_response':
      return {
        text: k('merchantResponse', {
          channel: channelText(e.data.channel, locale),
          date: formatDay(e.data.respondedOn, locale),
        }),
        detail: e.data.summary,
      };
    case 'settlement_proposed':
      return {
        text: k('proposed', { who: proposerText(e.data.proposedBy, locale), amount: yuan(e.data.amountFen) }),
        detail: e.data.terms,
      };
    case 'settled':
      return { text: k('settled', { amount: yuan(e.data.amountFen) }), detail: e.data.terms };
    case 'not_settled':
      return { text: k('notSettled', { reason: endReasonText(e.data.reason, locale) }), detail: e.data.explanation };
    case 'closed':
      return {
        text: k('closed', { outcome: outcomeText(e.data.outcome, locale), amount: yuan(e.data.amountFen) }),
        detail: e.data.summary,
      };
  }
}

/** Adds events to a log copy: each seq once, in order. Returns the same array when nothing is new. */
export function mergeEvents(current: readonly CaseEvent[], incoming: readonly CaseEvent[]): CaseEvent[] {
  const seen = new Set(current.map((e) => e.seq));
  const fresh = incoming.filter((e) => !seen.has(e.seq) && (seen.add(e.seq), true));
  if (!fresh.length) return current as CaseEvent[];
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}
