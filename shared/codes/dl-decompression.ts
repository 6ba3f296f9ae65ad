/** Decompression of the binary AI encoding of compressed GS1 Digital Links (see dl-compression.ts). */
import { aiLengthForPrefix, aiSpec } from './ai-table';
import { B64, HEX, OPTIMISATIONS, lengthBits, valueBits } from './dl-compression';
import { setOwn } from './dl-uri';
import { fail, type Failure } from './reasons';

export interface DecompressedOk {
  ok: true;
  /** AI → value, in encoded order. Values are not validated here. */
  ais: Record<string, string>;
  /** Other (non-AI) key=value pairs that were compressed too. */
  params: Record<string, string>;
}

class BitReader {
  private pos = 0;
  constructor(private readonly bits: string) {}
  get remaining(): number {
    return this.bits.length - this.pos;
  }
  take(width: number): string {
    if (width > this.remaining) throw new RangeError('compressed data ends early');
    const s = this.bits.slice(this.pos, this.pos + width);
    this.pos += width;
    return s;
  }
  int(width: number): number {
    return width === 0 ? 0 : parseInt(this.take(width), 2);
  }
  digits(count: number): string {
    const n = BigInt('0b' + this.take(valueBits(count)));
    if (count === 0) return '';
    const s = n.toString().padStart(count, '0');
    if (s.length > count) throw new RangeError('number does not fit its length');
    return s;
  }
  rest(): string {
    return this.take(this.remaining);
  }
}

function readChars(r: BitReader, enc: number, count: number): string {
  if (enc === 0) return r.digits(count);
  let s = '';
  for (let i = 0; i < count; i++) {
    if (enc === 1 || enc === 2) {
      const ch = HEX[r.int(4)] ?? '';
      s += enc === 1 ? ch.toLowerCase() : ch;
    } else if (enc === 3) {
      s += B64[r.int(6)] ?? '';
    } else if (enc === 4) {
      const code = r.int(7);
      if (code < 0x20 || code === 0x7f) throw new RangeError('control character');
      s += String.fromCharCode(code);
    } else {
      throw new RangeError(`unknown encoding ${enc}`);
    }
  }
  return s;
}

function readValue(r: BitReader, ai: string): string {
  const spec = aiSpec(ai);
  if (spec === undefined) throw new RangeError(`unknown AI ${ai}`);
  let value = '';
  for (const c of spec.components) {
    if (c.kind === 'N') {
      value += r.digits(c.length ?? r.int(lengthBits(c.max ?? 0)));
    } else {
      const enc = r.int(3);
      const count = c.length ?? r.int(lengthBits(c.max ?? 0));
      value += readChars(r, enc, count);
    }
  }
  return value;
}

function put(target: Record<string, string>, key: string, value: string): void {
  if (Object.hasOwn(target, key)) throw new RangeError(`duplicate key ${key}`);
  setOwn(target, key, value);
}

function decodeBits(bits: string, ais: Record<string, string>, params: Record<string, string>): void {
  const r = new BitReader(bits);
  while (r.remaining >= 8) {
    const h1 = r.int(4);
    const h2 = r.int(4);
    const code = (HEX[h1] ?? '') + (HEX[h2] ?? '');
    if (h1 <= 9 && h2 <= 9) {
      const len = aiLengthForPrefix(code);
      if (len === undefined) throw new RangeError(`no AI starts with ${code}`);
      let ai = code;
      while (ai.length < len) {
        const d = r.int(4);
        if (d > 9) throw new RangeError('AI digits must be decimal');
        ai += String(d);
      }
      put(ais, ai, readValue(r, ai));
    } else if (OPTIMISATIONS[code] !== undefined) {
      for (const ai of OPTIMISATIONS[code]) put(ais, ai, readValue(r, ai));
    } else if (h1 === 15) {
      const keyLength = (h2 << 3) | r.int(3);
      let key = '';
      for (let i = 0; i < keyLength; i++) key += B64[r.int(6)] ?? '';
      const enc = r.int(3);
      const count = r.int(7);
      put(params, key, readChars(r, enc, count));
    } else {
      throw new RangeError(`unknown optimisation code ${code}`);
    }
  }
  if (/1/.test(r.rest())) throw new RangeError('padding bits must be zero');
}

/** Decode the base64url segment of a compressed GS1 Digital Link. Never throws. */
export function decompressAis(segment: string): DecompressedOk | Failure {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return fail('bad_compression');
  const bits = [...segment].map((ch) => B64.indexOf(ch).toString(2).padStart(6, '0')).join('');
  const ais: Record<string, string> = {};
  const params: Record<string, string> = {};
  try {
    decodeBits(bits, ais, params);
  } catch {
    return fail('bad_compression');
  }
  if (Object.keys(ais).length === 0) return fail('bad_compression');
  return { ok: true, ais, params };
}
