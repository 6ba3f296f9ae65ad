import { createHash } from 'node:crypto';
import { MAX_PHOTO_BYTES, type EvidenceReceipt } from '@shared/disputes/filing.js';
import { whyNot } from '@shared/disputes/rules.js';
import type { AppContext } from '../feature.js';
import { AppError, notFound } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { actorOf, openCase } from './access.js';
import { publishEvent } from './broadcast.js';
import { appendEvent, logHead, refusalError, serverKey } from './case-log.js';
import { Evidence, type CaseDoc } from './models.js';
import { assertPhoto, deletePhoto, reencode, storePhoto } from './photos.js';
import { evidenceUrl } from './views.js';

type EvidenceRecord = {
  photoId: string;
  sha256: string;
  width: number;
  height: number;
  bytes: number;
  receivedAt: Date;
};

const receiptOf = (caseId: string, e: EvidenceRecord): EvidenceReceipt => ({
  photoId: e.photoId,
  url: evidenceUrl(caseId, e.photoId),
  contentType: 'image/jpeg',
  width: e.width,
  height: e.height,
  bytes: e.bytes,
  receivedAt: e.receivedAt.toISOString(),
});

/** The log's record of the photo; appending it again is a no-op (same client id, same data). */
async function recordInLog(ctx: AppContext, caseDoc: CaseDoc, principal: Principal, e: EvidenceRecord): Promise<void> {
  const data = { photoId: e.photoId, width: e.width, height: e.height, bytes: e.bytes };
  await appendEvent(
    ctx,
    caseDoc,
    {
      type: 'evidence_added',
      actor: await actorOf(principal, 'consumer'),
      clientEventId: serverKey(`evidence:${e.photoId}`),
      data,
    },
    publishEvent,
  );
}

async function alreadyReceived(
  ctx: AppContext,
  caseDoc: CaseDoc,
  principal: Principal,
  existing: EvidenceRecord,
  sha256: string,
) {
  if (existing.sha256 !== sha256) {
    throw new AppError(
      409,
      'photo_already_received',
      'A different photo was already received under this photo id. Declare new photos with new ids.',
    );
  }
  await recordInLog(ctx, caseDoc, principal, existing);
  return { receipt: receiptOf(String(caseDoc._id), existing), replayed: true };
}

/**
 * A declared photo's bytes: checked (size, magic bytes, the declared checksum), re-encoded without
 * metadata, stored. Sending the same photo again answers as the first time did.
 */
export async function receivePhoto(
  ctx: AppContext,
  principal: Principal,
  caseId: string,
  photoId: string,
  body: unknown,
): Promise<{ receipt: EvidenceReceipt; replayed: boolean }> {
  const { caseDoc, audience } = await openCase(principal, caseId);
  if (audience !== 'consumer') throw new AppError(403, 'forbidden', 'Only the complainant adds evidence photos.');
  const declared = caseDoc.evidence.find((e) => e.photoId === photoId);
  if (!declared) throw new AppError(404, 'not_found', 'This photo was not declared when the complaint was filed.');
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError(
      415,
      'photo_expected',
      'Send the photo’s bytes as the request body, with Content-Type image/jpeg, image/png or image/webp.',
    );
  }
  const sha256 = createHash('sha256').update(body).digest('hex');
  const existing = await Evidence.findOne({ caseId, photoId }).lean();
  if (existing) return alreadyReceived(ctx, caseDoc, principal, existing, sha256);

  const refusal = whyNot(
    (await logHead(caseId)).state,
    { type: 'evidence_added' },
    { id: principal.userId, role: 'consumer' },
  );
  if (refusal) throw refusalError(refusal);
  if (body.length > MAX_PHOTO_BYTES) {
    throw new AppError(
      413,
      'photo_too_large',
      `Each photo may be at most 2 MB; this one is ${(body.length / 1024 / 1024).toFixed(1)} MB. Let the app downscale it.`,
    );
  }
  assertPhoto(body);
  if (sha256 !== declared.sha256 || body.length !== declared.bytes) {
    throw new AppError(
      422,
      'photo_mismatch',
      'These bytes are not the photo declared with the complaint (size or SHA-256 differ).',
    );
  }
  const { data, width, height } = await reencode(body);
  const fileId = await storePhoto(data, { caseId, photoId });
  const record: EvidenceRecord = { photoId, sha256, width, height, bytes: data.length, receivedAt: ctx.now() };
  try {
    await Evidence.create({ caseId, fileId, ...record });
  } catch (error) {
    await deletePhoto(fileId);
    if ((error as { code?: number }).code !== 11000) throw error;
    const winner = await Evidence.findOne({ caseId, photoId }).lean();
    if (!winner) throw error;
    return alreadyReceived(ctx, caseDoc, principal, winner, sha256); // the same upload, twice at once
  }
  await recordInLog(ctx, caseDoc, principal, record);
  return { receipt: receiptOf(caseId, record), replayed: false };
}

/** The stored photo if this principal may see the case; everyone else gets 404. */
export async function photoFor(principal: Principal | null, caseId: string, photoId: string) {
  await openCase(principal, caseId);
  const photo = await Evidence.findOne({ caseId, photoId }, { fileId: 1, bytes: 1 }).lean();
  if (!photo) throw notFound('The photo');
  return photo;
}

/** Erasure: the photos go, files and records. */
export async function deletePhotosOf(caseId: string): Promise<void> {
  const photos = await Evidence.find({ caseId }, { fileId: 1 }).lean();
  for (const photo of photos) await deletePhoto(photo.fileId);
  await Evidence.deleteMany({ caseId });
}
