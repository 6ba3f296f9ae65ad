import type { Request } from 'express';
import { z } from 'zod';
import {
  CaseCommandSchema,
  CaseEventSchema,
  ClientIdSchema,
  EventsPageSchema,
  EventsQuerySchema,
} from '@shared/disputes/case-events.js';
import { CaseViewSchema, MyCaseSummarySchema } from '@shared/disputes/case-views.js';
import { CaseParamsSchema, FilingBodySchema, FilingResultSchema } from '@shared/disputes/filing.js';
import type { AppContext } from '../feature.js';
import { AppError, fromZod, unauthenticated } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { openCase } from './access.js';
import { currentCalendar } from './calendar-store.js';
import { logHead, readEvents, type LogHead } from './case-log.js';
import { runCommand } from './commands.js';
import { fileComplaint } from './filing.js';
import { Case, ReadCursor } from './models.js';
import { disputesPolicy as policy } from './policy.js';
import { presenceOf, rememberComplainant } from './presence.js';
import { caseViewOf, myCaseSummaryOf } from './views.js';

const tags = ['disputes'];
export const signedIn = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  return p;
};
const idempotencyKey = (req: Request, required: boolean): string | undefined => {
  const value = req.get('idempotency-key');
  if (value === undefined && !required) return undefined;
  if (value === undefined)
    throw new AppError(
      400,
      'validation_failed',
      'The Idempotency-Key header is required: make one per complaint on the device and resend it with every retry.',
    );
  const parsed = ClientIdSchema.safeParse(value);
  if (!parsed.success) throw fromZod(parsed.error, 'headers.Idempotency-Key');
  return parsed.data;
};
const keyHeader = (required: boolean) => ({
  'Idempotency-Key': {
    required,
    description: 'Made on the device per request and kept across retries: a replay returns the first result.',
  },
});

export function disputeRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/disputes',
      summary: 'File a complaint (exactly once per Idempotency-Key); photos follow with PUT',
      tags,
      policy: policy.file,
      body: FilingBodySchema,
      headers: keyHeader(true),
      status: 201,
      responses: {
        201: { description: 'Filed, with its case number', schema: FilingResultSchema },
        422: { description: 'Key reused for another complaint, unknown merchant' },
      },
      handler: async ({ body, principal, req, res }) => {
        const { result, replayed } = await fileComplaint(
          ctx,
          signedIn(principal),
          body,
          idempotencyKey(req, true) ?? '',
        );
        if (replayed) res.setHeader('Idempotent-Replayed', 'true');
        return result;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/disputes/:id',
      summary: 'One case: its complainant, or any mediator or admin (404 for anyone else)',
      tags,
      policy: policy.readCase,
      params: CaseParamsSchema,
      responses: { 200: { description: 'The case', schema: CaseViewSchema } },
      handler: async ({ params, principal }) => {
        const { caseDoc, audience } = await openCase(principal, params.id);
        rememberComplainant(params.id, String(caseDoc.userId));
        const context = {
          calendar: await currentCalendar(),
          now: ctx.now(),
          consumerOnline: presenceOf(ctx, params.id).consumerOnline,
        };
        return caseViewOf(caseDoc, audience, signedIn(principal), context);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/disputes',
      summary: 'My complaints, newest first',
      tags,
      policy: policy.listMine,
      responses: { 200: { description: 'My cases', schema: z.array(MyCaseSummarySchema) } },
      handler: async ({ principal }) => {
        const me = signedIn(principal);
        const [cases, cursors, calendar] = await Promise.all([
          Case.find({ userId: me.userId }).sort({ filedAt: -1 }).lean(),
          ReadCursor.find({ userId: me.userId }).lean(),
          currentCalendar(),
        ]);
        const readSeq = new Map(cursors.map((c) => [String(c.caseId), c.readSeq]));
        return Promise.all(
          cases.map(async (c) => {
            const head = (c.summary as LogHead | undefined) ?? (await logHead(String(c._id)));
            return myCaseSummaryOf(c, head, readSeq.get(String(c._id)) ?? 0, calendar, ctx.now());
          }),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/disputes/:id/events',
      summary: 'The case log after a seq: catch up after a disconnect (dedupe by seq)',
      tags,
      policy: policy.readCase,
      params: CaseParamsSchema,
      query: EventsQuerySchema,
      responses: { 200: { description: 'Events in seq order', schema: EventsPageSchema } },
      handler: async ({ params, query, principal }) => {
        const { audience } = await openCase(principal, params.id);
        const [events, head] = await Promise.all([
          readEvents(params.id, audience, query.after, query.limit + 1),
          logHead(params.id),
        ]);
        const lastSeq = audience === 'consumer' ? head.publicSeq : head.state.lastSeq;
        return { events: events.slice(0, query.limit), lastSeq, hasMore: events.length > query.limit };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/disputes/:id/events',
      summary: 'Append to the case: a message, a note, a decision or a step of mediation',
      tags,
      policy: policy.append,
      params: CaseParamsSchema,
      body: CaseCommandSchema,
      headers: keyHeader(false),
      status: 201,
      responses: {
        201: { description: 'The stored event, with its seq', schema: CaseEventSchema },
        403: { description: 'Not for your role' },
        409: { description: 'Not possible in the case’s status, or claimed by someone else' },
      },
      handler: async ({ params, body, principal, req, res }) => {
        const appended = await runCommand(
          ctx,
          signedIn(principal),
          params.id,
          body,
          idempotencyKey(req, false),
          req.ip,
        );
        if (appended.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return appended.event;
      },
    }),
  ];
}
