import { Schema, model } from 'mongoose';

/**
 * A complaint as filed: written once, never edited (the erasure of its complainant aside). What
 * happened to it since is its event log; `status`, `assigneeId`, `lastSeq` and `summary` repeat the
 * log's reduced state for the queue and are rewritten after every append.
 */
const caseSchema = new Schema({
  caseNumber: { type: String, required: true },
  numberYear: { type: Number, required: true },
  numberSeq: { type: Number, required: true },
  userId: { type: Schema.Types.ObjectId, required: true },
  filedAt: { type: Date, required: true },
  complainant: { type: { _id: false, name: String, phone: String, address: String }, default: undefined },
  complainantErasedAt: { type: Date },
  respondent: {
    type: {
      _id: false,
      merchantId: String,
      name: { type: String, required: true },
      address: { type: String, required: true },
    },
    required: true,
  },
  order: {
    type: {
      _id: false,
      number: String,
      purchaseDate: { type: String, required: true },
      amountFen: { type: Number, required: true },
    },
    required: true,
  },
  category: { type: String, required: true },
  product: { type: { _id: false, gtin: String, lot: String }, default: undefined },
  facts: { type: String, required: true },
  request: { type: String, required: true },
  /** The photos declared at filing; their bytes arrive later (Evidence). */
  evidence: {
    type: [
      {
        _id: false,
        photoId: { type: String, required: true },
        sha256: { type: String, required: true },
        contentType: { type: String, required: true },
        bytes: { type: Number, required: true },
      },
    ],
    required: true,
  },
  idempotencyKey: { type: String, required: true },
  requestHash: { type: String },
  firstResponse: { type: Schema.Types.Mixed, required: true },
  status: { type: String, required: true },
  assigneeId: { type: String },
  lastSeq: { type: Number, required: true },
  summary: { type: Schema.Types.Mixed },
});
caseSchema.index({ caseNumber: 1 }, { unique: true });
caseSchema.index({ numberYear: 1, numberSeq: 1 }, { unique: true });
caseSchema.index({ userId: 1, idempotencyKey: 1 }, { unique: true });
caseSchema.index({ status: 1, filedAt: 1 });
export const Case = model('DisputeCase', caseSchema, 'dispute_cases');
export const findCase = (id: string) => Case.findById(id).lean();
/** A case as read with `.lean()`. */
export type CaseDoc = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/**
 * The log: insert-only, one document per event. Unique `{caseId, seq}` orders it; unique
 * `{caseId, clientEventId}` makes a replayed message or action find its first copy.
 */
const eventSchema = new Schema({
  caseId: { type: Schema.Types.ObjectId, required: true },
  seq: { type: Number, required: true },
  type: { type: String, required: true },
  at: { type: Date, required: true },
  actor: {
    id: { type: String, required: true },
    role: { type: String, required: true },
    name: { type: String, required: true },
  },
  data: { type: Schema.Types.Mixed, required: true },
  audience: { type: String, enum: ['all', 'staff'], required: true },
  clientEventId: { type: String, required: true },
  /** Set when the client made the id: a replay with another body is refused. */
  clientProvided: { type: Boolean, required: true },
  requestHash: { type: String, required: true },
});
eventSchema.index({ caseId: 1, seq: 1 }, { unique: true });
eventSchema.index({ caseId: 1, clientEventId: 1 }, { unique: true });
eventSchema.index({ 'actor.id': 1 });
export const CaseEventRecord = model('DisputeEvent', eventSchema, 'dispute_events');
export const findEventByClientId = (caseId: string, clientEventId: string) =>
  CaseEventRecord.findOne({ caseId, clientEventId }).lean();
export type EventDoc = NonNullable<Awaited<ReturnType<typeof findEventByClientId>>>;

/** A received photo: re-encoded bytes in GridFS (bucket `dispute_evidence`), its facts here. */
const evidenceSchema = new Schema({
  caseId: { type: Schema.Types.ObjectId, required: true },
  photoId: { type: String, required: true },
  fileId: { type: Schema.Types.ObjectId, required: true },
  /** Of the bytes as uploaded, matching the declaration. */
  sha256: { type: String, required: true },
  width: { type: Number, required: true },
  height: { type: Number, required: true },
  bytes: { type: Number, required: true },
  receivedAt: { type: Date, required: true },
});
evidenceSchema.index({ caseId: 1, photoId: 1 }, { unique: true });
export const Evidence = model('DisputeEvidence', evidenceSchema, 'dispute_evidence_items');

/** How far a participant has received and read a case's events. One per person per case. */
const cursorSchema = new Schema({
  caseId: { type: Schema.Types.ObjectId, required: true },
  userId: { type: String, required: true },
  side: { type: String, enum: ['consumer', 'staff'], required: true },
  deliveredSeq: { type: Number, required: true, default: 0 },
  readSeq: { type: Number, required: true, default: 0 },
  updatedAt: { type: Date, required: true },
});
cursorSchema.index({ caseId: 1, userId: 1 }, { unique: true });
cursorSchema.index({ userId: 1 });
export const ReadCursor = model('DisputeReadCursor', cursorSchema, 'dispute_read_cursors');

/** Official holidays and make-up working days the calendar package does not know (yet). */
const overrideSchema = new Schema({
  date: { type: String, required: true },
  kind: { type: String, enum: ['holiday', 'workday'], required: true },
  name: { type: String, required: true },
  setBy: { type: String, required: true },
  setAt: { type: Date, required: true },
});
overrideSchema.index({ date: 1 }, { unique: true });
export const CalendarOverrideRecord = model('CalendarOverride', overrideSchema, 'calendar_overrides');
