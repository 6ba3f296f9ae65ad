/** Compressing whole GS1 Digital Link URIs (fully or partially), keeping their stem. */
import { parseDigitalLink } from './digital-link';
import { canCompressParam, compressAis } from './dl-compression';
import { percentEncode } from './dl-uri';
import type { Failure } from './reasons';

export interface CompressOptions {
  /** Use optimisation codes for common AI sequences (default true). */
  optimise?: boolean;
  /** Also compress non-AI query parameters that fit the encoding (default true). */
  compressParams?: boolean;
  /** Keep the primary key uncompressed: /01/{gtin}/{compressed rest} (default false). */
  partial?: boolean;
  now?: Date;
}

/**
 * Compress a valid GS1 Digital Link (uncompressed or already compressed).
 * Parameters that do not fit the encoding stay in the query. Never throws.
 */
export function compressDigitalLink(uri: string, opts: CompressOptions = {}): { ok: true; uri: string } | Failure {
  const parsed = parseDigitalLink(uri, opts.now === undefined ? {} : { now: opts.now });
  if (!parsed.ok) return parsed;
  const packed: Record<string, string> = {};
  const kept: string[] = [];
  for (const [k, v] of Object.entries(parsed.params)) {
    if (opts.compressParams !== false && canCompressParam(k, v)) packed[k] = v;
    else kept.push(`${percentEncode(k)}=${percentEncode(v)}`);
  }
  const ais = { ...parsed.ais };
  let prefix = parsed.stem;
  if (opts.partial === true) {
    prefix += `/${parsed.primaryKey}/${percentEncode(ais[parsed.primaryKey] ?? '')}`;
    delete ais[parsed.primaryKey];
  }
  const hasData = Object.keys(ais).length > 0 || Object.keys(packed).length > 0;
  const segment = hasData ? `/${compressAis(ais, packed, { optimise: opts.optimise !== false })}` : '';
  return { ok: true, uri: prefix + segment + (kept.length > 0 ? `?${kept.join('&')}` : '') };
}
