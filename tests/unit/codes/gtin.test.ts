import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, shortestGtin, toGtin14, upcEToUpcA, validateGtin } from '@shared/codes';

describe('GTIN', () => {
  it.each([
    ['96385074', 'GTIN-8', '00000096385074'],
    ['036000291452', 'GTIN-12', '00036000291452'],
    ['9304967152415', 'GTIN-13', '09304967152415'],
    ['10036000291459', 'GTIN-14', '10036000291459'],
  ])('normalises the %s to 14 digits', (code, format, gtin14) => {
    expect(validateGtin(code)).toEqual({ ok: true, gtin14, format });
    expect(toGtin14(code)).toBe(gtin14);
  });

  it('ignores surrounding whitespace', () => {
    expect(toGtin14('  9304967152415\n')).toBe('09304967152415');
  });

  it('computes the GS1 mod-10 check digit', () => {
    expect(gs1CheckDigit('930496715241')).toBe(5);
    expect(gs1CheckDigit('9638507')).toBe(4);
    expect(gs1CheckDigit('1003600029145')).toBe(9);
  });

  it.each(['9304967152416', '96385075', '036000291453', '10036000291458'])(
    'reports a wrong check digit in %s',
    (code) => {
      expect(validateGtin(code)).toEqual({
        ok: false,
        reason: { code: 'check_digit', message: 'The check digit is wrong' },
      });
      expect(toGtin14(code)).toBeUndefined();
    },
  );

  it.each(['123', '1234567890', '123456789012345'])('reports the wrong length of %s', (code) => {
    expect(validateGtin(code)).toMatchObject({ ok: false, reason: { code: 'wrong_length' } });
  });

  it.each(['ABC1234567890', '930496715241-5', 'https://example.com', '00000000'])(
    'says %s is not a product code',
    (code) => {
      expect(validateGtin(code)).toMatchObject({ ok: false, reason: { code: 'not_a_product_code' } });
    },
  );

  it('reports an empty code', () => {
    expect(validateGtin('   ')).toMatchObject({ ok: false, reason: { code: 'empty' } });
  });

  it.each([
    ['00000096385074', '96385074'],
    ['96385074', '96385074'],
    ['00036000291452', '036000291452'],
    ['09304967152415', '9304967152415'],
    ['10036000291459', '10036000291459'],
  ])('shows %s in its shortest form %s', (code, shortest) => {
    expect(shortestGtin(code)).toBe(shortest);
  });

  it('has no shortest form for an invalid GTIN', () => {
    expect(shortestGtin('9304967152416')).toBeUndefined();
  });

  it('expands UPC-E to UPC-A', () => {
    expect(upcEToUpcA('04252614')).toBe('042100005264');
    expect(upcEToUpcA('01234565')).toBe('012345000065');
    expect(upcEToUpcA('04252615')).toBeUndefined();
    expect(upcEToUpcA('24252614')).toBeUndefined();
  });
});
