import { AppError } from '../http/errors.js';

type Entry = { failures: number; lockedUntil: number; firstAt: number };

const WINDOW_MS = 15 * 60_000;
const FREE_ATTEMPTS_PER_ACCOUNT = 5;
const FREE_ATTEMPTS_PER_IP = 20;
const MAX_LOCK_MS = 15 * 60_000;

/**
 * Login throttling per account and per IP: after the free attempts, each failure doubles the wait
 * (1 s, 2 s, 4 s … up to 15 min). In memory: one server process owns the embedded database anyway;
 * behind a load balancer, move it to a shared store.
 */
export class LoginThrottle {
  private entries = new Map<string, Entry>();

  private check(keys: { account: string; ip: string }, now: number): void {
    const wait = Math.max(this.waitMs(`a:${keys.account}`, now), this.waitMs(`i:${keys.ip}`, now));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError(
        429,
        'too_many_attempts',
        `Too many sign-in attempts. Try again in ${seconds} s.`,
        { retryAfter: seconds },
        {
          'Retry-After': String(seconds),
        },
      );
    }
  }

  /**
   * Counts an attempt before the password is checked, so that parallel guesses cannot all slip
   * through while the first ones are still being verified. A success forgives it.
   */
  attempt(keys: { account: string; ip: string }, now: number): void {
    this.check(keys, now);
    this.bump(`a:${keys.account}`, FREE_ATTEMPTS_PER_ACCOUNT, now);
    this.bump(`i:${keys.ip}`, FREE_ATTEMPTS_PER_IP, now);
  }

  succeed(keys: { account: string; ip: string }): void {
    this.entries.delete(`a:${keys.account}`);
    const ip = this.entries.get(`i:${keys.ip}`);
    if (ip && ip.failures > 0) ip.failures -= 1;
  }

  private waitMs(key: string, now: number): number {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.lockedUntil - now) : 0;
  }

  private bump(key: string, free: number, now: number): void {
    let entry = this.entries.get(key);
    if (!entry || now - entry.firstAt > WINDOW_MS) entry = { failures: 0, lockedUntil: 0, firstAt: now };
    entry.failures += 1;
    if (entry.failures > free) entry.lockedUntil = now + Math.min(1000 * 2 ** (entry.failures - free - 1), MAX_LOCK_MS);
    this.entries.set(key, entry);
    if (this.entries.size > 100_000) this.entries.clear(); // bounded memory under a flood
  }
}
