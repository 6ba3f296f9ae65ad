import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { fromBase64Url, labelMessage, type LabelStatus, type ScannedCode } from '@shared/codes/index.js';
import { serialKey, type Snapshot } from './snapshot.js';

const keyObjects = new Map<string, KeyObject>();
function keyObject(publicKey: string): KeyObject {
  let key = keyObjects.get(publicKey);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    keyObjects.set(publicKey, key);
  }
  return key;
}

function signatureValid(publicKey: string, gtin: string, lot: string, serial: string, sig: string): boolean {
  const signature = fromBase64Url(sig);
  if (signature?.length !== 64) return false;
  try {
    return verify(null, labelMessage(gtin, lot, serial), keyObject(publicKey), signature);
  } catch {
    return false; // an invalid lot or serial cannot have been signed
  }
}

/**
 * verifyLabelSignature (shared/codes), in the same order of checks, but with Node's native Ed25519:
 * the pure-JS verify takes milliseconds, too slow for the scan hot path. The browser keeps using
 * the shared one offline; a test holds the two to the same answers.
 */
function verifySignedLabel(
  snapshot: Snapshot,
  code: ScannedCode,
  kid: string | undefined,
  sig: string | undefined,
): LabelStatus {
  if (!kid || !sig) return 'unsigned';
  if (snapshot.revoked.kids.includes(kid)) return 'revoked';
  const publicKey = Object.hasOwn(snapshot.publicKeys, kid) ? snapshot.publicKeys[kid] : undefined;
  if (publicKey === undefined || code.lot === undefined || code.serial === undefined) return 'not_issued';
  if (!signatureValid(publicKey, code.gtin, code.lot, code.serial, sig)) return 'not_issued';
  return snapshot.revoked.serials.includes(serialKey(code.gtin, code.serial)) ? 'revoked' : 'authentic';
}

/**
 * Whether the scanned item is one the zone issued. Signed labels are checked by signature. A serial
 * without a signature (a manufacturer's DataMatrix) is checked against the serial register: revoked,
 * not issued (unknown, or issued for another lot), or else 'unsigned' — known, but not proven.
 * Codes with neither say nothing about authenticity: undefined.
 */
export function authenticityOf(snapshot: Snapshot, code: ScannedCode): LabelStatus | undefined {
  const { kid, sig } = code.params;
  if (kid !== undefined || sig !== undefined) return verifySignedLabel(snapshot, code, kid, sig);
  if (code.serial === undefined) return undefined;
  const key = serialKey(code.gtin, code.serial);
  if (snapshot.revoked.serials.includes(key)) return 'revoked';
  const issued = snapshot.serials.get(key);
  if (!issued || (code.lot !== undefined && issued.lot !== code.lot)) return 'not_issued';
  return 'unsigned';
}
