/**
 * Reason codes for codes that cannot be parsed. The client translates them
 * (zh-CN / zh-TW) by code; the English message is the fallback text.
 */
export const PARSE_REASON_CODES = [
  'empty',
  'not_a_product_code',
  'wrong_length',
  'check_digit',
  'unknown_ai',
  'bad_value',
  'bad_date',
  'too_long',
  'duplicate_ai',
  'missing_gtin',
  'bad_link',
  'bad_compression',
] as const;

export type ParseReasonCode = (typeof PARSE_REASON_CODES)[number];

export interface ParseReason {
  code: ParseReasonCode;
  message: string;
  /** The GS1 Application Identifier the problem was found in, when there is one. */
  ai?: string;
}

export const REASON_MESSAGES: Readonly<Record<ParseReasonCode, string>> = {
  empty: 'Nothing was scanned',
  not_a_product_code: 'This is not a product code',
  wrong_length: 'The code or one of its values has the wrong number of characters',
  check_digit: 'The check digit is wrong',
  unknown_ai: 'The code contains an unknown GS1 Application Identifier',
  bad_value: 'The code contains a value with characters that are not allowed',
  bad_date: 'The code contains a date that does not exist',
  too_long: 'A value in the code is too long',
  duplicate_ai: 'The code contains the same field twice with different values',
  missing_gtin: 'The code does not contain a product number (GTIN)',
  bad_link: 'The web link is not a valid GS1 Digital Link',
  bad_compression: 'The compressed GS1 Digital Link could not be decoded',
};

export type Failure = { ok: false; reason: ParseReason };

export function fail(code: ParseReasonCode, ai?: string): Failure {
  const reason: ParseReason = { code, message: REASON_MESSAGES[code] };
  if (ai !== undefined) reason.ai = ai;
  return { ok: false, reason };
}
