import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../http/errors.js';

const common = new Set<string>((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function assertAcceptablePassword(password: string, context: string[] = []): void {
  const lower = password.toLowerCase();
  if (common.has(lower) || context.some((c) => c && lower.includes(c.toLowerCase()))) {
    throw new AppError(422, 'weak_password', 'This password is too common or too easy to guess. Choose another one.', {
      field: 'password',
    });
  }
}

// OWASP's argon2id minimum (19 MiB, 2 passes) keeps a login under ~50 ms on this machine.
// algorithm 2 is Argon2id (a const enum, which isolated modules cannot import).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

/** Verifying against a dummy hash for unknown users keeps the timing of both failures alike. */
let dummyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword('lugang-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}
