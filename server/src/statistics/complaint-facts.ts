import type { CaseEvent } from '@shared/disputes/case-events.js';
import { reduceCase, type CaseState } from '@shared/disputes/case-state.js';
import type { Category } from '@shared/disputes/vocabulary.js';
import { trusted } from '../db/trusted.js';
import { Case, CaseEventRecord } from '../disputes/models.js';

/** What the statistics need of one complaint: its filing facts and its log reduced to a state. */
export type ComplaintFacts = {
  id: string;
  caseNumber: string;
  filedAt: Date;
  category: Category;
  /** Null when the complainant named a merchant outside the showroom. */
  merchantId: string | null;
  respondentName: string;
  state: CaseState;
  /** The `respondedOn` day of the first merchant response, in log order. */
  firstRespondedOn: string | null;
};

/**
 * Complaints filed between two instants (optionally against one merchant), with their logs. Complaint
 * volumes are a park's, not a city's: two reads with projections, the rest in TypeScript.
 */
export async function loadComplaints(filter: {
  start: Date;
  end: Date;
  merchantId?: string;
}): Promise<ComplaintFacts[]> {
  const cases = await Case.find(
    {
      filedAt: trusted({ $gte: filter.start, $lte: filter.end }),
      ...(filter.merchantId ? { 'respondent.merchantId': filter.merchantId } : {}),
    },
    { caseNumber: 1, filedAt: 1, category: 1, respondent: 1 },
  ).lean();
  if (cases.length === 0) return [];
  const events = await CaseEventRecord.find(
    { caseId: trusted({ $in: cases.map((c) => c._id) }) },
    { caseId: 1, seq: 1, type: 1, at: 1, actor: 1, data: 1 },
  ).lean();
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const id = String(e.caseId);
    const list = byCase.get(id) ?? [];
    list.push({
      caseId: id,
      seq: e.seq,
      type: e.type,
      at: e.at.toISOString(),
      actor: e.actor,
      data: e.data,
    } as CaseEvent);
    byCase.set(id, list);
  }
  return cases.map((c) => {
    const log = (byCase.get(String(c._id)) ?? []).sort((a, b) => a.seq - b.seq);
    const firstResponse = log.find((e) => e.type === 'merchant_response');
    return {
      id: String(c._id),
      caseNumber: c.caseNumber,
      filedAt: c.filedAt,
      category: c.category as Category,
      merchantId: c.respondent.merchantId ?? null,
      respondentName: c.respondent.name,
      state: reduceCase(log),
      firstRespondedOn: firstResponse?.type === 'merchant_response' ? firstResponse.data.respondedOn : null,
    };
  });
}
