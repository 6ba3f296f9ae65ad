import type { LocationQuery, RouteLocationRaw } from 'vue-router';
import {
  REASON_MESSAGES,
  buildDigitalLink,
  parseScannedCode,
  validateGtin,
  type ParseScannedResult,
  type ScannedCode,
} from '@shared/codes';

/** AIs the product page takes from its path or its own query keys. */
const PATH_AIS = new Set(['01', '10', '21']);

/** The product page's query for a scanned code: lot, serial, other AIs (e.g. 17) and the link's parameters (kid, sig, …). */
export function productQuery(code: ScannedCode): Record<string, string> {
  const query: Record<string, string> = {};
  if (code.lot !== undefined) query.lot = code.lot;
  if (code.serial !== undefined) query.serial = code.serial;
  for (const [ai, value] of Object.entries(code.ais)) if (!PATH_AIS.has(ai)) query[ai] = value;
  return { ...query, ...code.params };
}

export function productLocation(code: ScannedCode): RouteLocationRaw {
  return { path: `/showroom/products/${code.gtin}`, query: productQuery(code) };
}

function first(value: LocationQuery[string] | undefined): string | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  return item ?? undefined;
}

/**
 * The code the product page shows, rebuilt from its address as a GS1 Digital Link on our origin, so
 * that the page and the server parse exactly one kind of thing: `/showroom/products/<gtin>?lot=…&serial=…&kid=…&sig=…`.
 */
export function codeFromRoute(
  gtin: string,
  query: LocationQuery,
  origin: string,
): { result: ParseScannedResult; link: string } {
  const checked = validateGtin(gtin);
  if (!checked.ok) return { result: checked, link: '' };
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const text = first(value);
    if (key !== 'lot' && key !== 'serial' && text !== undefined) rest[key] = text;
  }
  const lot = first(query.lot);
  const serial = first(query.serial);
  let link: string;
  try {
    link = buildDigitalLink(origin, {
      gtin: checked.gtin14,
      lot: lot || undefined,
      serial: serial || undefined,
      query: rest,
    });
  } catch {
    // A lot or serial that no Digital Link can carry.
    return { result: { ok: false, reason: { code: 'bad_link', message: REASON_MESSAGES.bad_link } }, link: '' };
  }
  return { result: parseScannedCode(link), link };
}
