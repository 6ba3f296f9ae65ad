import type { NextFunction, Request, Response } from 'express';
import { AppError } from './errors.js';

const MAX_DEPTH = 32;

/** True when a parsed JSON value holds a NUL character, or is nested deeper than anyone needs. */
function suspicious(value: unknown, depth: number): 'nul' | 'depth' | null {
  if (depth > MAX_DEPTH) return 'depth';
  if (typeof value === 'string') return value.includes('\u0000') ? 'nul' : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = key.includes('\u0000') ? 'nul' : suspicious(inner, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** PostgreSQL (under FerretDB) refuses NUL in text: answer 400 before it reaches the database. */
export function rejectNulAndDeepBodies(req: Request, _res: Response, next: NextFunction): void {
  const found = suspicious(req.body, 0) ?? suspicious(req.query, 0);
  if (found === 'nul')
    return next(new AppError(400, 'invalid_characters', 'The request contains a NUL character, which is not allowed.'));
  if (found === 'depth')
    return next(new AppError(400, 'too_deeply_nested', `The request is nested more than ${MAX_DEPTH} levels deep.`));
  next();
}
