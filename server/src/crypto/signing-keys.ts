import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64Url, toBase64Url } from '@shared/codes/bytes.js';

export type SigningKey = { kid: string; secretKey: Uint8Array; publicKey: string; createdAt: string };

/**
 * An Ed25519 key generated on first run and kept in `<dataDir>/keys/<name>.json` (mode 600).
 * Only the public half ever leaves the server.
 */
export function loadOrCreateSigningKey(dataDir: string, name: string, kidPrefix: string, now: Date): SigningKey {
  const dir = join(dataDir, 'keys');
  const file = join(dir, `${name}.json`);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { kid: string; secretKey: string; createdAt: string };
    const secretKey = fromBase64Url(stored.secretKey);
    if (!secretKey) throw new Error(`The signing key file ${file} is damaged.`);
    return {
      kid: stored.kid,
      secretKey,
      publicKey: toBase64Url(ed25519.getPublicKey(secretKey)),
      createdAt: stored.createdAt,
    };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secretKey = ed25519.utils.randomSecretKey();
  const kid = `${kidPrefix}-${now.getUTCFullYear()}-1`;
  const createdAt = now.toISOString();
  writeFileSync(file, JSON.stringify({ kid, secretKey: toBase64Url(secretKey), createdAt }), { mode: 0o600 });
  return { kid, secretKey, publicKey: toBase64Url(ed25519.getPublicKey(secretKey)), createdAt };
}
