import { maskPhone } from '@shared/accounts/mask.js';
import type { CaseEvent } from '@shared/disputes/case-events.js';
import { reduceCase } from '@shared/disputes/case-state.js';
import type { CaseView, MyCaseSummary, QueueItem } from '@shared/disputes/case-views.js';
import { caseDeadlines, currentDeadline } from '@shared/disputes/deadlines.js';
import type { Category, CaseStatus } from '@shared/disputes/vocabulary.js';
import type { WorkingCalendar } from '@shared/disputes/working-days.js';
import type { Principal } from '../http/policy.js';
import type { Audience } from './access.js';
import { readEvents, type LogHead } from './case-log.js';
import { Evidence, type CaseDoc } from './models.js';
import { cursorsOf } from './receipts.js';

export const evidenceUrl = (caseId: string, photoId: string) => `/api/disputes/${caseId}/evidence/${photoId}`;

export function queueItemOf(caseDoc: CaseDoc, head: LogHead, calendar: WorkingCalendar, now: Date): QueueItem {
  const deadline = currentDeadline(caseDeadlines(head.state, calendar, now));
  return {
    id: String(caseDoc._id),
    caseNumber: caseDoc.caseNumber,
    status: head.state.status,
    category: caseDoc.category as Category,
    ...(caseDoc.respondent.merchantId ? { merchantId: caseDoc.respondent.merchantId } : {}),
    respondentName: caseDoc.respondent.name,
    complainantName: caseDoc.complainant?.name ?? null,
    filedAt: caseDoc.filedAt.toISOString(),
    amountFen: caseDoc.order.amountFen,
    assignee: head.state.assignee,
    deadline,
    overdue: deadline?.state === 'overdue',
    evidence: { expected: caseDoc.evidence.length, received: head.state.evidenceReceived.length },
    lastSeq: head.state.lastSeq,
    lastEventAt: head.state.lastEventAt,
  };
}

export function myCaseSummaryOf(
  caseDoc: CaseDoc,
  head: LogHead,
  readSeq: number,
  calendar: WorkingCalendar,
  now: Date,
): MyCaseSummary {
  return {
    id: String(caseDoc._id),
    caseNumber: caseDoc.caseNumber,
    status: head.state.status as CaseStatus,
    category: caseDoc.category as Category,
    respondentName: caseDoc.respondent.name,
    filedAt: caseDoc.filedAt.toISOString(),
    lastSeq: head.publicSeq,
    lastEventAt: head.publicAt,
    readSeq,
    deadline: currentDeadline(caseDeadlines(head.state, calendar, now)),
  };
}

/** The highest seq among `events` not above `seq`: a mediator's read cursor as the complainant may see it. */
const visibleUpTo = (events: CaseEvent[], seq: number) =>
  events.reduce((best, e) => (e.seq <= seq && e.seq > best ? e.seq : best), 0);

export async function caseViewOf(
  caseDoc: CaseDoc,
  audience: Audience,
  principal: Principal,
  context: { calendar: WorkingCalendar; now: Date; consumerOnline: boolean },
): Promise<CaseView> {
  const caseId = String(caseDoc._id);
  const [events, received, cursors] = await Promise.all([
    readEvents(caseId, audience),
    Evidence.find({ caseId }).lean(),
    cursorsOf(caseId),
  ]);
  const state = reduceCase(events);
  const receivedById = new Map(received.map((r) => [r.photoId, r]));
  const staff = cursors.staff;
  const complainant = caseDoc.complainant?.name
    ? {
        name: caseDoc.complainant.name,
        phone: (audience === 'staff' ? maskPhone(caseDoc.complainant.phone ?? '') : caseDoc.complainant.phone) ?? '',
        address: caseDoc.complainant.address ?? '',
      }
    : null;
  return {
    id: caseId,
    caseNumber: caseDoc.caseNumber,
    audience,
    status: state.status,
    filedAt: caseDoc.filedAt.toISOString(),
    category: caseDoc.category as Category,
    complainant,
    respondent: {
      ...(caseDoc.respondent.merchantId ? { merchantId: caseDoc.respondent.merchantId } : {}),
      name: caseDoc.respondent.name,
      address: caseDoc.respondent.address,
    },
    order: {
      ...(caseDoc.order.number ? { number: caseDoc.order.number } : {}),
      purchaseDate: caseDoc.order.purchaseDate,
      amountFen: caseDoc.order.amountFen,
    },
    product: caseDoc.product
      ? {
          ...(caseDoc.product.gtin ? { gtin: caseDoc.product.gtin } : {}),
          ...(caseDoc.product.lot ? { lot: caseDoc.product.lot } : {}),
        }
      : null,
    facts: caseDoc.facts,
    request: caseDoc.request,
    evidence: caseDoc.evidence.map(({ photoId = '' }) => {
      const item = receivedById.get(photoId);
      return item
        ? {
            photoId,
            received: true,
            url: evidenceUrl(caseId, photoId),
            width: item.width,
            height: item.height,
            bytes: item.bytes,
          }
        : { photoId, received: false };
    }),
    assignee: state.assignee,
    deadlines: caseDeadlines(state, context.calendar, context.now),
    state,
    receipts: {
      consumer: cursors.consumer,
      staff:
        audience === 'consumer'
          ? { deliveredSeq: visibleUpTo(events, staff.deliveredSeq), readSeq: visibleUpTo(events, staff.readSeq) }
          : staff,
      mine: cursors.byUser.get(principal.userId) ?? { deliveredSeq: 0, readSeq: 0 },
    },
    consumerOnline: context.consumerOnline,
  };
}
