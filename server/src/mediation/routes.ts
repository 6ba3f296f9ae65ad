import { CaseEventSchema } from '@shared/disputes/case-events.js';
import { ComplainantContactSchema, QueuePageSchema, QueueQuerySchema } from '@shared/disputes/case-views.js';
import { CaseParamsSchema } from '@shared/disputes/filing.js';
import { audit } from '../accounts/audit.js';
import { openCase } from '../disputes/access.js';
import type { AppContext } from '../feature.js';
import { AppError, unauthenticated } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { claimCase } from './claims.js';
import { mediationPolicy as policy } from './policy.js';
import { mediationQueue } from './queue.js';

const tags = ['mediation'];
const staff = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  return p;
};

export function mediationRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/mediation/queue',
      summary: 'Cases to handle, by due date; filters: status, category, merchant, overdue, assignee',
      tags,
      policy: policy.queue,
      query: QueueQuerySchema,
      responses: { 200: { description: 'A page of the queue', schema: QueuePageSchema } },
      handler: ({ query, principal }) => mediationQueue(ctx, staff(principal), query),
    }),
    defineRoute({
      method: 'post',
      path: '/api/disputes/:id/claim',
      summary: 'Take a case on; of two mediators at once exactly one wins',
      tags,
      policy: policy.claim,
      params: CaseParamsSchema,
      responses: {
        200: { description: 'The claimed event', schema: CaseEventSchema },
        409: { description: 'already_claimed, naming who has it' },
      },
      handler: ({ params, principal, req }) => claimCase(ctx, staff(principal), params.id, req.ip),
    }),
    defineRoute({
      method: 'post',
      path: '/api/disputes/:id/complainant-contact',
      summary: 'Reveal the complainant’s full phone number and address (audited)',
      tags,
      policy: policy.revealContact,
      params: CaseParamsSchema,
      responses: {
        200: { description: 'Contact details', schema: ComplainantContactSchema },
        410: { description: 'Erased with the account' },
      },
      handler: async ({ params, principal, req }) => {
        const { caseDoc, audience } = await openCase(principal, params.id);
        if (audience !== 'staff') throw new AppError(403, 'forbidden', 'Only mediators can do this.');
        const contact = caseDoc.complainant;
        if (!contact?.phone)
          throw new AppError(
            410,
            'complainant_erased',
            'The complainant deleted their account; their contact details are gone.',
          );
        await audit({
          actor: principal,
          action: 'disputes.complainant_revealed',
          target: caseDoc.caseNumber,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
        });
        return { name: contact.name ?? '', phone: contact.phone, address: contact.address ?? '' };
      },
    }),
  ];
}
