import { PARSE_REASON_CODES, type ParseReasonCode } from '@shared/codes';

type Translate = (key: string, values?: Record<string, unknown>) => string;

const isReasonCode = (code: string): code is ParseReasonCode =>
  (PARSE_REASON_CODES as readonly string[]).includes(code);

/** Why a code cannot be read, in the reader's language: `parseScannedCode`'s reason, or the server's `details.reason`. */
export function reasonText(t: Translate, reason: { code: string; ai?: string | undefined }): string {
  const code = isReasonCode(reason.code) ? reason.code : 'not_a_product_code';
  const where = reason.ai === undefined ? '' : t('showroom.reasons.inAi', { ai: reason.ai });
  return `${t(`showroom.reasons.${code}`)}${where}`;
}
