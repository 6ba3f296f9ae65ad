import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, backoffMs, errorOf, outcomeOf } from './policy';

describe('outbox retry decisions', () => {
  it.each([200, 201, 204])('a %i answer is definitive: handed to the handlers, then removed', (status) => {
    expect(outcomeOf(status)).toBe('settle');
  });

  it.each([400, 403, 404, 409, 410, 422])('a %i refusal is definitive too, so the UI can show it', (status) => {
    expect(outcomeOf(status)).toBe('settle');
  });

  it.each([408, 425, 429, 500, 502, 503, 504])('a %i answer may change: the item is kept and retried', (status) => {
    expect(outcomeOf(status)).toBe('retry');
  });

  it('no answer at all (offline, timeout) is retried', () => {
    expect(outcomeOf('network')).toBe('retry');
  });

  it('401 keeps the item until someone signs in, instead of dropping the request', () => {
    expect(outcomeOf(401)).toBe('hold');
  });
});

describe('outbox back-off', () => {
  const noJitter = () => 0.5;

  it('doubles after each failed attempt, starting at 5 s', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, noJitter))).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('never waits more than 5 minutes, however many attempts failed', () => {
    expect(backoffMs(9, noJitter)).toBe(MAX_RETRY_MS);
    expect(backoffMs(500, () => 0.999)).toBe(MAX_RETRY_MS);
  });

  it('spreads retries by ±20 % so devices coming back online do not retry in step', () => {
    expect(backoffMs(1, () => 0)).toBe(4_000);
    expect(backoffMs(1, () => 1)).toBe(6_000);
  });
});

describe('outbox errors', () => {
  it('keeps the server’s code and message from the error envelope', () => {
    expect(errorOf(503, { error: { code: 'unavailable', message: 'Database restarting' } })).toEqual({
      code: 'unavailable',
      message: 'Database restarting',
    });
  });

  it('names a missing connection and a bare status', () => {
    expect(errorOf('network', undefined).code).toBe('network');
    expect(errorOf(502, '<html>Bad gateway</html>')).toEqual({ code: 'http_502', message: 'The server answered 502.' });
  });
});
