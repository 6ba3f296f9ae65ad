import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '@shared/codes/index.js';

export type LabelKey = { kid: string; secretKey: Uint8Array; publicKey: string; createdAt: string };
export type LabelKeyring = { active: LabelKey; keys: LabelKey[] };

const KeyFileSchema = z.object({
  active: z.string(),
  keys: z.array(z.object({ kid: z.string(), secretKey: z.string(), createdAt: z.string() })).min(1),
});
type KeyFile = z.infer<typeof KeyFileSchema>;

export const labelKeyFile = (dataDir: string) => join(dataDir, 'keys', 'label-signing.json');

function fromFile(file: string, stored: KeyFile): LabelKeyring {
  const keys = stored.keys.map((k) => {
    const secretKey = fromBase64Url(k.secretKey);
    if (secretKey?.length !== 32) throw new Error(`The label signing key ${k.kid} in ${file} is damaged.`);
    return { kid: k.kid, secretKey, publicKey: toBase64Url(ed25519.getPublicKey(secretKey)), createdAt: k.createdAt };
  });
  const active = keys.find((k) => k.kid === stored.active);
  if (!active) throw new Error(`The active label signing key ${stored.active} is missing from ${file}.`);
  return { active, keys };
}

/** kid `dt-<year>-<n>`: the n-th key made that year. */
function newKey(existing: readonly { kid: string }[], now: Date): KeyFile['keys'][number] {
  const prefix = `dt-${now.getUTCFullYear()}-`;
  const n = existing.filter((k) => k.kid.startsWith(prefix)).length + 1;
  return {
    kid: `${prefix}${n}`,
    secretKey: toBase64Url(ed25519.utils.randomSecretKey()),
    createdAt: now.toISOString(),
  };
}

// Write a new file then rename it over the old one: a crash leaves either file, never half of one.
function save(file: string, stored: KeyFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(stored, null, 2), { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * The Ed25519 keys that sign item labels, in `<dataDir>/keys/label-signing.json` (mode 600), made on
 * first use. Only public keys leave the server. Old keys stay so labels printed with them still verify.
 */
export function loadOrCreateLabelKeyring(dataDir: string, now: Date): LabelKeyring {
  const file = labelKeyFile(dataDir);
  if (!existsSync(file)) {
    // Only the keys folder is private: the data folder is shared with the database (it sets its own mode).
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
    const key = newKey([], now);
    try {
      // `wx`: when another process (the labels CLI) made the file meanwhile, keep its key.
      writeFileSync(file, JSON.stringify({ active: key.kid, keys: [key] }, null, 2), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fromFile(file, KeyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
}

/** Makes a new active key, e.g. after the active one was revoked. */
export function rotateLabelKey(dataDir: string, now: Date): LabelKeyring {
  const file = labelKeyFile(dataDir);
  const stored = KeyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const key = newKey(stored.keys, now);
  const next = { active: key.kid, keys: [...stored.keys, key] };
  save(file, next);
  return fromFile(file, next);
}
