import type { Request } from 'express';
import { z } from 'zod';
import { parseScannedCode } from '@shared/codes/index.js';
import { shanghaiDay } from '@shared/disputes/working-days.js';
import { localeFromAcceptLanguage } from '@shared/showroom/locale.js';
import {
  CatalogueSyncQuerySchema,
  CatalogueSyncSchema,
  LabelKeysSchema,
  MerchantDetailSchema,
  MerchantParamsSchema,
  MerchantSchema,
  ResolveQuerySchema,
  ResolvedScanSchema,
} from '@shared/showroom/schemas.js';
import type { AppContext } from '../feature.js';
import { AppError, notFound } from '../http/errors.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { seesFullDeclarationNo, showroomPolicy as policy } from './policy.js';
import { AnswerCache, encodedBody, type CachedAnswer, type Encoding } from './answer-cache.js';
import { resolveScan, type ResolveOptions } from './resolve.js';
import type { Showroom } from './showroom.js';
import { catalogueSync } from './sync.js';
import { labelKeysOf, toMerchant, toProduct } from './views.js';

const tags = ['showroom'];

/** Brotli when the client takes it (the smaller), else gzip, else none. */
function acceptedEncoding(req: Request): Encoding | undefined {
  if (!req.headers['accept-encoding']) return undefined;
  if (req.acceptsEncodings('br')) return 'br';
  return req.acceptsEncodings('gzip') ? 'gzip' : undefined;
}

export function publicRoutes(ctx: AppContext, showroom: Showroom): AnyRoute[] {
  async function answerScan(text: string, options: ResolveOptions, key: string): Promise<CachedAnswer> {
    const code = parseScannedCode(text, { now: options.now });
    if (!code.ok) {
      const { code: reason, message, ai } = code.reason;
      throw new AppError(422, 'invalid_code', message, { reason, ai });
    }
    const resolved = resolveScan(await showroom.current(), code, options);
    const scan = { gtin: code.gtin, ...(code.lot === undefined ? {} : { lot: code.lot }), source: code.kind };
    return showroom.answers.remember(key, resolved, scan);
  }

  return [
    defineRoute({
      method: 'get',
      path: '/api/products/resolve',
      summary: 'What a scanned product code is: product, batch, provenance, clearance, authenticity',
      tags,
      policy: policy.resolve,
      query: ResolveQuerySchema,
      responses: {
        200: { description: 'The product (and batch, when the code names a known lot)', schema: ResolvedScanSchema },
        404: { description: 'No such product in the showroom' },
        422: { description: 'Not a readable product code; details.reason says why' },
      },
      handler: async ({ query, req, res, principal }) => {
        const now = ctx.now();
        const locale = query.lang ?? localeFromAcceptLanguage(req.get('accept-language'));
        const fullDeclarationNo = seesFullDeclarationNo(principal);
        // The day decides the two-digit-year rule and whether dates show their year.
        const key = AnswerCache.key({ day: shanghaiDay(now), locale, fullDeclarationNo, code: query.code });
        const answer =
          showroom.answers.get(key) ?? (await answerScan(query.code, { locale, fullDeclarationNo, now }, key));
        showroom.scans.record({ ...answer.scan, at: now });
        res.set({
          'Cache-Control': 'no-store',
          Vary: 'Accept-Language, Cookie, Accept-Encoding',
          'Content-Type': 'application/json; charset=utf-8',
          ETag: answer.etag,
        });
        const encoding = acceptedEncoding(req);
        if (encoding) {
          // Already encoded: the compression middleware leaves it alone.
          res.set('Content-Encoding', encoding).send(encodedBody(answer, encoding));
        } else res.send(answer.body);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/catalogue/sync',
      summary: 'The catalogue for offline use: all of it, or what changed since a cursor',
      tags,
      policy: policy.sync,
      query: CatalogueSyncQuerySchema,
      responses: { 200: { description: 'Records to store on the device', schema: CatalogueSyncSchema } },
      handler: async ({ query, res }) => {
        res.set('Cache-Control', 'no-cache');
        return catalogueSync(await showroom.current(), query.since);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/merchants',
      summary: 'The park guide: every merchant, its booth and what it sells',
      tags,
      policy: policy.browseMerchants,
      responses: { 200: { description: 'Merchants by booth', schema: z.array(MerchantSchema) } },
      handler: async () => {
        const merchants = [...(await showroom.current()).merchants.values()].map(toMerchant);
        return merchants.sort((a, b) => a.booth.localeCompare(b.booth));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/merchants/:id',
      summary: 'One merchant of the park guide with its products',
      tags,
      policy: policy.browseMerchants,
      params: MerchantParamsSchema,
      responses: {
        200: { description: 'The merchant', schema: MerchantDetailSchema },
        404: { description: 'No such merchant' },
      },
      handler: async ({ params }) => {
        const snapshot = await showroom.current();
        const merchant = snapshot.merchants.get(params.id);
        if (!merchant) throw notFound('The merchant');
        const products = merchant.gtins.flatMap((gtin) => {
          const product = snapshot.products.get(gtin);
          return product ? [toProduct(product)] : [];
        });
        return { merchant: toMerchant(merchant), products };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/labels/keys',
      summary: 'Public keys and revocations for checking signed labels offline',
      tags,
      policy: policy.readLabelKeys,
      responses: { 200: { description: 'Keys and revocations', schema: LabelKeysSchema } },
      handler: async ({ res }) => {
        // A revocation must reach devices at their next check, not when a cache expires.
        res.set('Cache-Control', 'no-cache');
        return labelKeysOf(await showroom.current());
      },
    }),
  ];
}
