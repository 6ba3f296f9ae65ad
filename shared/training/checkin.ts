import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../codes/bytes.js';

/**
 * A trainee's check-in QR for one session: `LGCI1.<payload>.<signature>`, signed by the zone's
 * check-in key so that a trainer's phone can verify it offline.
 */
export const CheckinPayloadSchema = z.object({
  v: z.literal(1),
  kid: z.string(),
  r: z.string(), // registration id
  c: z.string(), // course code
  s: z.string(), // session id
  n: z.string(), // trainee's display name, shown to the trainer on scan
});
export type CheckinPayload = z.infer<typeof CheckinPayloadSchema>;

const PREFIX = 'LGCI1';
const encoder = new TextEncoder();

export function signCheckinToken(payload: CheckinPayload, secretKey: Uint8Array): string {
  const body = toBase64Url(encoder.encode(JSON.stringify(payload)));
  const signature = ed25519.sign(encoder.encode(`${PREFIX}.${body}`), secretKey);
  return `${PREFIX}.${body}.${toBase64Url(signature)}`;
}

export type CheckinVerdict =
  { ok: true; payload: CheckinPayload } | { ok: false; reason: 'not_a_checkin_code' | 'unknown_key' | 'bad_signature' };

export function verifyCheckinToken(token: string, publicKeys: Record<string, string>): CheckinVerdict {
  const [prefix, body, sig] = token.trim().split('.');
  if (prefix !== PREFIX || !body || !sig) return { ok: false, reason: 'not_a_checkin_code' };
  const bytes = fromBase64Url(body);
  const signature = fromBase64Url(sig);
  if (!bytes || !signature) return { ok: false, reason: 'not_a_checkin_code' };
  let payload: CheckinPayload;
  try {
    const parsed = CheckinPayloadSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!parsed.success) return { ok: false, reason: 'not_a_checkin_code' };
    payload = parsed.data;
  } catch {
    return { ok: false, reason: 'not_a_checkin_code' };
  }
  const key = publicKeys[payload.kid];
  const publicKey = key ? fromBase64Url(key) : undefined;
  if (!publicKey) return { ok: false, reason: 'unknown_key' };
  try {
    return ed25519.verify(signature, encoder.encode(`${PREFIX}.${body}`), publicKey)
      ? { ok: true, payload }
      : { ok: false, reason: 'bad_signature' };
  } catch {
    return { ok: false, reason: 'bad_signature' };
  }
}
