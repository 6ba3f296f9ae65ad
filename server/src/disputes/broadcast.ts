import { isStaffOnly, type CaseEvent } from '@shared/disputes/case-events.js';
import { DisputeEvents, caseRoom, type CaseEventPush } from '@shared/disputes/events.js';
import type { AppContext } from '../feature.js';
import { currentCalendar } from './calendar-store.js';
import type { LogHead } from './case-log.js';
import type { CaseDoc } from './models.js';
import { readSeqOf } from './receipts.js';
import { myCaseSummaryOf, queueItemOf } from './views.js';

export const STAFF_ROOMS = ['role:mediator', 'role:admin'];

/**
 * After an append: the event to the case's room (a staff-only event to everyone there but the
 * complainant), the queue line to all mediators and admins, the list line to the complainant.
 */
export async function publishEvent(ctx: AppContext, caseDoc: CaseDoc, event: CaseEvent, head: LogHead): Promise<void> {
  const caseId = String(caseDoc._id);
  const complainantRoom = `user:${String(caseDoc.userId)}`;
  const push: CaseEventPush = { caseId, event };
  const calendar = await currentCalendar();
  const now = ctx.now();
  if (isStaffOnly(event.type)) {
    ctx.io.to(caseRoom(caseId)).except(complainantRoom).emit(DisputeEvents.caseEvent, push);
  } else {
    ctx.io.to(caseRoom(caseId)).emit(DisputeEvents.caseEvent, push);
    const readSeq = await readSeqOf(caseId, String(caseDoc.userId));
    ctx.io.to(complainantRoom).emit(DisputeEvents.caseChanged, myCaseSummaryOf(caseDoc, head, readSeq, calendar, now));
  }
  const queueEvent = event.type === 'filed' ? DisputeEvents.queueAdded : DisputeEvents.queueUpdated;
  ctx.io
    .to(STAFF_ROOMS)
    .except(complainantRoom)
    .emit(queueEvent, queueItemOf(caseDoc, head, calendar, now));
}
