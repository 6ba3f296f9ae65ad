/**
 * One entry point for whatever a camera/scanner decoded: a plain GTIN
 * (EAN-8/13, UPC-A/E, ITF-14), a GS1 element string (GS1 DataMatrix, GS1 QR,
 * GS1-128; bracketed or raw with GS separators) or a GS1 Digital Link URI
 * (uncompressed or compressed, any host).
 */
import { parseDigitalLink } from './digital-link';
import { GS, GS1_SYMBOLOGY_IDS, parseElementString } from './element-string';
import { upcEToUpcA, validateGtin } from './gtin';
import { fail, type Failure } from './reasons';

export type ScannedKind = 'gtin' | 'element-string' | 'digital-link';

export interface ScannedCode {
  ok: true;
  kind: ScannedKind;
  /** 14 digits. */
  gtin: string;
  /** Batch/lot, AI 10. */
  lot?: string;
  /** Serial number, AI 21. */
  serial?: string;
  /** Expiration date (AI 17) as an ISO date. */
  expiry?: string;
  /** Every AI → value found (01 as 14 digits). */
  ais: Record<string, string>;
  /** ISO dates of the date AIs (11, 12, 13, 15, 16, 17). */
  dates: Record<string, string>;
  /** Non-AI query parameters of a Digital Link, e.g. sig, kid. */
  params: Record<string, string>;
  /** Digital Link only: whether it was a compressed link. */
  compressed?: boolean;
  /** Compressed Digital Link only: the same link uncompressed. */
  uncompressedUri?: string;
}

export type ParseScannedResult = ScannedCode | Failure;

export interface ParseScannedOptions {
  /** Reference date for the GS1 two-digit-year rule (default: now). */
  now?: Date;
  /** Symbology reported by the decoder (BarcodeDetector format), e.g. 'upc_e'. */
  format?: string;
}

function fromAis(
  kind: ScannedKind,
  ais: Record<string, string>,
  dates: Record<string, string>,
  params: Record<string, string>,
): ScannedCode | Failure {
  const raw = ais['01'];
  if (raw === undefined) return fail('missing_gtin');
  const checked = validateGtin(raw);
  if (!checked.ok) return { ok: false, reason: { ...checked.reason, ai: '01' } };
  const code: ScannedCode = { ok: true, kind, gtin: checked.gtin14, ais, dates, params };
  if (ais['10'] !== undefined) code.lot = ais['10'];
  if (ais['21'] !== undefined) code.serial = ais['21'];
  if (dates['17'] !== undefined) code.expiry = dates['17'];
  return code;
}

function parseGtinOnly(digits: string, opts: ParseScannedOptions): ParseScannedResult {
  let code = digits;
  if (opts.format === 'upc_e' && code.length === 8) {
    const upcA = upcEToUpcA(code);
    if (upcA === undefined) return fail('check_digit');
    code = upcA;
  }
  const checked = validateGtin(code);
  if (!checked.ok) return checked;
  return fromAis('gtin', { '01': checked.gtin14 }, {}, {});
}

function parseLink(uri: string, opts: ParseScannedOptions): ParseScannedResult {
  const link = parseDigitalLink(uri, opts.now === undefined ? {} : { now: opts.now });
  if (!link.ok) return link;
  const code = fromAis('digital-link', link.ais, link.dates, link.params);
  if (!code.ok) return code;
  code.compressed = link.compressed;
  if (link.uncompressedUri !== undefined) code.uncompressedUri = link.uncompressedUri;
  return code;
}

function parseElements(text: string, opts: ParseScannedOptions): ParseScannedResult {
  const parsed = parseElementString(text, opts.now === undefined ? {} : { now: opts.now });
  if (!parsed.ok) return parsed;
  return fromAis('element-string', parsed.ais, parsed.dates, {});
}

/** Like parseScannedCode, but lets unexpected internal errors escape (used by tests). */
export function parseScannedCodeUnchecked(text: string, opts: ParseScannedOptions = {}): ParseScannedResult {
  let t = typeof text === 'string' ? text.trim() : '';
  if (t === '') return fail('empty');
  if (/^\][A-Za-z][0-9A-Za-z]/.test(t)) {
    if ((GS1_SYMBOLOGY_IDS as readonly string[]).includes(t.slice(0, 3)) && !/^\]..https?:/i.test(t)) {
      return parseElements(t, opts);
    }
    t = t.slice(3).trim();
    if (t === '') return fail('empty');
  }
  if (/^https?:\/\//i.test(t)) return parseLink(t, opts);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+$/i.test(t)) {
    const link = parseLink(`https://${t}`, opts);
    return link.ok || link.reason.code !== 'not_a_product_code' ? link : fail('not_a_product_code');
  }
  if (t.startsWith('(') || t.includes(GS)) return parseElements(t, opts);
  if (/^\d+$/.test(t)) return t.length <= 14 ? parseGtinOnly(t, opts) : parseElements(t, opts);
  return fail('not_a_product_code');
}

/** Parse any scanned product code. Surrounding whitespace is ignored; never throws. */
export function parseScannedCode(text: string, opts: ParseScannedOptions = {}): ParseScannedResult {
  try {
    return parseScannedCodeUnchecked(text, opts);
  } catch {
    return fail('not_a_product_code');
  }
}
