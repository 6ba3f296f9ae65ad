/**
 * Compressed GS1 Digital Link vectors, checked in both directions.
 * Sources: gs1/digital-link.js tests/index.js (GS1's toolkit, optimisations on)
 * and Solidsoft-Reply/Gs1DigitalLinkLib Tests/Features/*.feature (a port of
 * GS1's GS1DigitalLinkCompressionPrototype, optimisations off).
 */
import { describe, expect, it } from 'vitest';
import { compressAis, compressDigitalLink, decompressAis, parseDigitalLink } from '@shared/codes';

const NOW = new Date('2025-06-15T00:00:00Z');

/** [uncompressed, compressed] from GS1's digital-link.js, default options (optimise + compress params). */
const TOOLKIT_VECTORS: Array<[string, string]> = [
  ['https://dlnkd.tn.gg/01/09780345418913/10/231/21/345345?15=120820', 'https://dlnkd.tn.gg/HxHKVAdpQgZzjr-hCDKigI'],
  [
    'https://gs1.evrythng.com/01/09780345418913/10/38737643/21/58943?15=230911&thngId=U5mQKGDpnymBwQwRakyBqeYh',
    'https://gs1.evrythng.com/HxHKVAdpQhCTxbrOF_yEFcx_4a2GeAh1mFOZkChg6Z8pgcEMEWpMganmIQ',
  ],
  ['https://dlnkd.tn.gg/01/09780345418913/21/43786?foo=bar', 'https://dlnkd.tn.gg/DBHKVAdpQgqrCvBv0UMG21W'],
];

/** [uncompressed, fully compressed] without optimisations (Gs1DigitalLinkLib CompressGs1DigitalLink.feature). */
const UNOPTIMISED_VECTORS: Array<[string, string]> = [
  ['https://id.gs1.org/00/998440410914660971', 'https://id.gs1.org/AN2yxDhfaiaw'],
  ['https://id.gs1.org/01/05412345000013', 'https://id.gs1.org/AQnYUc1gmg'],
  ['https://id.gs1.org/01/05412345000013/10/ABC123', 'https://id.gs1.org/AQnYUc1gmiCNV4JG'],
  ['https://id.gs1.org/01/05412345000013/10/ABC123/21/72292641703', 'https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6c'],
  [
    'https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123/21/72292641703',
    'https://id.gs1.org/AQnYUc1gmiCNV4JGQhcNT6K6cibQCWN9Pee9tT-PQ',
  ],
  [
    'https://id.gs1.org/01/05412345000013/22/AJY3095721P49/10/ABC123',
    'https://id.gs1.org/AQnYUc1gmiCNV4JGRNoBLG-nvPe2p_Ho',
  ],
  ['https://id.gs1.org/01/05412345000013/235/8TFV883a904GH%263', 'https://id.gs1.org/AQnYUc1gmkax7ipGrOHDPC5YNI8hMz'],
  ['https://id.gs1.org/01/05412345000013/21/72292641703', 'https://id.gs1.org/AQnYUc1gmkIXDU-iun'],
  ['https://id.gs1.org/01/05412345000013/22/AJY3095721P49', 'https://id.gs1.org/AQnYUc1gmkTaASxvp7z3tqfx6'],
  ['https://id.gs1.org/253/3060077601309', 'https://id.gs1.org/JTLIetaiHYA'],
  ['https://id.gs1.org/255/5678409730535', 'https://id.gs1.org/JVUqG5hJ5wA'],
  ['https://id.gs1.org/401/0541234537290A41%26GHpp33', 'https://id.gs1.org/QBl2DVoxZM2jVm3ZOWEFoxTR5HDgzZg'],
  ['https://id.gs1.org/402/21173492661712079', 'https://id.gs1.org/QCJZyW9mC6Z4'],
  ['https://id.gs1.org/410/5060917510004', 'https://id.gs1.org/QQSaVjC_dA'],
  ['https://id.gs1.org/414/5060917510004', 'https://id.gs1.org/QUSaVjC_dA'],
  ['https://id.gs1.org/414/5060917510004/254/RP56J920471', 'https://id.gs1.org/JUa0T-eifdtOO9UFEmlYwv3Q'],
  ['https://id.gs1.org/414/5060917510004/7040/5KFX', 'https://id.gs1.org/QUSaVjC_dHBAVlCrg'],
  ['https://id.gs1.org/417/5060917510004/7040/5KFX', 'https://id.gs1.org/QXSaVjC_dHBAVlCrg'],
  [
    'https://id.gs1.org/8004/0541234537290A41%26GHpp33/7040/7BVR',
    'https://id.gs1.org/cEB2CqjAAkuwatGLJm0as27JywgtGKaPI4cGbM',
  ],
  [
    'https://id.gs1.org/8006/054123450000130201/22/AJY3095721P49/10/ABC123/21/72292641703',
    'https://id.gs1.org/EEarwSMhC4an0V05E2gEsb6e897an8ewAMGAkftmjYEy',
  ],
  ['https://id.gs1.org/8006/054123450000130201/10/ABC123', 'https://id.gs1.org/EEarwSOABgwEj9s0bAmQ'],
  ['https://id.gs1.org/8003/04965031954585', 'https://id.gs1.org/gAMJCAXukTMA'],
  [
    'https://id.gs1.org/8010/0541234537290A41%23GH33/8011/6639047221',
    'https://id.gs1.org/gBCVYNWjFkzaNWbdk5YQWjFHHkM2cAI0xdvpGo',
  ],
  ['https://id.gs1.org/8017/817019610850151481/8019/4003812', 'https://id.gs1.org/gBe1ajAd9ATDmAGXPRfk'],
  ['https://id.gs1.org/8018/411369833821910265/8019/4003812', 'https://id.gs1.org/gBhbV6rzBENPmAGXPRfk'],
];

