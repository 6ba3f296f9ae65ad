/**
 * Signed item labels of the zone: a GS1 Digital Link for one item
 * (01 + 10 + 21) with query parameters kid (key id) and sig (base64url
 * Ed25519 signature of "lugang-label-v1|<gtin14>|<lot>|<serial>" in UTF-8).
 * Verification works offline with the published public keys.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { checkAiValue } from './ai-validate';
import { fromBase64Url, toBase64Url, utf8 } from './bytes';
import { buildDigitalLink } from './digital-link';
import { toGtin14 } from './gtin';
import type { ScannedCode } from './parse-scanned';

export type LabelStatus = 'authentic' | 'not_issued' | 'revoked' | 'unsigned';

export interface LabelItem {
  gtin: string;
  lot: string;
  serial: string;
}

export interface SignedLabelFields {
  gtin: string;
  lot?: string | undefined;
  serial?: string | undefined;
  kid?: string | undefined;
  sig?: string | undefined;
}

export interface RevocationList {
  /** Key ids no longer trusted. */
  kids: string[];
  /** Revoked items as "gtin14|serial". */
  serials: string[];
}

function canonicalItem(item: LabelItem): LabelItem | undefined {
  const gtin = toGtin14(item.gtin);
  if (gtin === undefined) return undefined;
  if (checkAiValue('10', item.lot) !== undefined || checkAiValue('21', item.serial) !== undefined) {
    return undefined;
  }
  return { gtin, lot: item.lot, serial: item.serial };
}

/** The signed message; throws on an invalid GTIN, lot or serial. */
export function labelMessage(gtin14: string, lot: string, serial: string): Uint8Array {
  const item = canonicalItem({ gtin: gtin14, lot, serial });
  if (item === undefined) throw new Error('Invalid GTIN, lot or serial for a label');
  return utf8(`lugang-label-v1|${item.gtin}|${item.lot}|${item.serial}`);
}

/** Sign a label (server side); returns the base64url signature. */
export function signLabel(privateKey: Uint8Array, item: LabelItem): string {
  return toBase64Url(ed25519.sign(labelMessage(item.gtin, item.lot, item.serial), privateKey));
}

/** The base64url public key of a label signing key, for publishing. */
export function labelPublicKey(privateKey: Uint8Array): string {
  return toBase64Url(ed25519.getPublicKey(privateKey));
}

/** The complete signed label URI (base may carry a path prefix). */
export function buildSignedLabel(base: string, privateKey: Uint8Array, kid: string, item: LabelItem): string {
  const sig = signLabel(privateKey, item);
  return buildDigitalLink(base, { gtin: item.gtin, lot: item.lot, serial: item.serial, query: { kid, sig } });
}

function signatureValid(sig: string, message: Uint8Array, publicKey: string): boolean {
  const sigBytes = fromBase64Url(sig);
  const keyBytes = fromBase64Url(publicKey);
  if (sigBytes?.length !== 64 || keyBytes?.length !== 32) return false;
  try {
    return ed25519.verify(sigBytes, message, keyBytes, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * Check a label. Order: no kid/sig → 'unsigned'; revoked kid → 'revoked';
 * unknown kid, bad item data or a signature that does not verify →
 * 'not_issued'; a revoked "gtin14|serial" → 'revoked'; else 'authentic'.
 * Never throws.
 */
export function verifyLabelSignature(
  label: SignedLabelFields,
  publicKeys: Readonly<Record<string, string>>,
  revoked: RevocationList = { kids: [], serials: [] },
): LabelStatus {
  const { kid, sig } = label;
  if (kid === undefined || kid === '' || sig === undefined || sig === '') return 'unsigned';
  if (revoked.kids.includes(kid)) return 'revoked';
  const publicKey = Object.hasOwn(publicKeys, kid) ? publicKeys[kid] : undefined;
  if (publicKey === undefined || label.lot === undefined || label.serial === undefined) return 'not_issued';
  const item = canonicalItem({ gtin: label.gtin, lot: label.lot, serial: label.serial });
  if (item === undefined) return 'not_issued';
  const message = utf8(`lugang-label-v1|${item.gtin}|${item.lot}|${item.serial}`);
  if (!signatureValid(sig, message, publicKey)) return 'not_issued';
  if (revoked.serials.includes(`${item.gtin}|${item.serial}`)) return 'revoked';
  return 'authentic';
}

/** verifyLabelSignature for the result of parseScannedCode (kid and sig from its params). */
export function verifyScannedLabel(
  code: ScannedCode,
  publicKeys: Readonly<Record<string, string>>,
  revoked?: RevocationList,
): LabelStatus {
  const { gtin, lot, serial } = code;
  return verifyLabelSignature(
    { gtin, lot, serial, kid: code.params['kid'], sig: code.params['sig'] },
    publicKeys,
    revoked,
  );
}
