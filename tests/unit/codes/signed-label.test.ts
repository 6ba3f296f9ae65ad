import { describe, expect, it } from 'vitest';
import {
  buildSignedLabel,
  fromBase64Url,
  labelMessage,
  labelPublicKey,
  parseScannedCode,
  signLabel,
  toBase64Url,
  verifyLabelSignature,
  verifyScannedLabel,
} from '@shared/codes';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));
const keyA = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const keyB = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const KEYS = { 'zone-2025': labelPublicKey(keyA), 'zone-2024': labelPublicKey(keyB) };
const NONE = { kids: [], serials: [] };
const ITEM = { gtin: '09304967152415', lot: 'A010552', serial: 'A0105520001' };
const signed = { ...ITEM, kid: 'zone-2025', sig: signLabel(keyA, ITEM) };

describe('signed labels', () => {
  it('signs the canonical UTF-8 message', () => {
    const text = new TextDecoder().decode(labelMessage('9304967152415', 'A010552', 'A0105520001'));
    expect(text).toBe('lugang-label-v1|09304967152415|A010552|A0105520001');
    expect(() => labelMessage('09304967152416', 'L', 'S')).toThrow();
  });

  it('derives Ed25519 public keys as in RFC 8032 (test 1)', () => {
    const secret = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    expect(fromBase64Url(labelPublicKey(secret))).toEqual(
      hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
    );
  });

  it('round-trips base64url of every length', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    expect(fromBase64Url('a+b/')).toBeUndefined();
    expect(fromBase64Url('-_9')).toBeUndefined();
  });

  it('verifies an authentic label, also with the GTIN in another length', () => {
    expect(signed.sig).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyLabelSignature(signed, KEYS, NONE)).toBe('authentic');
    expect(verifyLabelSignature({ ...signed, gtin: '9304967152415' }, KEYS, NONE)).toBe('authentic');
  });

  it('verifies a scanned label end to end, compressed or not', () => {
    const uri = buildSignedLabel('https://lugang.example/l', keyA, 'zone-2025', ITEM);
    expect(uri).toBe(
      `https://lugang.example/l/01/09304967152415/10/A010552/21/A0105520001?kid=zone-2025&sig=${signed.sig}`,
    );
    const code = parseScannedCode(uri);
    expect(code.ok && verifyScannedLabel(code, KEYS, NONE)).toBe('authentic');
  });

  it.each([
    ['another serial', { serial: 'A0105520002' }],
    ['another lot', { lot: 'A010553' }],
    ['another GTIN', { gtin: '08803498143752' }],
    ['a signature of another key under this kid', { sig: signLabel(keyB, ITEM) }],
    ['a damaged signature', { sig: signed.sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }],
    ['a truncated signature', { sig: signed.sig.slice(0, 40) }],
    ['a signature that is not base64url', { sig: '!!!' }],
    ['an unknown kid', { kid: 'zone-1999' }],
    ['a kid named like an object property', { kid: 'constructor' }],
    ['no serial', { serial: undefined }],
    ['an invalid GTIN', { gtin: '09304967152416' }],
  ])('rejects a forged label with %s as not issued', (_name, change) => {
    expect(verifyLabelSignature({ ...signed, ...change }, KEYS, NONE)).toBe('not_issued');
  });

  it('says a label without kid or sig is unsigned', () => {
    expect(verifyLabelSignature({ ...ITEM }, KEYS, NONE)).toBe('unsigned');
    expect(verifyLabelSignature({ ...ITEM, kid: 'zone-2025', sig: '' }, KEYS, NONE)).toBe('unsigned');
    const code = parseScannedCode('https://id.gs1.org/01/09304967152415/10/A010552/21/A0105520001');
    expect(code.ok && verifyScannedLabel(code, KEYS)).toBe('unsigned');
  });

  it('reports labels signed with a revoked key as revoked', () => {
    expect(verifyLabelSignature(signed, KEYS, { kids: ['zone-2025'], serials: [] })).toBe('revoked');
    const { 'zone-2025': _dropped, ...withoutKey } = KEYS;
    expect(verifyLabelSignature(signed, withoutKey, { kids: ['zone-2025'], serials: [] })).toBe('revoked');
  });

  it('reports a revoked serial as revoked, but only for a genuine signature', () => {
    const revoked = { kids: [], serials: ['09304967152415|A0105520001'] };
    expect(verifyLabelSignature(signed, KEYS, revoked)).toBe('revoked');
    expect(verifyLabelSignature({ ...signed, sig: signLabel(keyB, ITEM) }, KEYS, revoked)).toBe('not_issued');
    expect(verifyLabelSignature({ ...signed, kid: 'zone-2024', sig: signLabel(keyB, ITEM) }, KEYS, NONE)).toBe(
      'authentic',
    );
  });
});
