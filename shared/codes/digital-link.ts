/**
 * GS1 Digital Link URIs on any host, with an optional path prefix before the
 * primary key: uncompressed (/01/{gtin}/22/{cpv}/10/{lot}/21/{serial}?17=…),
 * partially compressed (/01/{gtin}/{base64}) and fully compressed (/{base64}).
 * Short names (/gtin/…) are not supported.
 */
import { DL_PATH_QUALIFIERS } from './ai-table';
import { validateAis } from './ai-validate';
import { decompressAis } from './dl-decompression';
import { normaliseBase, percentDecode, percentEncode, setOwn, splitUri } from './dl-uri';
import { validateGtin } from './gtin';
import { fail, type Failure } from './reasons';

export interface DigitalLinkOk {
  ok: true;
  /** scheme://host plus any path prefix before the primary key, without trailing slash. */
  stem: string;
  /** The primary key AI, e.g. '01'. */
  primaryKey: string;
  /** AI → value from path, compressed data and query; a GTIN (01) is normalised to 14 digits. */
  ais: Record<string, string>;
  /** Non-AI query parameters (e.g. sig, kid, linkType), percent-decoded. */
  params: Record<string, string>;
  /** ISO dates of the date AIs. */
  dates: Record<string, string>;
  compressed: boolean;
  /** For a compressed link, the same link uncompressed. */
  uncompressedUri?: string;
}

type Pairs = Array<[key: string, value: string]>;
interface PathMatch {
  stem: string;
  pairs: Pairs;
  compressedSegment?: string;
}

const isSafe64 = (s: string): boolean => /^[A-Za-z0-9_-]+$/.test(s);
const isPrimaryKey = (ai: string): boolean => Object.hasOwn(DL_PATH_QUALIFIERS, ai);

