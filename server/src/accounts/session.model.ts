import { Schema, model } from 'mongoose';

/** Server-side sessions. The cookie holds a random id; only its SHA-256 is stored. */
const sessionSchema = new Schema({
  _id: { type: String },
  userId: { type: Schema.Types.ObjectId, required: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  idleTimeoutMs: { type: Number, required: true },
  ip: { type: String },
  userAgent: { type: String },
});
sessionSchema.index({ userId: 1 });
sessionSchema.index({ lastSeenAt: 1 });

export const Session = model('Session', sessionSchema);
