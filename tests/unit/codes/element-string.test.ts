import { describe, expect, it } from 'vitest';
import { GS, buildElementString, gs1DateToIso, gs1Year, parseElementString } from '@shared/codes';

const NOW = new Date('2025-06-15T00:00:00Z');
const ITEM = { '01': '09304967152415', '17': '280125', '10': 'A010552', '21': 'A0105520001' };

describe('GS1 element strings', () => {
  it('parses the bracketed form with its expiry date', () => {
    const parsed = parseElementString('(01)09304967152415(17)280125(10)A010552(21)A0105520001', { now: NOW });
    expect(parsed).toEqual({ ok: true, ais: ITEM, dates: { '17': '2028-01-25' } });
  });

  it('accepts the AIs in any order', () => {
    const parsed = parseElementString('(21)A0105520001(10)A010552(17)280125(01)09304967152415', { now: NOW });
    expect(parsed.ok && parsed.ais).toEqual(ITEM);
  });

  it('ignores spaces printed between bracketed fields', () => {
    const parsed = parseElementString('(01) 09304967152415 (10) A010552', { now: NOW });
    expect(parsed.ok && parsed.ais).toEqual({ '01': '09304967152415', '10': 'A010552' });
  });

  it.each([
    ['GS1 DataMatrix', ']d2'],
    ['GS1 QR', ']Q3'],
    ['GS1-128', ']C1'],
    ['GS1 DataBar', ']e0'],
    ['no symbology identifier', ''],
    ['a leading FNC1', GS],
    ['identifier and leading FNC1', `]d2${GS}`],
  ])('parses the raw form with %s', (_name, prefix) => {
    const raw = `${prefix}010930496715241517280125` + `10A010552${GS}21A0105520001`;
    expect(parseElementString(raw, { now: NOW })).toEqual({ ok: true, ais: ITEM, dates: { '17': '2028-01-25' } });
  });

  it('parses raw AIs in any order, with a GS after each variable-length value', () => {
    const raw = `]d221A0105520001${GS}10A010552${GS}1728012501093049671524153103001250`;
    const parsed = parseElementString(raw, { now: NOW });
    expect(parsed.ok && parsed.ais).toEqual({ ...ITEM, '3103': '001250' });
  });

  it('reports a predefined-length value cut short by a GS', () => {
    const parsed = parseElementString(`]d2010930496715241${GS}17280125`, { now: NOW });
    expect(parsed).toMatchObject({ ok: false, reason: { code: 'wrong_length', ai: '01' } });
  });

  it('reads predefined-length AIs that are followed by a GS anyway', () => {
    const ok = parseElementString(`]d20109304967152415${GS}17280125${GS}10A1`, { now: NOW });
    expect(ok.ok && ok.ais).toEqual({ '01': '09304967152415', '17': '280125', '10': 'A1' });
  });

  it('parses the other supported AIs', () => {
    const raw =
      '00093049670000000013' +
      '0209304967152415' +
      '11280101' +
      '13280102' +
      '15280100' +
      '17280131' +
      `2001240ADD-1${GS}241CUST/9${GS}37120${GS}400PO1`;
    const parsed = parseElementString(raw, { now: NOW });
    expect(parsed.ok && parsed.ais).toEqual({
      '00': '093049670000000013',
      '02': '09304967152415',
      '11': '280101',
      '13': '280102',
      '15': '280100',
      '17': '280131',
      '20': '01',
      '240': 'ADD-1',
      '241': 'CUST/9',
      '37': '120',
      '400': 'PO1',
    });
    expect(parsed.ok && parsed.dates).toEqual({
      '11': '2028-01-01',
      '13': '2028-01-02',
      '15': '2028-01-31',
      '17': '2028-01-31',
    });
  });

  it('round-trips through buildElementString', () => {
    const raw = buildElementString(ITEM, { symbologyId: ']d2' });
    expect(raw).toBe(`]d2010930496715241517280125` + `10A010552${GS}21A0105520001`);
    expect(parseElementString(raw, { now: NOW })).toMatchObject({ ok: true, ais: ITEM });
    expect(buildElementString(ITEM, { brackets: true })).toBe('(01)09304967152415(17)280125(10)A010552(21)A0105520001');
  });

  it.each([
    ['(01)09304967152416(10)A1', 'check_digit', '01'],
    ['(01)0930496715241(10)A1', 'wrong_length', '01'],
    ['(01)09304967152415(17)281325', 'bad_date', '17'],
    ['(01)09304967152415(17)280230', 'bad_date', '17'],
    ['(01)09304967152415(10)ABCDEFGHIJKLMNOPQRSTU', 'too_long', '10'],
    ['(01)09304967152415(04)12', 'unknown_ai', '04'],
    ['0409304967152415', 'unknown_ai', undefined],
    ['(01)09304967152415(10)A1(10)B2', 'duplicate_ai', '10'],
    ['(01)09304967152415(10)Ä1', 'bad_value', '10'],
    ['(01)09304967152415(17)28A125', 'bad_value', '17'],
    ['(01)09304967152415(10)', 'bad_value', '10'],
    [`]d2${GS}`, 'empty', undefined],
  ])('rejects %j with %s', (text, code, ai) => {
    const parsed = parseElementString(text, { now: NOW });
    expect(parsed).toMatchObject({ ok: false, reason: { code } });
    if (ai !== undefined) expect(parsed).toMatchObject({ reason: { ai } });
  });

  it('reports a variable-length value that swallowed the next AI for lack of a GS', () => {
    const parsed = parseElementString(']d20109304967152415' + '10A0105521' + '21A0105520001X', { now: NOW });
    expect(parsed).toMatchObject({ ok: false, reason: { code: 'too_long', ai: '10' } });
  });
});

describe('GS1 dates', () => {
  it('treats day 00 as the last day of the month, leap years included', () => {
    expect(gs1DateToIso('240200', NOW)).toBe('2024-02-29');
    expect(gs1DateToIso('250200', NOW)).toBe('2025-02-28');
    expect(gs1DateToIso('250400', NOW)).toBe('2025-04-30');
    expect(gs1DateToIso('241200', NOW)).toBe('2024-12-31');
  });

  it('rejects months and days that do not exist', () => {
    expect(gs1DateToIso('250229', NOW)).toBeUndefined();
    expect(gs1DateToIso('251301', NOW)).toBeUndefined();
    expect(gs1DateToIso('250001', NOW)).toBeUndefined();
    expect(gs1DateToIso('250431', NOW)).toBeUndefined();
  });

  it('places two-digit years from 49 years back to 50 years ahead', () => {
    expect(gs1Year(75, NOW)).toBe(2075);
    expect(gs1Year(76, NOW)).toBe(1976);
    expect(gs1Year(0, NOW)).toBe(2000);
    const late = new Date('2070-01-01T00:00:00Z');
    expect(gs1Year(20, late)).toBe(2120);
    expect(gs1Year(21, late)).toBe(2021);
    expect(gs1DateToIso('200101', late)).toBe('2120-01-01');
  });
});
