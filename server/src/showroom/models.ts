import { Schema, model } from 'mongoose';

const localizedTextSchema = new Schema(
  {
    'zh-CN': { type: String, required: true },
    'zh-TW': { type: String, required: true },
    en: { type: String, required: true },
  },
  { _id: false },
);
const localizedText = { type: localizedTextSchema, required: true };

const merchantSchema = new Schema({
  merchantId: { type: String, required: true },
  name: localizedText,
  booth: { type: String, required: true },
  creditCode: { type: String, required: true },
  county: { type: String, required: true },
});
merchantSchema.index({ merchantId: 1 }, { unique: true });
export const MerchantModel = model('ShowroomMerchant', merchantSchema, 'merchants');

const productSchema = new Schema({
  gtin: { type: String, required: true },
  gtin13: { type: String, required: true },
  name: localizedText,
  originCountry: { type: String, required: true },
  originCountryName: { type: String, required: true },
  manufacturer: { type: String, required: true },
  hsCode: { type: String, required: true },
  customsRegime: { type: String, enum: ['9610', '1210'], required: true },
  merchantId: { type: String, required: true },
  // Integer fen, never Decimal128 (FerretDB drops the connection on it) nor a float of yuan.
  retailPriceFen: { type: Number, required: true },
});
productSchema.index({ gtin: 1 }, { unique: true });
export const ProductModel = model('ShowroomProduct', productSchema, 'products');

const batchSchema = new Schema({
  gtin: { type: String, required: true },
  lot: { type: String, required: true },
  // Calendar days as printed on the pack (YYYY-MM-DD), not instants.
  producedOn: { type: String, required: true },
  bestBefore: { type: String, default: null },
  quantity: { type: Number, required: true },
  declarationNo: { type: String, required: true },
  regime: { type: String, enum: ['9610', '1210'], required: true },
  inspection: { result: { type: String, required: true }, certificateNo: { type: String, default: null } },
  provenance: [
    {
      _id: false,
      at: { type: Date, required: true },
      event: { type: String, required: true },
      place: { type: String, required: true },
    },
  ],
});
batchSchema.index({ gtin: 1, lot: 1 }, { unique: true });
export const BatchModel = model('ShowroomBatch', batchSchema, 'batches');

const serialSchema = new Schema({
  gtin: { type: String, required: true },
  serial: { type: String, required: true },
  lot: { type: String, required: true },
});
serialSchema.index({ gtin: 1, serial: 1 }, { unique: true });
export const SerialModel = model('ShowroomSerial', serialSchema, 'serials');

/**
 * Clearance history, insert-only: one document per status report, never updated. A batch's history is
 * its events sorted by time. `seq` numbers a batch's events in the order they were recorded; the unique
 * `{gtin, lot, seq}` index makes a double write fail instead of silently duplicating. Separate documents
 * rather than an array on the batch because FerretDB applies `$push` as read-modify-write: an insert
 * cannot lose a concurrent one, an array update can.
 */
const clearanceEventSchema = new Schema({
  gtin: { type: String, required: true },
  lot: { type: String, required: true },
  seq: { type: Number, required: true },
  code: { type: Number, required: true },
  at: { type: Date, required: true },
  source: { type: String, enum: ['seed', 'import', 'officer'], required: true },
  recordedAt: { type: Date, required: true },
});
clearanceEventSchema.index({ gtin: 1, lot: 1, seq: 1 }, { unique: true });
export const ClearanceEventModel = model('ShowroomClearanceEvent', clearanceEventSchema, 'clearance_events');

export const CHANGE_KINDS = ['epoch', 'merchant', 'product', 'batch', 'serial', 'revocation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The catalogue's change log for offline sync, insert-only. Every write to the catalogue first claims
 * the next `seq` for each record it touches; a client's cursor is the last seq it has seen. Seq 0 holds
 * the epoch (a random id made when the database is new), so that a cursor from another database is
 * never taken for ours. The unique index on seq is the guarantee; the single write connection and the
 * in-process write queue make collisions impossible in practice.
 */
const catalogueChangeSchema = new Schema({
  seq: { type: Number, required: true },
  kind: { type: String, enum: CHANGE_KINDS, required: true },
  key: { type: String, required: true },
  at: { type: Date, required: true },
});
catalogueChangeSchema.index({ seq: 1 }, { unique: true });
export const CatalogueChangeModel = model('ShowroomCatalogueChange', catalogueChangeSchema, 'catalogue_changes');

/** Insert-only revocations of label keys (`kind: kid`) and single labels (`kind: serial`, value `gtin14|serial`). */
const labelRevocationSchema = new Schema({
  kind: { type: String, enum: ['kid', 'serial'], required: true },
  value: { type: String, required: true },
  at: { type: Date, required: true },
});
labelRevocationSchema.index({ kind: 1, value: 1 }, { unique: true });
export const LabelRevocationModel = model('ShowroomLabelRevocation', labelRevocationSchema, 'label_revocations');

/** Scan statistics, insert-only. Deliberately without any user or device id: not personal data. */
const scanSchema = new Schema({
  gtin: { type: String, required: true },
  lot: { type: String },
  at: { type: Date, required: true },
  /** `at` as a calendar day in Asia/Shanghai (YYYY-MM-DD), for per-day statistics; absent on older scans. */
  day: { type: String },
  source: { type: String, enum: ['gtin', 'element-string', 'digital-link'], required: true },
});
scanSchema.index({ gtin: 1, at: -1 });
scanSchema.index({ day: 1 });
export const ScanModel = model('ShowroomScan', scanSchema, 'scans');

/**
 * Scan counts per Asia/Shanghai day and product, insert-only: each flush of the scan recorder adds one
 * document per day and product of its batch. Statistics sum these instead of reading every scan:
 * FerretDB filters and groups in Go (measured: ~0.1 ms per scan document), and a flush holds up to
 * 200 scans. Never updated, so no `$inc` can be lost under concurrent writers.
 */
const scanCountSchema = new Schema({
  day: { type: String, required: true },
  gtin: { type: String, required: true },
  count: { type: Number, required: true },
  flushedAt: { type: Date, required: true },
});
scanCountSchema.index({ day: 1 });
export const ScanCountModel = model('ShowroomScanCount', scanCountSchema, 'scan_counts');
