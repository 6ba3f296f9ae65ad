import type { CaseEvent } from '@shared/disputes/case-events.js';
import { reduceCase } from '@shared/disputes/case-state.js';
import type { ComplaintFacts } from '../../../server/src/statistics/complaint-facts.js';

/** Builds a complaint's facts from a short script of its log, times in Asia/Shanghai. */
const mediator = { id: 'm1', role: 'mediator' as const, name: '张调解' };
export const at = (local: string) => new Date(`${local}:00+08:00`).toISOString();

type Step =
  | { type: 'accepted'; at: string }
  | { type: 'not_accepted'; at: string }
  | { type: 'merchant_response'; at: string; respondedOn: string }
  | { type: 'settled'; at: string; amountFen: number }
  | { type: 'not_settled'; at: string }
  | {
      type: 'closed';
      at: string;
      outcome: 'settled' | 'not_settled' | 'not_accepted' | 'withdrawn';
      amountFen?: number;
      counterfeitFound?: boolean;
    };

let numbers = 0;
export function complaintOf(
  filedLocal: string,
  steps: Step[],
  options: { merchantId?: string | null; respondentName?: string; category?: ComplaintFacts['category'] } = {},
): ComplaintFacts {
  numbers += 1;
  const caseNumber = `DT-2026-${String(numbers).padStart(6, '0')}`;
  const caseId = `case${numbers}`;
  const filedAt = at(filedLocal);
  const base = (seq: number, when: string) => ({ caseId, seq, at: when, actor: mediator });
  const data = (s: Step): unknown => {
    switch (s.type) {
      case 'accepted':
        return {};
      case 'not_accepted':
        return { ground: 'outside_remit', explanation: '—' };
      case 'merchant_response':
        return { channel: 'phone', summary: '—', respondedOn: s.respondedOn };
      case 'settled':
        return { terms: '退款', amountFen: s.amountFen };
      case 'not_settled':
        return { reason: 'no_agreement', explanation: '—' };
      case 'closed':
        return {
          outcome: s.outcome,
          amountFen: s.amountFen ?? 0,
          ...(s.counterfeitFound === undefined ? {} : { counterfeitFound: s.counterfeitFound }),
        };
    }
  };
  const log = [
    {
      ...base(1, filedAt),
      type: 'filed',
      data: {
        caseNumber,
        category: options.category ?? 'quality',
        respondentName: 'x',
        amountFen: 100,
        evidenceExpected: 0,
      },
    },
    ...steps.map((s, i) => ({ ...base(i + 2, at(s.at)), type: s.type, data: data(s) })),
  ] as CaseEvent[];
  const firstResponse = steps.find((s) => s.type === 'merchant_response');
  return {
    id: caseId,
    caseNumber,
    filedAt: new Date(filedAt),
    category: options.category ?? 'quality',
    merchantId: options.merchantId === undefined ? 'm-steppe' : options.merchantId,
    respondentName: options.respondentName ?? 'Steppe Road Cashmere',
    state: reduceCase(log),
    firstRespondedOn: firstResponse?.type === 'merchant_response' ? firstResponse.respondedOn : null,
  };
}
