import { describe, expect, it } from 'vitest';
import { buildDigitalLink, buildDigitalLinkFromAis, parseDigitalLink, percentEncode } from '@shared/codes';

const NOW = new Date('2025-06-15T00:00:00Z');

describe('GS1 Digital Link', () => {
  it('parses the standard example on id.gs1.org with a query AI', () => {
    const link = parseDigitalLink('https://id.gs1.org/01/09304967152415/10/A010552/21/A0105520001?17=280125', {
      now: NOW,
    });
    expect(link).toEqual({
      ok: true,
      stem: 'https://id.gs1.org',
      primaryKey: '01',
      ais: { '01': '09304967152415', '10': 'A010552', '21': 'A0105520001', '17': '280125' },
      params: {},
      dates: { '17': '2028-01-25' },
      compressed: false,
    });
  });

  it('accepts any host with a path prefix before /01/ and keeps non-AI parameters apart', () => {
    const uri =
      'https://lugang.example/shop/p/01/09304967152415/10/A010552/21/S1?17=280125&kid=k1&sig=AbC-_9&linkType=gs1:pip#top';
    const link = parseDigitalLink(uri, { now: NOW });
    expect(link).toMatchObject({
      ok: true,
      stem: 'https://lugang.example/shop/p',
      ais: { '01': '09304967152415', '10': 'A010552', '21': 'S1', '17': '280125' },
      params: { kid: 'k1', sig: 'AbC-_9', linkType: 'gs1:pip' },
    });
  });

  it('accepts http, an upper-case scheme and a trailing slash', () => {
    const link = parseDigitalLink('HTTP://example.org/01/09304967152415/', { now: NOW });
    expect(link).toMatchObject({ ok: true, stem: 'HTTP://example.org', ais: { '01': '09304967152415' } });
  });

  it.each([
    ['GTIN-8', '96385074', '00000096385074'],
    ['GTIN-12', '036000291452', '00036000291452'],
    ['GTIN-13', '9304967152415', '09304967152415'],
  ])('normalises a %s in the path to 14 digits', (_name, gtin, gtin14) => {
    const link = parseDigitalLink(`https://id.gs1.org/01/${gtin}`, { now: NOW });
    expect(link.ok && link.ais['01']).toBe(gtin14);
  });

  it('percent-decodes lots, serials and query values', () => {
    const link = parseDigitalLink('https://id.gs1.org/01/09304967152415/10/AB%2F12%26x/21/%2B%25%3F?240=A%20B', {
      now: NOW,
    });
    expect(link).toMatchObject({ ok: false, reason: { code: 'bad_value', ai: '240' } });
    const ok = parseDigitalLink('https://id.gs1.org/01/09304967152415/10/AB%2F12%26x/21/%2B%25%3F?240=A%2FB', {
      now: NOW,
    });
    expect(ok.ok && ok.ais).toMatchObject({ '10': 'AB/12&x', '21': '+%?', '240': 'A/B' });
  });

  it('reads query AIs with 2 to 4 digits and converts their dates', () => {
    const link = parseDigitalLink('https://id.gs1.org/01/09304967152415?11=250100&17=271231&3103=001250&15=280229', {
      now: NOW,
    });
    expect(link).toMatchObject({
      ok: true,
      ais: { '11': '250100', '17': '271231', '3103': '001250', '15': '280229' },
      dates: { '11': '2025-01-31', '17': '2027-12-31', '15': '2028-02-29' },
    });
  });

  it('reads the consumer product variant qualifier before lot and serial', () => {
    const link = parseDigitalLink('https://id.gs1.org/01/09304967152415/22/V1/10/L1/21/S1', { now: NOW });
    expect(link.ok && link.ais).toEqual({ '01': '09304967152415', '22': 'V1', '10': 'L1', '21': 'S1' });
  });

  it.each([
    ['qualifiers out of order', 'https://id.gs1.org/01/09304967152415/21/S1/10/L1', 'bad_link'],
    ['an unknown path qualifier', 'https://id.gs1.org/01/09304967152415/17/280125', 'bad_link'],
    ['broken percent-encoding', 'https://id.gs1.org/01/09304967152415/10/%E0%A4%A', 'bad_link'],
    ['an empty lot', 'https://id.gs1.org/01/09304967152415/10//21/S1', 'bad_link'],
    ['a wrong check digit', 'https://id.gs1.org/01/09304967152416/10/L1', 'check_digit'],
    ['a GTIN of the wrong length', 'https://id.gs1.org/01/09304967152/10/L1', 'wrong_length'],
    ['an impossible date', 'https://id.gs1.org/01/09304967152415?17=280231', 'bad_date'],
    ['an unknown query AI', 'https://id.gs1.org/01/09304967152415?9999=x', 'unknown_ai'],
    ['a lot that is too long', 'https://id.gs1.org/01/09304967152415/10/ABCDEFGHIJKLMNOPQRSTU', 'too_long'],
    ['a lot repeated with another value', 'https://id.gs1.org/01/09304967152415/10/L1?10=L2', 'duplicate_ai'],
    ['no primary key', 'https://example.com/shop/item?id=1', 'not_a_product_code'],
    ['not a web address', 'ftp://id.gs1.org/01/09304967152415', 'not_a_product_code'],
  ])('rejects a link with %s', (_name, uri, code) => {
    expect(parseDigitalLink(uri, { now: NOW })).toMatchObject({ ok: false, reason: { code } });
  });

  it('builds a link with the GTIN as 14 digits and percent-encoded values', () => {
    const uri = buildDigitalLink('https://lugang.example/p/', {
      gtin: '9304967152415',
      lot: 'A/1&2',
      serial: "S'(1)*!",
      query: { '17': '280125', kid: 'k 1' },
    });
    expect(uri).toBe(
      'https://lugang.example/p/01/09304967152415/10/A%2F1%262/21/S%27%281%29%2A%21?17=280125&kid=k%201',
    );
    expect(parseDigitalLink(uri, { now: NOW })).toMatchObject({
      ok: true,
      ais: { '01': '09304967152415', '10': 'A/1&2', '21': "S'(1)*!", '17': '280125' },
      params: { kid: 'k 1' },
    });
  });

  it('builds a GTIN-only link and refuses an invalid GTIN or base', () => {
    expect(buildDigitalLink('https://id.gs1.org', { gtin: '96385074' })).toBe('https://id.gs1.org/01/00000096385074');
    expect(() => buildDigitalLink('https://id.gs1.org', { gtin: '96385075' })).toThrow(/check digit/);
    expect(() => buildDigitalLink('id.gs1.org', { gtin: '96385074' })).toThrow();
  });

  it('encodes every GS1 reserved character', () => {
    expect(percentEncode('#/%&+,!()*\':;<=>?"')).toBe('%23%2F%25%26%2B%2C%21%28%29%2A%27%3A%3B%3C%3D%3E%3F%22');
    expect(percentEncode('A-z_0.9~')).toBe('A-z_0.9~');
  });

  it('builds links for other primary keys with qualifiers in path order', () => {
    expect(buildDigitalLinkFromAis('https://id.gs1.org', { '254': 'X1', '414': '5060917510004' })).toBe(
      'https://id.gs1.org/414/5060917510004/254/X1',
    );
    expect(
      buildDigitalLinkFromAis(
        'https://id.gs1.org',
        { '21': 'S', '17': '280125', '10': 'L', '01': '09304967152415' },
        { a: 'b' },
      ),
    ).toBe('https://id.gs1.org/01/09304967152415/10/L/21/S?17=280125&a=b');
  });
});
