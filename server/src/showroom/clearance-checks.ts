import { validateGtin } from '@shared/codes/index.js';
import { CLEARANCE_CODE_LIST, isClearanceCode, type ClearanceCode } from '@shared/showroom/clearance.js';
import type { ClearanceImportReport } from '@shared/showroom/schemas.js';
import { parseEventTime, type NumberedRow } from './import-rows.js';
import type { Snapshot } from './snapshot.js';

export type NewClearanceEvent = { gtin: string; lot: string; code: ClearanceCode; at: Date };
type Rejection = ClearanceImportReport['rejected'][number];
export type EventCheck =
  { ok: true; event: NewClearanceEvent } | { ok: false; code: Rejection['code']; reason: string };

/** Clocks of customs systems and ours may differ a little; more than this ahead is a typing error. */
const ALLOWED_CLOCK_SKEW_MS = 5 * 60_000;
const EXAMPLE_TIMES = '2026-09-09T10:00:00+08:00 or 2026-09-09 10:00:00 (China time)';

const reject = (code: Rejection['code'], reason: string): EventCheck => ({ ok: false, code, reason });
const sameEvent = (a: { code: number; at: string | Date }, b: NewClearanceEvent) =>
  a.code === b.code && new Date(a.at).getTime() === b.at.getTime();
function statusCodeOf(value: number | string): ClearanceCode | undefined {
  const code = typeof value === 'number' ? value : /^\d{1,3}$/.test(value.trim()) ? Number(value) : NaN;
  return isClearanceCode(code) ? code : undefined;
}
const eventKey = (e: NewClearanceEvent) => `${e.gtin}|${e.lot}|${e.code}|${e.at.getTime()}`;

/** One status report checked against the catalogue, with a reason an officer can act on when refused. */
export function checkEvent(
  snapshot: Snapshot,
  input: { gtin: string; lot: string; code: number | string; at: string | Date },
  now: Date,
  acceptedEarlier: ReadonlySet<string> = new Set(),
): EventCheck {
  const gtin = validateGtin(input.gtin);
  if (!gtin.ok) return reject('bad_gtin', `"${input.gtin}" is not a valid GTIN: ${gtin.reason.message.toLowerCase()}.`);
  const product = snapshot.products.get(gtin.gtin14);
  if (!product) {
    return reject('unknown_gtin', `No product with GTIN ${gtin.gtin14} is registered in the showroom; check the GTIN.`);
  }
  const batch = product.batches.get(input.lot);
  if (!batch) {
    const known = [...product.batches.keys()].join(', ') || 'none yet';
    return reject('unknown_lot', `Product ${gtin.gtin14} has no lot "${input.lot}" (its lots: ${known}).`);
  }
  const code = statusCodeOf(input.code);
  if (code === undefined) {
    return reject(
      'unknown_code',
      `"${input.code}" is not a status code of the cross-border import list; use one of ${CLEARANCE_CODE_LIST.join(', ')}.`,
    );
  }
  const at = input.at instanceof Date ? input.at : parseEventTime(input.at.trim());
  if (!at) return reject('bad_date', `"${String(input.at)}" is not a date and time; write it as ${EXAMPLE_TIMES}.`);
  if (at.getTime() > now.getTime() + ALLOWED_CLOCK_SKEW_MS) {
    return reject('future_date', `${at.toISOString()} is in the future; check the date.`);
  }
  const event = { gtin: gtin.gtin14, lot: batch.lot, code, at };
  if (acceptedEarlier.has(eventKey(event)) || batch.clearance.some((e) => sameEvent(e, event))) {
    return reject(
      'already_recorded',
      `Status ${code} at ${at.toISOString()} is already recorded for lot ${batch.lot}.`,
    );
  }
  return { ok: true, event };
}

/** Every row checked; good rows are kept in file order, bad ones reported by line. */
export function checkImportRows(
  snapshot: Snapshot,
  rows: NumberedRow[],
  now: Date,
): { accepted: NewClearanceEvent[]; rejected: Rejection[] } {
  const accepted: NewClearanceEvent[] = [];
  const acceptedKeys = new Set<string>();
  const rejected: Rejection[] = [];
  for (const numbered of rows) {
    if ('problem' in numbered) {
      rejected.push({ line: numbered.line, code: 'bad_row', reason: numbered.problem });
      continue;
    }
    const check = checkEvent(snapshot, numbered.row, now, acceptedKeys);
    if (check.ok) {
      accepted.push(check.event);
      acceptedKeys.add(eventKey(check.event));
    } else {
      rejected.push({ line: numbered.line, code: check.code, reason: check.reason });
    }
  }
  return { accepted, rejected };
}
