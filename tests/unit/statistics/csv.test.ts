import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../server/src/http/csv.js';

describe('CSV cells', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('Steppe "Road"')).toBe('"Steppe ""Road"""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(0.75)).toBe('"0.75"');
  });

  it('defuses text a spreadsheet would run as a formula, once', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-1')).toBe('"\'-1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell("'=already")).toBe('"\'=already"');
  });

  it('writes a negative number as a number', () => {
    expect(csvCell(-3)).toBe('"-3"');
  });

  it('makes a file with a BOM and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"1","2"\r\n');
  });
});
