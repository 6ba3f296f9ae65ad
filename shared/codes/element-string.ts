/**
 * GS1 element strings: human-readable "(01)09304967152415(10)A1" and the raw
 * form decoders return for GS1 DataMatrix / GS1 QR / GS1-128, where FNC1 is
 * ASCII 29 (GS) after each variable-length value, optionally led by a
 * symbology identifier (]d2, ]Q3, ]C1, ]e0, ]J1) and/or a GS character.
 */
import { aiLengthForPrefix, aiSpec, hasPredefinedLength } from './ai-table';
import { validateAis } from './ai-validate';
import { fail, type Failure } from './reasons';

export const GS = '\u001d';
export const GS1_SYMBOLOGY_IDS = [']C1', ']e0', ']d2', ']Q3', ']J1'] as const;

export interface ElementStringOk {
  ok: true;
  /** AI → value. */
  ais: Record<string, string>;
  /** ISO dates of the date AIs (11, 12, 13, 15, 16, 17). */
  dates: Record<string, string>;
}

type Pairs = Array<[ai: string, value: string]>;

/** Strip a GS1 symbology identifier and any leading FNC1 (GS) characters. */
export function stripElementStringPrefix(text: string): string {
  let s = text;
  if ((GS1_SYMBOLOGY_IDS as readonly string[]).includes(s.slice(0, 3))) s = s.slice(3);
  while (s.startsWith(GS)) s = s.slice(1);
  return s;
}

function splitRaw(s: string): Pairs | Failure {
  const pairs: Pairs = [];
  let pos = 0;
  while (pos < s.length) {
    if (s[pos] === GS) {
      pos++;
      continue;
    }
    const len = aiLengthForPrefix(s.slice(pos, pos + 2)) ?? 0;
    const ai = s.slice(pos, pos + len);
    if (len === 0 || !/^\d+$/.test(ai) || ai.length < len) return fail('unknown_ai', s.slice(pos, pos + 4));
    const spec = aiSpec(ai);
    if (spec === undefined) return fail('unknown_ai', ai);
    pos += len;
    const gsAt = s.indexOf(GS, pos);
    let stop = gsAt < 0 ? s.length : gsAt;
    if (hasPredefinedLength(ai) && spec.fixedLength !== undefined) {
      stop = Math.min(stop, pos + spec.fixedLength);
    }
    pairs.push([ai, s.slice(pos, stop)]);
    pos = stop;
  }
  return pairs;
}

function splitBracketed(s: string): Pairs | Failure {
  const pairs: Pairs = [];
  const re = /\((\d{2,4})\)/g;
  const marks: Array<{ ai: string; start: number; end: number }> = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    marks.push({ ai: m[1] ?? '', start: m.index, end: re.lastIndex });
  }
  if (marks[0]?.start !== 0) return fail('unknown_ai');
  for (const [i, mark] of marks.entries()) {
    if (aiSpec(mark.ai) === undefined) return fail('unknown_ai', mark.ai);
    const valueEnd = marks[i + 1]?.start ?? s.length;
    pairs.push([mark.ai, s.slice(mark.end, valueEnd).replace(/\s+/g, '')]);
  }
  return pairs;
}

/** Parse and validate an element string (bracketed or raw). `now` drives the date century rule. */
export function parseElementString(text: string, opts: { now?: Date } = {}): ElementStringOk | Failure {
  const s = stripElementStringPrefix(text.trim());
  if (s.replaceAll(GS, '').trim() === '') return fail('empty');
  const pairs = s.startsWith('(') ? splitBracketed(s) : splitRaw(s);
  if (!Array.isArray(pairs)) return pairs;
  const ais: Record<string, string> = {};
  for (const [ai, value] of pairs) {
    const seen = ais[ai];
    if (seen !== undefined && seen !== value) return fail('duplicate_ai', ai);
    ais[ai] = value;
  }
  const checked = validateAis(ais, opts.now);
  if (!checked.ok) return checked;
  return { ok: true, ais, dates: checked.dates };
}

const buildRank = (ai: string): number => (ai === '00' || ai === '01' ? 0 : hasPredefinedLength(ai) ? 1 : 2);

/**
 * Build an element string from AI → value pairs: 00/01 first, then the other
 * predefined-length AIs, then the variable-length ones (each group by AI).
 * The raw form (default) puts a GS after every value without a predefined
 * length except the last; `brackets: true` gives the human-readable form.
 */
export function buildElementString(
  ais: Record<string, string>,
  opts: { brackets?: boolean; symbologyId?: string } = {},
): string {
  const entries = Object.entries(ais).sort(([a], [b]) => buildRank(a) - buildRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (opts.brackets === true) return entries.map(([ai, v]) => `(${ai})${v}`).join('');
  const body = entries
    .map(([ai, v], i) => ai + v + (i < entries.length - 1 && !hasPredefinedLength(ai) ? GS : ''))
    .join('');
  return (opts.symbologyId ?? '') + body;
}
