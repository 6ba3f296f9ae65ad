import { EvidenceParamsSchema, EvidenceReceiptSchema } from '@shared/disputes/filing.js';
import type { AppContext } from '../feature.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { photoFor, receivePhoto } from './evidence.js';
import { sendPhoto } from './photos.js';
import { disputesPolicy as policy } from './policy.js';
import { signedIn } from './routes.js';

const tags = ['disputes'];

/** Evidence photos travel as raw image bodies, one request per declared photo (see feature.ts for the body parser). */
export function evidenceRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'put',
      path: '/api/disputes/:id/evidence/:photoId',
      summary: 'Upload a declared photo’s bytes (raw JPEG, PNG or WebP body, ≤ 2 MB); replays are harmless',
      tags,
      policy: policy.addEvidence,
      params: EvidenceParamsSchema,
      status: 201,
      responses: {
        201: { description: 'Received and stored without metadata', schema: EvidenceReceiptSchema },
        200: { description: 'Already received (a replay)', schema: EvidenceReceiptSchema },
        413: { description: 'Over 2 MB' },
        415: { description: 'Not a JPEG, PNG or WebP photo' },
        422: { description: 'Not the declared photo, or undecodable' },
      },
      handler: async ({ params, principal, req, res }) => {
        const { receipt, replayed } = await receivePhoto(ctx, signedIn(principal), params.id, params.photoId, req.body);
        if (!replayed) return receipt;
        res.status(200).setHeader('Idempotent-Replayed', 'true');
        res.json(receipt);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/disputes/:id/evidence/:photoId',
      summary: 'An evidence photo (JPEG), for the complainant and mediators only',
      tags,
      policy: policy.readCase,
      params: EvidenceParamsSchema,
      responses: { 200: { description: 'The photo', contentType: 'image/jpeg' } },
      handler: async ({ params, principal, res }) => {
        const photo = await photoFor(principal, params.id, params.photoId);
        await sendPhoto(res, photo.fileId, photo.bytes);
        return undefined;
      },
    }),
  ];
}
