import type { Cursor } from '@shared/disputes/events.js';
import mongoose from 'mongoose';
import { CaseEventRecord, ReadCursor } from './models.js';

export type CaseCursors = { consumer: Cursor; staff: Cursor; byUser: Map<string, Cursor> };

const ZERO: Cursor = { deliveredSeq: 0, readSeq: 0 };
const furthest = (a: Cursor, b: Cursor): Cursor => ({
  deliveredSeq: Math.max(a.deliveredSeq, b.deliveredSeq),
  readSeq: Math.max(a.readSeq, b.readSeq),
});

/** The complainant's cursor, the furthest of any mediator's, and each person's own. */
export async function cursorsOf(caseId: string): Promise<CaseCursors> {
  const docs = await ReadCursor.find({ caseId }).lean();
  const byUser = new Map(docs.map((d) => [d.userId, { deliveredSeq: d.deliveredSeq, readSeq: d.readSeq }]));
  const side = (s: 'consumer' | 'staff') =>
    docs
      .filter((d) => d.side === s)
      .map((d) => byUser.get(d.userId) ?? ZERO)
      .reduce(furthest, ZERO);
  return { consumer: side('consumer'), staff: side('staff'), byUser };
}

/**
 * Moves a person's cursor forward (never back: receipts arrive out of order from several devices).
 * Reading implies having received.
 */
export async function moveCursor(
  target: { caseId: string; userId: string; side: 'consumer' | 'staff' },
  kind: 'delivered' | 'read',
  seq: number,
  now: Date,
): Promise<Cursor> {
  const filter = { caseId: target.caseId, userId: target.userId };
  const update = {
    $max: kind === 'read' ? { deliveredSeq: seq, readSeq: seq } : { deliveredSeq: seq },
    $set: { side: target.side, updatedAt: now },
  };
  try {
    await ReadCursor.updateOne(filter, update, { upsert: true });
  } catch (error) {
    // Two first receipts at once both tried to insert; the second now finds the first.
    if ((error as { code?: number }).code !== 11000) throw error;
    await ReadCursor.updateOne(filter, update);
  }
  const doc = await ReadCursor.findOne(filter).lean();
  return { deliveredSeq: doc?.deliveredSeq ?? 0, readSeq: doc?.readSeq ?? 0 };
}

export async function readSeqOf(caseId: string, userId: string): Promise<number> {
  return (await ReadCursor.findOne({ caseId, userId }, { readSeq: 1 }).lean())?.readSeq ?? 0;
}

/** The complainant's view of a mediator's cursor: the last event they can see at or before it. */
export async function visibleSeqAtOrBelow(caseId: string, seq: number): Promise<number> {
  const event = await CaseEventRecord.findOne(
    { caseId, audience: 'all', seq: mongoose.trusted({ $lte: seq }) },
    { seq: 1 },
  )
    .sort({ seq: -1 })
    .lean();
  return event?.seq ?? 0;
}