function qualifiersInOrder(order: readonly string[], qualifiers: string[]): boolean {
  let last = -1;
  for (const q of qualifiers) {
    const at = order.indexOf(q);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** Find the primary key in the path; pairs are still percent-encoded. */
function matchPath(origin: string, segments: string[]): PathMatch | 'bad' | undefined {
  let sawKey = false;
  for (let i = 0; i + 1 < segments.length; i++) {
    const key = segments[i] ?? '';
    if (!isPrimaryKey(key)) continue;
    sawKey = true;
    const stem = [origin, ...segments.slice(0, i)].join('/');
    const rest = segments.slice(i);
    const pairs: Pairs = [];
    for (let j = 0; j + 1 < rest.length; j += 2) pairs.push([rest[j] ?? '', rest[j + 1] ?? '']);
    if (rest.length === 3 && isSafe64(rest[2] ?? '')) return { stem, pairs, compressedSegment: rest[2] };
    if (rest.length % 2 !== 0) continue;
    const order = DL_PATH_QUALIFIERS[key] ?? [];
    if (
      qualifiersInOrder(
        order,
        pairs.slice(1).map(([q]) => q),
      )
    )
      return { stem, pairs };
  }
  return sawKey ? 'bad' : undefined;
}

function addAll(target: Record<string, string>, entries: Pairs): string | undefined {
  for (const [key, value] of entries) {
    const seen = target[key];
    if (seen !== undefined && seen !== value) return key;
    target[key] = value;
  }
  return undefined;
}

/** Parse and validate a GS1 Digital Link URI. Never throws. */
export function parseDigitalLink(uri: string, opts: { now?: Date } = {}): DigitalLinkOk | Failure {
  const split = splitUri(uri.trim());
  if (split === undefined) return fail('not_a_product_code');
  const ais: Record<string, string> = {};
  const params: Record<string, string> = {};
  let match = matchPath(split.origin, split.segments);
  /** How to report a failure when the path only looked like it might be a Digital Link. */
  const notLink = match === 'bad' ? 'bad_link' : 'not_a_product_code';
  if (match === undefined || match === 'bad') {
    const last = split.segments[split.segments.length - 1] ?? '';
    if (!isSafe64(last)) return fail(notLink);
    const stem = [split.origin, ...split.segments.slice(0, -1)].join('/');
    match = { stem, pairs: [], compressedSegment: last };
  }
  const decoded: Pairs = [];
  for (const [key, raw] of match.pairs) {
    const value = percentDecode(raw);
    if (value === undefined || value === '') return fail('bad_link', key);
    decoded.push([key, value]);
  }
  const dupe = addAll(ais, decoded);
  if (dupe !== undefined) return fail('duplicate_ai', dupe);
  if (match.compressedSegment !== undefined) {
    const unpacked = decompressAis(match.compressedSegment);
    if (!unpacked.ok) return fail(match.pairs.length > 0 ? 'bad_compression' : notLink);
    const clash = addAll(ais, Object.entries(unpacked.ais));
    if (clash !== undefined) return fail('duplicate_ai', clash);
    for (const [k, v] of Object.entries(unpacked.params)) setOwn(params, k, v);
  }
  for (const [rawKey, rawValue] of split.query) {
    const key = percentDecode(rawKey);
    const value = percentDecode(rawValue);
    if (key === undefined || value === undefined) return fail('bad_link');
    if (!/^\d{2,4}$/.test(key)) setOwn(params, key, value);
    else if (addAll(ais, [[key, value]]) !== undefined) return fail('duplicate_ai', key);
  }
  const primaries = Object.keys(ais).filter(isPrimaryKey);
  const primaryKey = primaries[0];
  if (primaryKey === undefined || primaries.length > 1) {
    return fail(match.pairs.length > 0 ? 'bad_link' : notLink);
  }
  const gtin = ais['01'];
  if (gtin !== undefined) {
    const checked = validateGtin(gtin);
    if (!checked.ok) return { ok: false, reason: { ...checked.reason, ai: '01' } };
    ais['01'] = checked.gtin14;
  }
  const valid = validateAis(ais, opts.now);
  if (!valid.ok) return valid;
  const result: DigitalLinkOk = {
    ok: true,
    stem: match.stem,
    primaryKey,
    ais,
    params,
    dates: valid.dates,
    compressed: match.compressedSegment !== undefined,
  };
  if (result.compressed) result.uncompressedUri = buildDigitalLinkFromAis(match.stem, ais, params);
  return result;
}

/**
 * Uncompressed GS1 Digital Link for any primary key: the key and its
 * qualifiers in the path, other AIs (sorted) then `params` in the query.
 */
export function buildDigitalLinkFromAis(
  base: string,
  ais: Record<string, string>,
  params: Record<string, string> = {},
): string {
  const keys = Object.keys(ais);
  const primary = keys.includes('01') ? '01' : keys.find(isPrimaryKey);
  if (primary === undefined) throw new Error('No GS1 Digital Link primary key');
  const inPath = [primary, ...(DL_PATH_QUALIFIERS[primary] ?? []).filter((q) => q in ais)];
  const path = inPath.map((ai) => `/${ai}/${percentEncode(ais[ai] ?? '')}`).join('');
  const query = [
    ...keys
      .filter((ai) => !inPath.includes(ai))
      .sort()
      .map((ai) => `${ai}=${percentEncode(ais[ai] ?? '')}`),
    ...Object.entries(params).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
  ];
  return normaliseBase(base) + path + (query.length > 0 ? `?${query.join('&')}` : '');
}

export interface DigitalLinkItem {
  /** GTIN-8, -12, -13 or -14; written as 14 digits. */
  gtin: string;
  cpv?: string;
  lot?: string;
  serial?: string;
  /** Query parameters in order: AIs such as 17 and other keys such as kid, sig. */
  query?: Record<string, string>;
}

/** Build a GTIN Digital Link, percent-encoding values. Throws on an invalid GTIN or base. */
export function buildDigitalLink(base: string, item: DigitalLinkItem): string {
  const checked = validateGtin(item.gtin);
  if (!checked.ok) throw new Error(`Invalid GTIN ${item.gtin}: ${checked.reason.message}`);
  const parts: Pairs = [['01', checked.gtin14]];
  if (item.cpv !== undefined) parts.push(['22', item.cpv]);
  if (item.lot !== undefined) parts.push(['10', item.lot]);
  if (item.serial !== undefined) parts.push(['21', item.serial]);
  const path = parts.map(([ai, v]) => `/${ai}/${percentEncode(v)}`).join('');
  const query = Object.entries(item.query ?? {}).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`);
  return normaliseBase(base) + path + (query.length > 0 ? `?${query.join('&')}` : '');
}
