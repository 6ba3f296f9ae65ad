/** Validation of GS1 AI values: format, character set, check digits, dates. */
import { aiSpec } from './ai-table';
import { hasValidCheckDigit } from './gtin';
import { fail, type Failure } from './reasons';

/** GS1 AI encodable character set 82. */
const CSET82 = /^[!"%-?A-Z_a-z]*$/;
const DIGITS = /^\d*$/;
/** AIs restricted to GS1 character set 39 (component/part identifiers). */
const CSET39 = /^[#\-/0-9A-Z]*$/;
const CSET39_AIS = new Set(['8010']);

/** Check one AI value against its format; undefined when it is valid. */
export function checkAiValue(ai: string, value: string): Failure | undefined {
  const spec = aiSpec(ai);
  if (spec === undefined) return fail('unknown_ai', ai);
  if (value === '') return fail('bad_value', ai);
  let pos = 0;
  for (const c of spec.components) {
    let part: string;
    if (c.length !== undefined) {
      part = value.slice(pos, pos + c.length);
      if (part.length < c.length) return fail('wrong_length', ai);
    } else {
      part = value.slice(pos);
      if (part.length > (c.max ?? 0)) return fail('too_long', ai);
    }
    pos += part.length;
    const charset = c.kind === 'N' ? DIGITS : CSET39_AIS.has(ai) ? CSET39 : CSET82;
    if (!charset.test(part)) return fail('bad_value', ai);
  }
  if (pos < value.length) return fail(spec.fixedLength === undefined ? 'too_long' : 'wrong_length', ai);
  if (spec.checkDigitAt !== undefined && !hasValidCheckDigit(value.slice(0, spec.checkDigitAt))) {
    return fail('check_digit', ai);
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Four-digit year for a two-digit GS1 year (General Specifications §7.12):
 * the year lies within 49 years before and 50 years after the current year.
 */
export function gs1Year(yy: number, now: Date = new Date()): number {
  const current = now.getUTCFullYear();
  const century = current - (current % 100);
  const diff = yy - (current % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

/** ISO date (YYYY-MM-DD) for a GS1 YYMMDD date, or undefined if it does not exist. */
export function gs1DateToIso(yymmdd: string, now: Date = new Date()): string | undefined {
  const m = /^(\d\d)(\d\d)(\d\d)$/.exec(yymmdd);
  if (m === null) return undefined;
  const year = gs1Year(Number(m[1]), now);
  const month = Number(m[2]);
  let day = Number(m[3]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (day === 0) day = last;
  if (day > last) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface ValidatedAis {
  ok: true;
  /** ISO dates of the date AIs (11, 12, 13, 15, 16, 17). */
  dates: Record<string, string>;
}

/** Validate every AI value; dates are converted with the given `now`. */
export function validateAis(ais: Record<string, string>, now?: Date): ValidatedAis | Failure {
  const dates: Record<string, string> = {};
  for (const [ai, value] of Object.entries(ais)) {
    const problem = checkAiValue(ai, value);
    if (problem !== undefined) return problem;
    if (aiSpec(ai)?.isDate === true) {
      const iso = gs1DateToIso(value, now);
      if (iso === undefined) return fail('bad_date', ai);
      dates[ai] = iso;
    }
  }
  return { ok: true, dates };
}
