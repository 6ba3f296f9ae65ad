/** GTIN-8/12/13/14 validation and normalisation (GS1 General Specifications §7.9). */
import { fail, type Failure } from './reasons';

export type GtinFormat = 'GTIN-8' | 'GTIN-12' | 'GTIN-13' | 'GTIN-14';

export interface GtinOk {
  ok: true;
  /** Always 14 digits, left-padded with zeros. */
  gtin14: string;
  /** The form the code was given in. */
  format: GtinFormat;
}

const FORMAT_BY_LENGTH: Readonly<Record<number, GtinFormat>> = {
  8: 'GTIN-8',
  12: 'GTIN-12',
  13: 'GTIN-13',
  14: 'GTIN-14',
};

/** GS1 mod-10 check digit for the given digits (without their check digit). */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (digits.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of an all-digit string is its GS1 check digit. */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** Validate a GTIN of any standard length; surrounding whitespace is ignored. */
export function validateGtin(input: string): GtinOk | Failure {
  const code = input.trim();
  if (code === '') return fail('empty');
  if (!/^\d+$/.test(code)) return fail('not_a_product_code');
  const format = FORMAT_BY_LENGTH[code.length];
  if (format === undefined) return fail('wrong_length');
  if (/^0+$/.test(code)) return fail('not_a_product_code');
  if (!hasValidCheckDigit(code)) return fail('check_digit');
  return { ok: true, gtin14: code.padStart(14, '0'), format };
}

/** The 14-digit form of a valid GTIN, or undefined when it is not a valid GTIN. */
export function toGtin14(input: string): string | undefined {
  const result = validateGtin(input);
  return result.ok ? result.gtin14 : undefined;
}

/**
 * The shortest standard form of a valid GTIN, for display: GTIN-8 when the
 * GTIN-14 starts with six zeros, GTIN-12 (UPC-A) with two, GTIN-13 with one.
 * Returns undefined for an invalid GTIN.
 */
export function shortestGtin(input: string): string | undefined {
  const gtin14 = toGtin14(input);
  if (gtin14 === undefined) return undefined;
  if (gtin14.startsWith('000000')) return gtin14.slice(6);
  if (gtin14.startsWith('00')) return gtin14.slice(2);
  if (gtin14.startsWith('0')) return gtin14.slice(1);
  return gtin14;
}

/**
 * Expand an 8-digit UPC-E (number system 0 or 1) to its 12-digit UPC-A.
 * Returns undefined when the input is not a valid UPC-E.
 */
export function upcEToUpcA(upcE: string): string | undefined {
  const m = /^([01])(\d)(\d)(\d)(\d)(\d)(\d)(\d)$/.exec(upcE.trim());
  if (m === null) return undefined;
  const [, ns = '', d1 = '', d2 = '', d3 = '', d4 = '', d5 = '', d6 = '', check = ''] = m;
  let body: string;
  if (d6 <= '2') body = `${d1}${d2}${d6}0000${d3}${d4}${d5}`;
  else if (d6 === '3') body = `${d1}${d2}${d3}00000${d4}${d5}`;
  else if (d6 === '4') body = `${d1}${d2}${d3}${d4}00000${d5}`;
  else body = `${d1}${d2}${d3}${d4}${d5}0000${d6}`;
  const upcA = `${ns}${body}${check}`;
  return hasValidCheckDigit(upcA) ? upcA : undefined;
}
