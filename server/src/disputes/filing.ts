import { Types } from 'mongoose';
import { toGtin14 } from '@shared/codes/gtin.js';
import type { FilingBody, FilingResult } from '@shared/disputes/filing.js';
import { yuanToFen } from '@shared/disputes/money.js';
import type { Category } from '@shared/disputes/vocabulary.js';
import { ACCEPT_DECISION_WORKING_DAYS, shanghaiDay } from '@shared/disputes/working-days.js';
import { domainEventsOf } from '../domain-events.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { requestHash } from '../http/request-hash.js';
import { SYSTEM_ACTOR } from './access.js';
import { publishEvent } from './broadcast.js';
import { currentCalendar } from './calendar-store.js';
import { appendEvent, serverKey } from './case-log.js';
import { KeyedMutex } from './keyed-mutex.js';
import { Case, type CaseDoc } from './models.js';
import { resolveRespondent } from './respondents.js';
import { evidenceUrl } from './views.js';

const numbering = new KeyedMutex();
const MAX_ATTEMPTS = 5;
const MAX_SEQ = 999_999;

export const caseNumberOf = (year: number, seq: number) => `DT-${year}-${String(seq).padStart(6, '0')}`;

/**
 * Case numbers: the cases collection is itself the insert-only sequence. The next number is the
 * year's highest + 1, decided one filing at a time in this process; the unique indexes on
 * `caseNumber` and `{numberYear, numberSeq}` are the guarantee against another instance, whose
 * win sends us round again. Nothing is reserved apart from the case, so a failed filing leaves no gap.
 */
async function nextSeq(year: number): Promise<number> {
  const last = await Case.findOne({ numberYear: year }, { numberSeq: 1 }).sort({ numberSeq: -1 }).lean();
  const seq = (last?.numberSeq ?? 0) + 1;
  if (seq > MAX_SEQ)
    throw new AppError(
      503,
      'case_numbers_exhausted',
      `All case numbers of ${year} are used. Contact the administrator.`,
    );
  return seq;
}

function replayOf(earlier: CaseDoc, hash: string): FilingResult {
  if (earlier.requestHash !== hash) {
    throw new AppError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different complaint. Use a new key.',
    );
  }
  return earlier.firstResponse as FilingResult;
}

async function insertCase(
  ctx: AppContext,
  principal: Principal,
  body: FilingBody,
  key: string,
  hash: string,
): Promise<{ caseDoc: CaseDoc; replayed: boolean }> {
  const filedAt = ctx.now();
  if (body.order.purchaseDate > shanghaiDay(filedAt)) {
    throw new AppError(422, 'purchase_date_in_future', 'The purchase date is in the future.', {
      field: 'order.purchaseDate',
    });
  }
  const respondent = await resolveRespondent(body.respondent);
  const year = Number(shanghaiDay(filedAt).slice(0, 4));
  const due = (await currentCalendar()).dueAfter(filedAt, ACCEPT_DECISION_WORKING_DAYS);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const id = new Types.ObjectId();
    const seq = await nextSeq(year);
    const firstResponse: FilingResult = {
      id: String(id),
      caseNumber: caseNumberOf(year, seq),
      status: 'filed',
      filedAt: filedAt.toISOString(),
      acceptDecisionDue: {
        dueDate: due.dueDate,
        dueAt: due.dueAt,
        provisional: due.provisional,
        ...(due.reason ? { reason: due.reason } : {}),
      },
      evidenceUploads: body.evidence.map((e) => ({ photoId: e.photoId, url: evidenceUrl(String(id), e.photoId) })),
    };
    const product =
      body.product?.gtin || body.product?.lot
        ? { gtin: body.product.gtin ? toGtin14(body.product.gtin) : undefined, lot: body.product.lot }
        : undefined;
    try {
      const created = await Case.create({
        _id: id,
        caseNumber: firstResponse.caseNumber,
        numberYear: year,
        numberSeq: seq,
        userId: principal.userId,
        filedAt,
        complainant: body.complainant,
        respondent,
        order: { ...body.order, amountFen: yuanToFen(body.order.amount) ?? 0 },
        category: body.category,
        product,
        facts: body.facts,
        request: body.request,
        evidence: body.evidence,
        idempotencyKey: key,
        requestHash: hash,
        firstResponse,
        status: 'filed',
        lastSeq: 0,
      });
      return { caseDoc: created.toObject() as CaseDoc, replayed: false };
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const earlier = await Case.findOne({ userId: principal.userId, idempotencyKey: key }).lean();
      if (earlier) return { caseDoc: earlier, replayed: true }; // the same complaint, sent twice at once
      // else another instance took this number: go round again
    }
  }
  throw new AppError(503, 'busy', 'Many complaints are arriving right now. Please try again.');
}

/**
 * Files a complaint exactly once per Idempotency-Key: a replay (an offline device resending, a
 * double tap) gets the first answer, and a different complaint under the same key is refused.
 */
export async function fileComplaint(
  ctx: AppContext,
  principal: Principal,
  body: FilingBody,
  key: string,
): Promise<{ result: FilingResult; replayed: boolean }> {
  const hash = requestHash(body);
  const { caseDoc, replayed } = await numbering.run('filing', async () => {
    const earlier = await Case.findOne({ userId: principal.userId, idempotencyKey: key }).lean();
    return earlier ? { caseDoc: earlier, replayed: true } : insertCase(ctx, principal, body, key, hash);
  });
  const result = replayOf(caseDoc, hash);
  // Idempotent too: a replay after a crash between the insert and this append completes the log.
  await appendEvent(
    ctx,
    caseDoc,
    {
      type: 'filed',
      actor: SYSTEM_ACTOR,
      at: caseDoc.filedAt,
      clientEventId: serverKey('filed'),
      data: {
        caseNumber: caseDoc.caseNumber,
        category: caseDoc.category as Category,
        respondentName: caseDoc.respondent.name,
        ...(caseDoc.respondent.merchantId ? { merchantId: caseDoc.respondent.merchantId } : {}),
        amountFen: caseDoc.order.amountFen,
        evidenceExpected: caseDoc.evidence.length,
      },
    },
    publishEvent,
  );
  if (!replayed) {
    await domainEventsOf(ctx).publish(ctx, 'case.filed', {
      caseId: String(caseDoc._id),
      caseNumber: caseDoc.caseNumber,
      filedAt: caseDoc.filedAt,
      ...(caseDoc.product ? { product: { gtin: caseDoc.product.gtin, lot: caseDoc.product.lot } } : {}),
    });
  }
  return { result, replayed };
}
