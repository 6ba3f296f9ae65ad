/** Barcode / GS1 code parsing: GTINs, element strings, Digital Links, signed labels. */
export { PARSE_REASON_CODES, REASON_MESSAGES } from './reasons';
export type { Failure, ParseReason, ParseReasonCode } from './reasons';
export { gs1CheckDigit, hasValidCheckDigit, shortestGtin, toGtin14, upcEToUpcA, validateGtin } from './gtin';
export type { GtinFormat, GtinOk } from './gtin';
export { aiSpec } from './ai-table';
export type { AiComponent, AiSpec } from './ai-table';
export { checkAiValue, gs1DateToIso, gs1Year, validateAis } from './ai-validate';
export { GS, GS1_SYMBOLOGY_IDS, buildElementString, parseElementString } from './element-string';
export type { ElementStringOk } from './element-string';
export { buildDigitalLink, buildDigitalLinkFromAis, parseDigitalLink } from './digital-link';
export type { DigitalLinkItem, DigitalLinkOk } from './digital-link';
export { compressDigitalLink } from './dl-compress-link';
export type { CompressOptions } from './dl-compress-link';
export { percentEncode } from './dl-uri';
export { canCompressParam, compressAis } from './dl-compression';
export { decompressAis } from './dl-decompression';
export type { DecompressedOk } from './dl-decompression';
export { parseScannedCode } from './parse-scanned';
export type { ParseScannedOptions, ParseScannedResult, ScannedCode, ScannedKind } from './parse-scanned';
export {
  buildSignedLabel,
  labelMessage,
  labelPublicKey,
  signLabel,
  verifyLabelSignature,
  verifyScannedLabel,
} from './signed-label';
export type { LabelItem, LabelStatus, RevocationList, SignedLabelFields } from './signed-label';
export { fromBase64Url, toBase64Url } from './bytes';
