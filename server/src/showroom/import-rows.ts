import { ClearanceImportRowSchema, type ClearanceImportRow } from '@shared/showroom/schemas.js';
import { AppError } from '../http/errors.js';

export type NumberedRow = { line: number; row: ClearanceImportRow } | { line: number; problem: string };

const HEADER = ['gtin', 'lot', 'code', 'at'];

/** One CSV line into fields; double quotes may wrap a field, `""` inside them is a quote. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field.trim());
  return fields;
}

/** CSV rows with their line numbers in the file; blank lines and a header line are skipped. */
export function csvRows(content: string): NumberedRow[] {
  const rows: NumberedRow[] = [];
  // Spreadsheet programs start UTF-8 exports with a byte order mark.
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((text, index) => {
      const line = index + 1;
      if (text.trim() === '') return;
      const fields = splitCsvLine(text);
      if (fields.map((f) => f.toLowerCase()).join(',') === HEADER.join(',')) return;
      const [gtin = '', lot = '', code = '', at = ''] = fields;
      if (fields.length === 4) rows.push({ line, row: { gtin, lot, code, at } });
      else rows.push({ line, problem: `Expected 4 columns (gtin,lot,code,at), found ${fields.length}.` });
    });
  return rows;
}

/** JSON rows numbered by their position in the array, from 1. */
export function jsonRows(content: string): NumberedRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new AppError(
      422,
      'invalid_import',
      'The content is not valid JSON. Send an array of rows like {"gtin","lot","code","at"}.',
    );
  }
  if (!Array.isArray(parsed)) throw new AppError(422, 'invalid_import', 'The JSON content must be an array of rows.');
  return parsed.map((item: unknown, index) => {
    const result = ClearanceImportRowSchema.safeParse(item);
    if (result.success) return { line: index + 1, row: result.data };
    const issue = result.error.issues[0];
    return {
      line: index + 1,
      problem: `The row is not {gtin, lot, code, at}: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}.`,
    };
  });
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CHINA_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/**
 * An event time as customs exports write it: ISO 8601 with an offset, or `YYYY-MM-DD HH:mm[:ss]` in
 * China time. Undefined for anything else, and for days that do not exist (JS would roll 30 Feb over).
 */
export function parseEventTime(text: string): Date | undefined {
  const iso = ISO_WITH_OFFSET.exec(text);
  const local = iso ? undefined : CHINA_LOCAL.exec(text);
  const parts = iso ?? local;
  if (!parts) return undefined;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00'] = parts;
  if (!isRealDay(year, month, day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const date = new Date(iso ? text : `${year}-${month}-${day}T${hour}:${minute}:${second}+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
