/**
 * Binary compression of GS1 AI data for compressed GS1 Digital Link URIs, as in
 * the GS1 Digital Link standard (compression, §"Compression of GS1 Digital Link
 * URIs") and GS1's reference toolkit (GS1DigitalLinkCompressionPrototype):
 *  - AI keys as 4-bit digits; an 8-bit optimisation code (e.g. 0B = 01 + 10)
 *    stands for a predefined sequence of AIs;
 *  - fixed-length numeric components as a binary integer of ceil(n·log2 10) bits;
 *  - variable-length numeric components: length (bit length of the maximum), then the integer;
 *  - alphanumeric components: 3-bit encoding (0 digits, 1 hex lower, 2 hex upper,
 *    3 URI-safe base64, 4 7-bit ASCII), length when variable, then the characters;
 *  - other key=value pairs: nibble F, 7-bit key length, key as base64 characters,
 *    then the value as an alphanumeric component with a 7-bit length;
 *  - the bits are zero-padded to a multiple of 6 and written as base64url.
 */
import { aiSpec } from './ai-table';

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HEX = '0123456789ABCDEF';

/** Optimisation codes for common AI sequences (reference tableOpt; order matters for ties). */
// prettier-ignore
export const OPTIMISATIONS: Readonly<Record<string, readonly string[]>> = {
  '0A': ['01', '22'], '0B': ['01', '10'], '0C': ['01', '21'], '0D': ['01', '17'],
  '0E': ['01', '7003'], '0F': ['01', '30'], '1A': ['01', '10', '21', '17'], '1B': ['01', '15'],
  '1C': ['01', '11'], '1D': ['01', '16'], '1E': ['01', '91'], '1F': ['01', '10', '15'],
  '2A': ['01', '3100'], '2B': ['01', '3101'], '2C': ['01', '3102'], '2D': ['01', '3103'],
  '2E': ['01', '3104'], '2F': ['01', '3105'], '3A': ['01', '3200'], '3B': ['01', '3201'],
  '3C': ['01', '3202'], '3D': ['01', '3203'], '3E': ['01', '3204'], '3F': ['01', '3205'],
  '9A': ['8010', '8011'], '9B': ['8017', '8019'], '9C': ['8018', '8019'], '9D': ['414', '254'],
  'A0': ['01', '3920'], 'A1': ['01', '3921'], 'A2': ['01', '3922'], 'A3': ['01', '3923'],
  'A4': ['01', '3924'], 'A5': ['01', '3925'], 'A6': ['01', '3926'], 'A7': ['01', '3927'],
  'A8': ['01', '3928'], 'A9': ['01', '3929'], 'C0': ['255', '3900'], 'C1': ['255', '3901'],
  'C2': ['255', '3902'], 'C3': ['255', '3903'], 'C4': ['255', '3904'], 'C5': ['255', '3905'],
  'C6': ['255', '3906'], 'C7': ['255', '3907'], 'C8': ['255', '3908'], 'C9': ['255', '3909'],
  'CA': ['255', '3940'], 'CB': ['255', '3941'], 'CC': ['255', '3942'], 'CD': ['255', '3943'],
};

const ENCODINGS: ReadonlyArray<{ re: RegExp; enc: number }> = [
  { re: /^\d+$/, enc: 0 },
  { re: /^[0-9A-F]+$/, enc: 2 },
  { re: /^[0-9a-f]+$/, enc: 1 },
  { re: /^[A-Za-z0-9_-]+$/, enc: 3 },
];

export const valueBits = (digits: number): number => Math.ceil((digits * Math.log(10)) / Math.log(2) + 0.01);
export const lengthBits = (max: number): number => max.toString(2).length;

function bin(n: number | bigint, width: number): string {
  const s = n.toString(2);
  if (s.length > width) throw new Error('value too large for its field');
  return s.padStart(width, '0');
}

function encodeChars(s: string, lengthWidth: number | undefined): string {
  const enc = ENCODINGS.find((e) => e.re.test(s))?.enc ?? 4;
  let out = bin(enc, 3) + (lengthWidth === undefined ? '' : bin(s.length, lengthWidth));
  if (enc === 0) return out + bin(BigInt(s), valueBits(s.length));
  for (const ch of s) {
    if (enc === 4) out += bin(ch.charCodeAt(0), 7);
    else if (enc === 3) out += bin(B64.indexOf(ch), 6);
    else out += bin(HEX.indexOf(ch.toUpperCase()), 4);
  }
  return out;
}

function encodeValue(ai: string, value: string): string {
  const spec = aiSpec(ai);
  if (spec === undefined) throw new Error(`AI ${ai} cannot be compressed`);
  let out = '';
  let pos = 0;
  for (const c of spec.components) {
    const part = c.length !== undefined ? value.slice(pos, pos + c.length) : value.slice(pos);
    pos += part.length;
    if (c.kind === 'X') {
      out += encodeChars(part, c.max === undefined ? undefined : lengthBits(c.max));
    } else if (c.length !== undefined) {
      out += bin(BigInt(part), valueBits(c.length));
    } else {
      out += bin(part.length, lengthBits(c.max ?? 0)) + bin(BigInt(part), valueBits(part.length));
    }
  }
  return out;
}

const aiKeyBits = (key: string): string => [...key].map((h) => bin(parseInt(h, 16), 4)).join('');

/** True when a non-AI key=value pair fits the compressed encoding. */
export function canCompressParam(key: string, value: string): boolean {
  return /^[A-Za-z0-9_-]{1,127}$/.test(key) && value.length < 128 && /^[\x20-\x7e]*$/.test(value);
}

function chooseOptimisations(keys: string[]): string[] {
  const chosen: string[] = [];
  for (;;) {
    let best = '';
    let bestLength = 0;
    for (const [code, seq] of Object.entries(OPTIMISATIONS)) {
      const length = seq.join('').length;
      if (length > bestLength && seq.every((ai) => keys.includes(ai))) [best, bestLength] = [code, length];
    }
    if (best === '') return chosen;
    chosen.push(best);
    for (const ai of OPTIMISATIONS[best] ?? []) keys.splice(keys.indexOf(ai), 1);
  }
}

/**
 * Compress valid AI values (and optionally other key=value pairs) to the
 * base64url path segment of a compressed GS1 Digital Link. Throws on data that
 * cannot be encoded (unknown AI, param not accepted by canCompressParam).
 */
export function compressAis(
  ais: Record<string, string>,
  params: Record<string, string> = {},
  opts: { optimise?: boolean } = {},
): string {
  const keys = Object.keys(ais).sort();
  const optimisations = opts.optimise === false ? [] : chooseOptimisations(keys);
  let bits = '';
  for (const code of optimisations) {
    bits += aiKeyBits(code);
    for (const ai of OPTIMISATIONS[code] ?? []) bits += encodeValue(ai, ais[ai] ?? '');
  }
  for (const ai of keys) bits += aiKeyBits(ai) + encodeValue(ai, ais[ai] ?? '');
  for (const [key, value] of Object.entries(params)) {
    if (!canCompressParam(key, value)) throw new Error(`Parameter ${key} cannot be compressed`);
    bits += '1111' + bin(key.length, 7) + [...key].map((ch) => bin(B64.indexOf(ch), 6)).join('');
    bits += encodeChars(value, 7);
  }
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += B64[parseInt(bits.slice(i, i + 6), 2)] ?? '';
  return out;
}
