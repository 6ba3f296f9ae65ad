import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

/** A failure a client can act on. The error middleware turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'The resource') => new AppError(404, 'not_found', `${what} was not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, 'forbidden', message);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Please sign in first.');
export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);

export function fromZod(error: ZodError, where: string): AppError {
  const details = error.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message, code: i.code }));
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'The request is not valid.';
  return new AppError(400, 'validation_failed', `Invalid request — ${summary}`, details);
}

type BodyParserError = Error & { type?: string; status?: number };

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return fromZod(error, 'body');
  const e = error as BodyParserError & { code?: number };
  if (e?.type === 'entity.too.large') return new AppError(413, 'payload_too_large', 'The request body is too large.');
  if (e?.type === 'entity.parse.failed')
    return new AppError(400, 'malformed_json', 'The request body is not valid JSON.');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError(415, 'unsupported_encoding', 'The request body encoding is not supported.');
  }
  if (e?.code === 11000) return new AppError(409, 'duplicate', 'This record already exists.');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, 'bad_request', e.message || 'The request could not be processed.');
  }
  return new AppError(500, 'internal', 'Something went wrong on our side. Please try again.');
}

export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log?.error({ err: error }, 'request failed');
  const requestId = String(req.id ?? '');
  res.set(appError.headers);
  res.status(appError.status).json({
    error: { code: appError.code, message: appError.message, details: appError.details, requestId },
  });
};
