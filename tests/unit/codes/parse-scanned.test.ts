import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GS, PARSE_REASON_CODES, REASON_MESSAGES, compressDigitalLink, parseScannedCode } from '@shared/codes';
import { parseScannedCodeUnchecked } from '@shared/codes/parse-scanned';

const NOW = new Date('2025-06-15T00:00:00Z');

interface FixtureRow {
  file: string;
  symbology: string;
  data: string;
}

const fixtures: FixtureRow[] = readFileSync(new URL('../../fixtures/barcodes/INDEX.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [file = '', symbology = '', data = ''] = line.split('\t');
    return { file, symbology, data: data.trim() };
  });

/** Expected item data from the file name (…-<gtin13>.png) and the encoded data. */
function expected(row: FixtureRow): { gtin: string; lot?: string; serial?: string } {
  const gtin = '0' + (/(\d{13})\.png$/.exec(row.file)?.[1] ?? '');
  const lot = /(?:\(10\)|\/10\/)([^(/]+)/.exec(row.data)?.[1];
  const serial = /(?:\(21\)|\/21\/)([^(/]+)/.exec(row.data)?.[1];
  return { gtin, ...(lot === undefined ? {} : { lot }), ...(serial === undefined ? {} : { serial }) };
}

const KIND: Record<string, string> = {
  'EAN-13': 'gtin',
  'GS1 DataMatrix': 'element-string',
  'QR (GS1 Digital Link)': 'digital-link',
};

describe('parseScannedCode on the barcode fixtures', () => {
  it('has fixtures of all three kinds', () => {
    expect(new Set(fixtures.map((row) => row.symbology))).toEqual(new Set(Object.keys(KIND)));
  });

  it.each(fixtures)('reads $file', (row) => {
    const code = parseScannedCode(row.data, { now: NOW });
    expect(code).toMatchObject({ ok: true, kind: KIND[row.symbology], ...expected(row) });
  });

  it.each(fixtures.filter((row) => row.symbology === 'GS1 DataMatrix'))(
    'reads the raw DataMatrix form of $file',
    (row) => {
      const raw = ']d2' + row.data.replace(/^\(01\)(\d{14})\(10\)(.*)\(21\)(.*)$/, `01$110$2${GS}21$3`);
      expect(raw).toContain(GS);
      expect(parseScannedCode(raw, { now: NOW })).toMatchObject({ ok: true, kind: 'element-string', ...expected(row) });
    },
  );

  it.each(fixtures.filter((row) => row.symbology.startsWith('QR')))('reads the compressed form of $file', (row) => {
    const packed = compressDigitalLink(row.data);
    expect(packed.ok).toBe(true);
    const code = packed.ok ? parseScannedCode(packed.uri, { now: NOW }) : packed;
    expect(code).toMatchObject({
      ok: true,
      kind: 'digital-link',
      compressed: true,
      uncompressedUri: row.data,
      ...expected(row),
    });
  });
});

describe('parseScannedCode', () => {
  it('trims whitespace and line endings around the text', () => {
    expect(parseScannedCode('  \t9304967152415\r\n')).toMatchObject({ ok: true, kind: 'gtin', gtin: '09304967152415' });
  });

  it('returns lot, serial, expiry and the other AIs of an element string', () => {
    const code = parseScannedCode('(01)09304967152415(17)280125(10)A010552(21)A0105520001(3103)001250', { now: NOW });
    expect(code).toEqual({
      ok: true,
      kind: 'element-string',
      gtin: '09304967152415',
      lot: 'A010552',
      serial: 'A0105520001',
      expiry: '2028-01-25',
      ais: { '01': '09304967152415', '17': '280125', '10': 'A010552', '21': 'A0105520001', '3103': '001250' },
      dates: { '17': '2028-01-25' },
      params: {},
    });
  });

  it('returns the Digital Link parameters used by signed labels', () => {
    const code = parseScannedCode('https://lugang.example/l/01/9304967152415/10/L1/21/S1?17=280100&kid=k2&sig=xyz', {
      now: NOW,
    });
    expect(code).toMatchObject({
      ok: true,
      kind: 'digital-link',
      gtin: '09304967152415',
      lot: 'L1',
      serial: 'S1',
      expiry: '2028-01-31',
      params: { kid: 'k2', sig: 'xyz' },
      compressed: false,
    });
  });

  it('reads a Digital Link scanned without its scheme', () => {
    expect(parseScannedCode('id.gs1.org/01/09304967152415/10/A1')).toMatchObject({
      ok: true,
      kind: 'digital-link',
      lot: 'A1',
    });
  });

  it('reads codes that keep their symbology identifier', () => {
    expect(parseScannedCode(']E09304967152415')).toMatchObject({ ok: true, kind: 'gtin', gtin: '09304967152415' });
    expect(parseScannedCode(']Q1https://id.gs1.org/01/09304967152415')).toMatchObject({
      ok: true,
      kind: 'digital-link',
    });
    expect(parseScannedCode(']Q30109304967152415' + '10A1')).toMatchObject({
      ok: true,
      kind: 'element-string',
      lot: 'A1',
    });
  });

  it('reads an ITF-14 / GTIN-14 and a raw element string of digits only', () => {
    expect(parseScannedCode('10036000291459')).toMatchObject({ ok: true, kind: 'gtin', gtin: '10036000291459' });
    expect(parseScannedCode('010930496715241517280125', { now: NOW })).toMatchObject({
      ok: true,
      kind: 'element-string',
      expiry: '2028-01-25',
    });
  });

  it('expands UPC-E when the decoder says so', () => {
    expect(parseScannedCode('04252614', { format: 'upc_e' })).toMatchObject({ ok: true, gtin: '00042100005264' });
    expect(parseScannedCode('96385074')).toMatchObject({ ok: true, gtin: '00000096385074' });
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['9304967152416', 'check_digit'],
    ['(01)09304967152416(10)A1', 'check_digit'],
    ['https://id.gs1.org/01/09304967152416', 'check_digit'],
    ['12345', 'wrong_length'],
    ['hello world', 'not_a_product_code'],
    ['https://www.example.com/about', 'not_a_product_code'],
    ['WIFI:S:lugang;T:WPA;P:secret;;', 'not_a_product_code'],
    ['(00)093049670000000013', 'missing_gtin'],
    ['https://id.gs1.org/414/5060917510004', 'missing_gtin'],
    ['(01)09304967152415(17)250230', 'bad_date'],
    ['https://id.gs1.org/01/09304967152415/21/S/10/L', 'bad_link'],
  ])('rejects %j with %s', (text, code) => {
    const result = parseScannedCode(text, { now: NOW });
    expect(result).toMatchObject({
      ok: false,
      reason: { code, message: REASON_MESSAGES[code as keyof typeof REASON_MESSAGES] },
    });
  });

  it('exports every reason code with an English message', () => {
    expect(PARSE_REASON_CODES).toHaveLength(new Set(PARSE_REASON_CODES).size);
    expect(Object.keys(REASON_MESSAGES).sort()).toEqual([...PARSE_REASON_CODES].sort());
  });
});

describe('parseScannedCode fuzzing', () => {
  /** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
  function rng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    '0',
    '1',
    '9',
    '01',
    '10',
    '21',
    '17',
    '(',
    ')',
    GS,
    ']d2',
    ']Q3',
    '%',
    '%2',
    '/',
    '?',
    '&',
    '=',
    'https://',
    'id.gs1.org/',
    '/01/',
    'A',
    'z',
    '-',
    '_',
    ' ',
    '\n',
    'é',
    '码',
    '\u0000',
    '😀',
    'F',
    'AQnY',
  ];
  const SEEDS = [
    '(01)09304967152415(17)280125(10)A010552(21)A0105520001',
    'https://id.gs1.org/01/09304967152415/10/A010552/21/A0105520001?17=280125&kid=k&sig=s',
    'https://id.gs1.org/HxHKVAdpQhCTxbrOF_yEFcx_4a2GeAh1mFOZkChg6Z8pgcEMEWpMganmIQ',
    `]d20109304967152415${GS}10A1${GS}21B2`,
  ];

  function randomText(next: () => number): string {
    if (next() < 0.5) {
      let s = '';
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      return s;
    }
    const chars = [...(SEEDS[Math.floor(next() * SEEDS.length)] ?? '')];
    const edits = 1 + Math.floor(next() * 4);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * (chars.length + 1));
      const piece = String.fromCharCode(Math.floor(next() * 0x3000));
      if (next() < 0.5) chars.splice(at, 1, piece);
      else chars.splice(at, 1);
    }
    return chars.join('');
  }

  it('never throws and always answers ok or a known reason, on 5000 random strings', () => {
    const next = rng(20250615);
    for (let i = 0; i < 5000; i++) {
      const text = randomText(next);
      const result = parseScannedCodeUnchecked(text, { now: NOW });
      if (result.ok) {
        expect(result.gtin, text).toMatch(/^\d{14}$/);
      } else {
        expect(PARSE_REASON_CODES, text).toContain(result.reason.code);
      }
    }
  });

  it('never throws even when called with something that is not a string', () => {
    expect(parseScannedCode(undefined as unknown as string)).toMatchObject({ ok: false, reason: { code: 'empty' } });
    expect(parseScannedCode(42 as unknown as string)).toMatchObject({ ok: false });
  });
});
