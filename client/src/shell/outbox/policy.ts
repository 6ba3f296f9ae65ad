/** What to do with an item after an attempt. */
export type Outcome =
  /** A definitive answer: hand it to the result handlers and remove the item. */
  | 'settle'
  /** No answer, or one that may change: keep the item and try again later. */
  | 'retry'
  /** The session is gone: keep the item until someone signs in, then send it. */
  | 'hold';

/** `status` is the HTTP status, or 'network' when the request got no answer at all. */
export function outcomeOf(status: number | 'network'): Outcome {
  if (status === 'network') return 'retry';
  if (status >= 200 && status < 300) return 'settle';
  // Timeout, too early, too many requests: the same request may well succeed later.
  if (status === 408 || status === 425 || status === 429) return 'retry';
  // Signed out or the session expired while offline: losing the user's request for that would be
  // wrong, and the server's idempotency makes sending it after sign-in safe.
  if (status === 401) return 'hold';
  if (status >= 400 && status < 500) return 'settle';
  return 'retry';
}

export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 5 * 60_000;

/**
 * Exponential back-off after `attempts` failed attempts (5 s, 10 s, 20 s … up to 5 min), with
 * ±20 % jitter so that many devices coming back online do not retry in step.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(exponent, 20));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.round(Math.min(MAX_RETRY_MS, jittered));
}

/** The error shown next to an item that is still waiting. */
export function errorOf(status: number | 'network', body: unknown): { code: string; message: string } {
  if (status === 'network') return { code: 'network', message: 'No connection to the server.' };
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body as { error: unknown };
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if (typeof code === 'string' && typeof message === 'string') return { code, message };
    }
  }
  return { code: `http_${status}`, message: `The server answered ${status}.` };
}
