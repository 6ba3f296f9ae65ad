import type { AppContext } from '../feature.js';
import { forgetLogHead, readEvents } from './case-log.js';
import { deletePhotosOf } from './evidence.js';
import { Case, CaseEventRecord, Evidence, ReadCursor } from './models.js';

export const ERASED_NAME = '已注销用户';

/** A complainant's own cases as they see them: the complaint, its photos' facts, the log without internal notes. */
export async function exportDisputes(userId: string) {
  const cases = await Case.find({ userId }).sort({ filedAt: 1 }).lean();
  return Promise.all(
    cases.map(async (c) => {
      const caseId = String(c._id);
      const photos = await Evidence.find(
        { caseId },
        { photoId: 1, width: 1, height: 1, bytes: 1, receivedAt: 1 },
      ).lean();
      return {
        id: caseId,
        caseNumber: c.caseNumber,
        filedAt: c.filedAt,
        complainant: c.complainant,
        respondent: c.respondent,
        order: c.order,
        category: c.category,
        product: c.product,
        facts: c.facts,
        request: c.request,
        photos: photos.map(({ photoId, width, height, bytes, receivedAt }) => ({
          photoId,
          width,
          height,
          bytes,
          receivedAt,
        })),
        events: await readEvents(caseId, 'consumer'),
      };
    }),
  );
}

/**
 * Erasure keeps the cases: complaint records are the regulator's files (the dispute, the decisions,
 * the agreement and who decided them stay). What identifies the complainant goes: name, phone and
 * address, the photos, their name on their own messages, their read cursors, the request hash.
 * The facts and messages they wrote stay as written — they are the substance of the case.
 */
export async function eraseDisputes(userId: string, ctx: AppContext): Promise<void> {
  const cases = await Case.find({ userId }, { _id: 1 }).lean();
  for (const c of cases) {
    const caseId = String(c._id);
    await deletePhotosOf(caseId);
    await Case.updateOne(
      { _id: c._id },
      { $unset: { complainant: 1, requestHash: 1 }, $set: { complainantErasedAt: ctx.now() } },
    );
    await CaseEventRecord.updateMany({ caseId, 'actor.id': userId }, { $set: { 'actor.name': ERASED_NAME } });
    forgetLogHead(caseId);
  }
  await ReadCursor.deleteMany({ userId });
}
