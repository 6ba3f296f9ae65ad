import { z } from 'zod';

const MAX_YUAN = 10_000_000;

/** Whole fen of a yuan amount with at most two decimals (12.3 → 1230), or undefined for anything finer. */
export function yuanToFen(yuan: number): number | undefined {
  if (!Number.isFinite(yuan)) return undefined;
  const fen = Math.round(yuan * 100);
  // Binary floats: 0.07 * 100 is 7.000000000000001, so compare with a tolerance, not exactly.
  return Math.abs(fen - yuan * 100) < 1e-6 ? fen : undefined;
}

/** 1230 → "12.30" */
export const fenToYuanText = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** An amount in CNY as the user types it: a number of yuan with at most two decimals. Stored as integer fen. */
export const CnyAmountSchema = z
  .number({ error: 'Enter the amount in yuan, as a number.' })
  .min(0, 'The amount cannot be negative.')
  .max(MAX_YUAN, `The amount can be at most ${MAX_YUAN} yuan.`)
  .refine((yuan) => yuanToFen(yuan) !== undefined, 'Give the amount with at most two decimals (yuan and fen).');

export const FenSchema = z.number().int().min(0);
