import type { z } from 'zod';
import type { RevocationBodySchema } from '@shared/showroom/schemas.js';
import { AppError } from '../http/errors.js';
import type { ChangeLog } from './change-log.js';
import { LabelRevocationModel } from './models.js';
import type { Snapshot } from './snapshot.js';

/**
 * Revokes a label key or a single label (insert-only records); call inside the catalogue write queue.
 * Revoking what is already revoked changes nothing. Unknown keys and serials are refused: they are
 * typing errors, and a label we never issued fails verification anyway.
 */
export async function revokeLabels(
  snapshot: Snapshot,
  log: ChangeLog,
  body: z.infer<typeof RevocationBodySchema>,
  now: Date,
): Promise<void> {
  const wanted: { kind: 'kid' | 'serial'; value: string }[] = [];
  if (body.kid !== undefined) {
    if (!Object.hasOwn(snapshot.publicKeys, body.kid)) {
      throw new AppError(404, 'unknown_kid', `There is no label key ${body.kid}.`);
    }
    if (!snapshot.revoked.kids.includes(body.kid)) wanted.push({ kind: 'kid', value: body.kid });
  }
  if (body.serial !== undefined) {
    if (!snapshot.serials.has(body.serial)) {
      throw new AppError(404, 'unknown_serial', `No label with serial ${body.serial} was issued.`);
    }
    if (!snapshot.revoked.serials.includes(body.serial)) wanted.push({ kind: 'serial', value: body.serial });
  }
  if (wanted.length === 0) return;

  const lastSeq = await log.record(
    wanted.map((w) => ({ kind: 'revocation', key: `${w.kind}:${w.value}` })),
    now,
  );
  await LabelRevocationModel.insertMany(wanted.map((w) => ({ ...w, at: now })));
  const values = (kind: 'kid' | 'serial') => wanted.filter((w) => w.kind === kind).map((w) => w.value);
  snapshot.revoked = {
    kids: [...snapshot.revoked.kids, ...values('kid')],
    serials: [...snapshot.revoked.serials, ...values('serial')],
  };
  snapshot.seq = lastSeq;
}
