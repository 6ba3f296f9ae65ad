import type { ClearanceEvent } from '@shared/showroom/clearance.js';
import type { Batch, Merchant, Product, Serial } from '@shared/showroom/schemas.js';
import type { LabelKey } from './label-keyring.js';

/** `changeSeq`: the last change-log seq that touched the record; incremental sync sends those above the cursor. */
type Tracked = { changeSeq: number };

export type RecordedClearanceEvent = ClearanceEvent & { seq: number };
export type BatchEntry = Omit<Batch, 'declarationNo' | 'clearance'> &
  Tracked & {
    /** Sorted by time, then as recorded (seq). */
    clearance: RecordedClearanceEvent[];
    declarationNo: string;
    maskedDeclarationNo: string;
    /** The seq the next clearance event of this batch gets. */
    nextEventSeq: number;
  };
export type ProductEntry = Product & Tracked & { batches: Map<string, BatchEntry> };
export type MerchantEntry = Merchant & Tracked & { gtins: string[] };
export type SerialEntry = Serial & Tracked;

/**
 * The whole catalogue in memory. Scans and sync are answered from here, never from the database.
 * It is loaded once at start (after the seed) and then patched by this process's own writes, which
 * all go through the catalogue write queue (the embedded engine has a single server process). A patch
 * happens synchronously after its database write succeeded, so a request sees a write entirely or not
 * at all — in particular `seq` never runs ahead of the records it covers.
 */
export type Snapshot = {
  epoch: string;
  seq: number;
  merchants: Map<string, MerchantEntry>;
  products: Map<string, ProductEntry>;
  /** By `gtin14|serial`. */
  serials: Map<string, SerialEntry>;
  /** Small lists; the same shape verifyLabelSignature and the sync answer use. */
  revoked: { kids: string[]; serials: string[] };
  keys: Omit<LabelKey, 'secretKey'>[];
  /** kid → base64url public key, as verifyLabelSignature wants it. */
  publicKeys: Record<string, string>;
};

export const serialKey = (gtin: string, serial: string) => `${gtin}|${serial}`;
export const batchKey = (gtin: string, lot: string) => `${gtin}|${lot}`;

export function findBatch(snapshot: Snapshot, gtin: string, lot: string): BatchEntry | undefined {
  return snapshot.products.get(gtin)?.batches.get(lot);
}

/** Where the batch stands now: its clearance is kept sorted, so the latest event is the last one. */
export const latestEventOf = (batch: BatchEntry) => batch.clearance.at(-1);

/** Clearance events in the order that tells the story: by time, then as recorded. */
export function sortEvents(events: RecordedClearanceEvent[]): RecordedClearanceEvent[] {
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
}

export function publicKeysOf(keys: readonly LabelKey[]): Pick<Snapshot, 'keys' | 'publicKeys'> {
  return {
    keys: keys.map(({ kid, publicKey, createdAt }) => ({ kid, publicKey, createdAt })),
    publicKeys: Object.fromEntries(keys.map((k) => [k.kid, k.publicKey])),
  };
}
