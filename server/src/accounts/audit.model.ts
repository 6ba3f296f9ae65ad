import { Schema, model } from 'mongoose';

/** Append-only: who did what to which record, when, from where, with what outcome. Never updated or deleted. */
const auditSchema = new Schema({
  at: { type: Date, required: true },
  actorId: { type: String },
  actorRoles: { type: [String], default: undefined },
  action: { type: String, required: true },
  target: { type: String },
  outcome: { type: String, enum: ['ok', 'denied', 'failed', 'throttled'], required: true },
  ip: { type: String },
  details: { type: Schema.Types.Mixed },
});
auditSchema.index({ at: -1 });
auditSchema.index({ actorId: 1, at: -1 });
auditSchema.index({ action: 1, at: -1 });

export const AuditEntry = model('AuditEntry', auditSchema);
