import { Schema, model } from 'mongoose';

const localized = { 'zh-CN': String, 'zh-TW': String, en: String };

const courseSchema = new Schema(
  {
    code: { type: String, required: true },
    title: localized,
    category: { type: String, required: true },
    venue: { type: String, required: true },
    county: { type: String, required: true },
    capacity: { type: Number, required: true },
    feeCny: { type: Number, required: true },
    subsidyEligible: { type: Boolean, required: true },
    registrationClosesAt: { type: Date, required: true },
    sessions: [{ _id: false, id: String, startsAt: Date, endsAt: Date }],
  },
  { timestamps: true },
);
courseSchema.index({ code: 1 }, { unique: true });
export const Course = model('Course', courseSchema);

/**
 * A person's place on a course. `arrival` orders the waitlist (FIFO); `seat` is set while confirmed.
 * Unique {course, user}: one registration per person per course.
 */
const registrationSchema = new Schema({
  course: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true },
  status: { type: String, enum: ['confirmed', 'waitlisted'], required: true },
  arrival: { type: Number, required: true },
  seat: { type: Number },
  createdAt: { type: Date, required: true },
  promotedAt: { type: Date },
  /** The request's Idempotency-Key and body hash, and the answer it got: a replay returns that answer. */
  idempotencyKey: { type: String, required: true },
  requestHash: { type: String, required: true },
  firstResponse: { type: Schema.Types.Mixed, required: true },
});
registrationSchema.index({ course: 1, userId: 1 }, { unique: true });
registrationSchema.index({ userId: 1, idempotencyKey: 1 }, { unique: true });
registrationSchema.index({ course: 1, arrival: 1 }, { unique: true });
export const Registration = model('Registration', registrationSchema);

/**
 * Seats are claims: a seat number 1…capacity can be held by one registration only (unique {course, seat}).
 * Capacity can never be exceeded however many requests race, on FerretDB and MongoDB alike.
 */
const seatSchema = new Schema({
  course: { type: String, required: true },
  seat: { type: Number, required: true },
  registrationId: { type: Schema.Types.ObjectId, required: true },
  userId: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, required: true },
});
seatSchema.index({ course: 1, seat: 1 }, { unique: true });
seatSchema.index({ registrationId: 1 }, { unique: true });
export const Seat = model('Seat', seatSchema);

/** Insert-only history of cancelled registrations (the live collection keeps only current ones). */
const cancellationSchema = new Schema({
  registrationId: { type: Schema.Types.ObjectId, required: true },
  course: String,
  userId: Schema.Types.ObjectId,
  status: String,
  seat: Number,
  cancelledAt: Date,
  createdAt: Date,
  idempotencyKey: String,
  requestHash: String,
  firstResponse: Schema.Types.Mixed,
});
cancellationSchema.index({ userId: 1, idempotencyKey: 1 });
export const Cancellation = model('Cancellation', cancellationSchema);

/** One row per trainee per session; duplicates from several offline devices merge on the unique index. */
const checkinSchema = new Schema({
  registrationId: { type: Schema.Types.ObjectId, required: true },
  course: { type: String, required: true },
  sessionId: { type: String, required: true },
  userId: { type: Schema.Types.ObjectId, required: true },
  checkedInAt: { type: Date, required: true },
  recordedBy: { type: Schema.Types.ObjectId },
});
checkinSchema.index({ registrationId: 1, sessionId: 1 }, { unique: true });
checkinSchema.index({ course: 1, sessionId: 1 });
export const Checkin = model('Checkin', checkinSchema);
