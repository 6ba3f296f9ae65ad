import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { isStaffOnly, type CaseEvent, type EventData, type EventType } from '@shared/disputes/case-events.js';
import { applyEvent, emptyCaseState, type CaseState } from '@shared/disputes/case-state.js';
import { whyNot, type Refusal } from '@shared/disputes/rules.js';
import type { Actor, CloseOutcome } from '@shared/disputes/vocabulary.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import { requestHash } from '../http/request-hash.js';
import type { Audience } from './access.js';
import { KeyedMutex } from './keyed-mutex.js';
import { Case, CaseEventRecord, findEventByClientId, type CaseDoc, type EventDoc } from './models.js';

export type EventDraft = { [T in EventType]: { type: T; data: EventData<T> } }[EventType] & {
  actor: Actor;
  /** The client's id for this event (a message's clientMessageId, an Idempotency-Key): replays find the first copy. */
  clientEventId?: string;
  /** When it happened, if not now (the filing's own time; demo history). */
  at?: Date;
};
/** The log's reduced state, plus what the complainant's copy (without staff-only events) has seen. */
export type LogHead = { state: CaseState; publicSeq: number; publicAt: string | null };
export type Appended = { event: CaseEvent; head: LogHead; replayed: boolean };
type Publisher = (ctx: AppContext, caseDoc: CaseDoc, event: CaseEvent, head: LogHead) => Promise<void>;

const locks = new KeyedMutex();
// Client ids cannot contain '#' (ClientIdSchema), so a client can never take a key the server uses.
const SERVER_KEY_MARK = '#';
/** A dedupe key of the server's own, for events that must happen once per case (filed, claimed…). */
export const serverKey = (name: string) => `${SERVER_KEY_MARK}${name}`;
const heads = new Map<string, LogHead>();
const MAX_CACHED_HEADS = 5000;
const MAX_ATTEMPTS = 5;

export function toCaseEvent(doc: EventDoc): CaseEvent {
  const event = {
    caseId: String(doc.caseId),
    seq: doc.seq,
    type: doc.type,
    at: doc.at.toISOString(),
    actor: doc.actor,
    data: doc.data,
  };
  return (doc.clientProvided ? { ...event, clientId: doc.clientEventId } : event) as CaseEvent;
}

/** The case's events after `afterSeq`, in order; the complainant's copy leaves out staff-only ones. */
export async function readEvents(
  caseId: string,
  audience: Audience,
  afterSeq = 0,
  limit = 10_000,
): Promise<CaseEvent[]> {
  const filter = {
    caseId,
    seq: mongoose.trusted({ $gt: afterSeq }),
    ...(audience === 'consumer' ? { audience: 'all' as const } : {}),
  };
  const docs = await CaseEventRecord.find(filter).sort({ seq: 1 }).limit(limit).lean();
  return docs.map(toCaseEvent);
}

function advance(head: LogHead, event: CaseEvent): LogHead {
  const state = applyEvent(head.state, event);
  return isStaffOnly(event.type) ? { ...head, state } : { state, publicSeq: event.seq, publicAt: event.at };
}

export async function logHead(caseId: string): Promise<LogHead> {
  const cached = heads.get(caseId);
  if (cached) return cached;
  const events = await readEvents(caseId, 'staff');
  const head = events.reduce(advance, { state: emptyCaseState(), publicSeq: 0, publicAt: null });
  if (heads.size >= MAX_CACHED_HEADS) heads.clear();
  heads.set(caseId, head);
  return head;
}

export function refusalError(refusal: Refusal, details?: unknown): AppError {
  return new AppError(refusal.code === 'not_your_role' ? 403 : 409, refusal.code, refusal.message, details);
}

async function replayOf(caseId: string, clientEventId: string, hash: string): Promise<CaseEvent | null> {
  const earlier = await findEventByClientId(caseId, clientEventId);
  if (!earlier) return null;
  if (earlier.requestHash !== hash) {
    throw new AppError(
      422,
      'idempotency_key_reused',
      'This client id was already used for a different event. Use a new id.',
    );
  }
  return toCaseEvent(earlier);
}

/**
 * Appends one event: under the case's queue, check it against the current state, take the next seq,
 * insert. The unique `{caseId, seq}` index is the guarantee: if another server instance appended
 * first, the insert fails, and we reload and decide again (bounded).
 */
export async function appendEvent(
  ctx: AppContext,
  caseDoc: CaseDoc,
  draft: EventDraft,
  publish: Publisher,
): Promise<Appended> {
  const caseId = String(caseDoc._id);
  const hash = requestHash({ type: draft.type, data: draft.data, actor: draft.actor.id });
  const outcome = draft.type === 'closed' ? (draft.data.outcome as CloseOutcome) : undefined;
  return locks.run(caseId, async () => {
    const replay = draft.clientEventId ? await replayOf(caseId, draft.clientEventId, hash) : null;
    if (replay) return { event: replay, head: await logHead(caseId), replayed: true };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const head = await logHead(caseId);
      const refusal = whyNot(head.state, { type: draft.type, outcome }, draft.actor);
      if (refusal) throw refusalError(refusal, head.state.assignee ? { assignee: head.state.assignee } : undefined);
      const seq = head.state.lastSeq + 1;
      let doc: EventDoc;
      try {
        doc = (
          await CaseEventRecord.create({
            caseId,
            seq,
            type: draft.type,
            at: draft.at ?? ctx.now(),
            actor: draft.actor,
            data: draft.data,
            audience: isStaffOnly(draft.type) ? 'staff' : 'all',
            clientEventId: draft.clientEventId ?? randomUUID(),
            clientProvided: !!draft.clientEventId && !draft.clientEventId.startsWith(SERVER_KEY_MARK),
            requestHash: hash,
          })
        ).toObject() as EventDoc;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        const raced = draft.clientEventId ? await replayOf(caseId, draft.clientEventId, hash) : null;
        if (raced) return { event: raced, head: await logHead(caseId), replayed: true };
        heads.delete(caseId); // another instance appended this seq: reload and decide again
        continue;
      }
      const event = toCaseEvent(doc);
      const next = advance(head, event);
      heads.set(caseId, next);
      await saveSummary(caseDoc, next);
      await publish(ctx, caseDoc, event, next);
      return { event, head: next, replayed: false };
    }
    throw new AppError(503, 'busy', 'This case is very busy right now. Please try again.');
  });
}

/** Keeps the queue's copy of the state; never moves it backwards if two instances write out of order. */
async function saveSummary(caseDoc: CaseDoc, head: LogHead): Promise<void> {
  const { state } = head;
  await Case.updateOne(
    { _id: caseDoc._id, lastSeq: mongoose.trusted({ $lt: state.lastSeq }) },
    {
      $set: {
        status: state.status,
        lastSeq: state.lastSeq,
        summary: head,
        ...(state.assignee ? { assigneeId: state.assignee.id } : {}),
      },
    },
  );
}

/** After an erasure rewrote actor names in the log. */
export const forgetLogHead = (caseId: string) => heads.delete(caseId);
