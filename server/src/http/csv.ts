/**
 * One CSV cell, always quoted. Text that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) gets a leading apostrophe, unless it already has one (CSV injection).
 * Numbers are written as they are: a negative number is data, not a formula.
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const defused = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${defused.replace(/"/g, '""')}"`;
}

/** A whole CSV file as spreadsheets in China open it correctly: UTF-8 with a BOM, CRLF line ends. */
export const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
