import * as z from 'zod/mini';

// The catalogue's schemas use zod's tree-shakable "mini" API: the phone validates a whole catalogue
// with them (in the sync worker), and mini brings only the checks it uses (≈ 9 KB gzip instead of
// ≈ 25 KB). Classic schemas embed them as they are; a modifier is a function here: z.optional(X).

/** The identifiers of the catalogue, shared by all its schemas. */
export const Gtin14Schema = z.string().check(z.regex(/^\d{14}$/, 'A GTIN here has 14 digits.'));
/** GS1 AI 10 / AI 21: up to 20 characters of GS1 character set 82. */
const Gs1TextSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9!"%&'()*+,\-./:;<=>?_]{1,20}$/, 'Up to 20 letters, digits or GS1 punctuation.'));
export const LotSchema = Gs1TextSchema;
export const SerialNumberSchema = Gs1TextSchema;
export const CustomsRegimeSchema = z.enum(['9610', '1210']);
export const TimestampSchema = z.iso.datetime({ offset: true });

/** `<epoch>.<seq>`: the epoch changes when the catalogue database is created anew, forcing a full sync. */
export const SyncCursorSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}\.\d{1,15}$/, 'Not a catalogue cursor.'));
