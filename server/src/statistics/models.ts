import { Schema, model } from 'mongoose';

/**
 * A product risk alert, insert-only. `key` names what it is about (`product|<gtin>|` or
 * `batch|<gtin>|<lot>`) and `seq` numbers that key's alerts 1, 2, 3…: the next alert takes the last
 * seq + 1 once the last is older than the risk window, and the unique `{key, seq}` index lets exactly one
 * of several concurrent filings raise it (FerretDB updates are not atomic; inserts against a unique
 * index are). Holds case numbers and counts only: no personal data.
 */
const riskAlertSchema = new Schema({
  key: { type: String, required: true },
  seq: { type: Number, required: true },
  scope: { type: String, enum: ['product', 'batch'], required: true },
  gtin: { type: String, required: true },
  lot: { type: String, default: null },
  complaints: { type: Number, required: true },
  threshold: { type: Number, required: true },
  raisedAt: { type: Date, required: true },
  caseNumbers: { type: [String], required: true },
});
riskAlertSchema.index({ key: 1, seq: 1 }, { unique: true });
riskAlertSchema.index({ raisedAt: -1 });
riskAlertSchema.index({ gtin: 1, raisedAt: -1 });
export const RiskAlertModel = model('RiskAlert', riskAlertSchema, 'risk_alerts');
export type RiskAlertDoc = ReturnType<InstanceType<typeof RiskAlertModel>['toObject']>;