/** Partially compressed (primary key kept), no optimisations (same source). */
const PARTIAL_VECTORS: Array<[string, string]> = [
  ['https://id.gs1.org/01/05412345000013/10/ABC123', 'https://id.gs1.org/01/05412345000013/EEarwSM'],
  [
    'https://id.gs1.org/01/05412345000013/10/ABC123/21/72292641703',
    'https://id.gs1.org/01/05412345000013/EEarwSMhC4an0V04',
  ],
  ['https://id.gs1.org/01/05412345000013/22/AJY3095721P49', 'https://id.gs1.org/01/05412345000013/Im0AljfT3nvbU_j0'],
  ['https://id.gs1.org/414/5060917510004/7040/5KFX', 'https://id.gs1.org/414/5060917510004/cEBWUKu'],
  ['https://id.gs1.org/8017/817019610850151481/8019/4003812', 'https://id.gs1.org/8017/817019610850151481/gBlz0X5A'],
];

describe('compressed GS1 Digital Link', () => {
  it.each(TOOLKIT_VECTORS)('compresses %s like the GS1 toolkit', (plain, packed) => {
    expect(compressDigitalLink(plain, { now: NOW })).toEqual({ ok: true, uri: packed });
  });

  it.each(TOOLKIT_VECTORS)('decompresses the GS1 toolkit vector for %s', (plain, packed) => {
    const link = parseDigitalLink(packed, { now: NOW });
    expect(link.ok && link.compressed && link.uncompressedUri).toBe(plain);
  });

  it.each(UNOPTIMISED_VECTORS)('compresses %s without optimisation codes', (plain, packed) => {
    expect(compressDigitalLink(plain, { optimise: false, now: NOW })).toEqual({ ok: true, uri: packed });
  });

  it.each(UNOPTIMISED_VECTORS)('decompresses the vector for %s', (plain, packed) => {
    const link = parseDigitalLink(packed, { now: NOW });
    expect(link.ok && link.uncompressedUri).toBe(plain);
  });

  it.each(PARTIAL_VECTORS)('partially compresses %s', (plain, packed) => {
    expect(compressDigitalLink(plain, { optimise: false, partial: true, now: NOW })).toEqual({ ok: true, uri: packed });
  });

  it.each(PARTIAL_VECTORS)('decompresses the partially compressed vector for %s', (plain, packed) => {
    const link = parseDigitalLink(packed, { now: NOW });
    expect(link.ok && link.compressed && link.uncompressedUri).toBe(plain);
  });

  it('keeps or compresses non-AI parameters as asked (Gs1DigitalLinkLib AdditionalUriContent)', () => {
    const gtin13 = 'https://id.gs1.org/01/5412345000013/10/ABC123?17=290331&arv=true&donor=bmgf';
    const opts = { optimise: false, now: NOW };
    const out = (extra: object): unknown => compressDigitalLink(gtin13, { ...opts, ...extra });
    expect(out({ compressParams: false })).toEqual({
      ok: true,
      uri: 'https://id.gs1.org/AQnYUc1gmiCNV4JGLo3DY?arv=true&donor=bmgf',
    });
    expect(out({})).toEqual({ ok: true, uri: 'https://id.gs1.org/AQnYUc1gmiCNV4JGLo3Dfg2q72Etrue8K7RPRWwjc0D4' });
    expect(out({ partial: true, compressParams: false })).toEqual({
      ok: true,
      uri: 'https://id.gs1.org/01/05412345000013/EEarwSMXRuGw?arv=true&donor=bmgf',
    });
    expect(out({ partial: true })).toEqual({
      ok: true,
      uri: 'https://id.gs1.org/01/05412345000013/EEarwSMXRuG_BtV3sJbXc94V2ieithG5oHw',
    });
  });

  it('compresses without optimisation and with the query kept (GS1 toolkit)', () => {
    const uri = 'https://dlnkd.tn.gg/01/9780345418913/21/43786?foo=bar';
    expect(compressDigitalLink(uri, { optimise: false, compressParams: false })).toEqual({
      ok: true,
      uri: 'https://dlnkd.tn.gg/ARHKVAdpQkIKqwo?foo=bar',
    });
  });

  it('reads a compressed link whose only content is a GTIN', () => {
    const link = parseDigitalLink('https://dlnkd.tn.gg/ARHKVAdpQg');
    expect(link.ok && link.ais).toEqual({ '01': '09780345418913' });
  });

  it('round-trips every value encoding: digits, hex lower/upper, base64 and ASCII', () => {
    const ais = {
      '01': '09304967152415',
      '10': '0012',
      '21': 'abc123',
      '22': 'ABC12F',
      '240': 'Lot_x-Y',
      '241': 'A&B/C?',
    };
    const params = { kid: 'k1', note: 'hello world!' };
    for (const optimise of [true, false]) {
      expect(decompressAis(compressAis(ais, params, { optimise }))).toEqual({ ok: true, ais, params });
    }
  });

  it('keeps leading zeros of all-digit values', () => {
    const packed = compressAis({ '01': '09304967152415', '21': '000123', '8019': '0042' });
    expect(decompressAis(packed)).toMatchObject({ ais: { '21': '000123', '8019': '0042' } });
  });

  it('keeps the path prefix of a compressed link on another host', () => {
    const out = compressDigitalLink('https://lugang.example/p/01/09304967152415/10/A010552?17=280125', { now: NOW });
    expect(out.ok && out.uri.startsWith('https://lugang.example/p/')).toBe(true);
    const back = out.ok ? parseDigitalLink(out.uri, { now: NOW }) : out;
    expect(back.ok && back.uncompressedUri).toBe('https://lugang.example/p/01/09304967152415/10/A010552?17=280125');
  });

  it.each(['AAAA', 'zzzzzzzz', 'about', 'AQnYUc1gmh', 'AQnYUc1g'])('rejects %s as compressed data', (segment) => {
    expect(decompressAis(segment)).toMatchObject({ ok: false, reason: { code: 'bad_compression' } });
  });

  it('treats an ordinary web page as not a product code', () => {
    expect(parseDigitalLink('https://www.example.com/about')).toMatchObject({
      ok: false,
      reason: { code: 'not_a_product_code' },
    });
  });
});
