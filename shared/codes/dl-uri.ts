/** URI helpers for GS1 Digital Link: splitting, query parsing and percent-encoding. */

export interface SplitUri {
  /** scheme://host, as given. */
  origin: string;
  /** Path segments after the host (a trailing slash is ignored). */
  segments: string[];
  /** Raw query key=value pairs in order (not yet decoded). */
  query: Array<[key: string, value: string]>;
}

/** Split an http(s) URI; undefined when it is not one. The fragment is dropped. */
export function splitUri(uri: string): SplitUri | undefined {
  const m = /^(https?:\/\/[^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?(?:#\S*)?$/i.exec(uri);
  if (m === null) return undefined;
  const path = m[2] ?? '';
  const segments = path === '' ? [] : path.slice(1).split('/');
  if (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  const query: Array<[string, string]> = [];
  for (const pair of (m[3] ?? '').split(/[&;]/)) {
    const eq = pair.indexOf('=');
    if (pair === '' || eq === 0) continue;
    query.push(eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]);
  }
  return { origin: m[1] ?? '', segments, query };
}

/** decodeURIComponent that returns undefined instead of throwing. */
export function percentDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * Percent-encode a value for a GS1 Digital Link path segment or query value:
 * everything except the URI unreserved characters A–Z a–z 0–9 - . _ ~ is
 * encoded (so the GS1 reserved set #/%&+,!()*':;<=>? and " all are).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** A base URI without trailing slashes; throws when it is not http(s). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(trimmed)) {
    throw new Error(`Not an http(s) base URI: ${base}`);
  }
  return trimmed;
}

/** Set an own, enumerable property even for keys such as "__proto__" or "constructor". */
export function setOwn(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
