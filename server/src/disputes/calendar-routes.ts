import { z } from 'zod';
import { CalendarDaySchema, CalendarOverrideSchema } from '@shared/disputes/working-days.js';
import { audit } from '../accounts/audit.js';
import type { AppContext } from '../feature.js';
import { notFound, unauthenticated } from '../http/errors.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { listOverrides, removeOverride, setOverride } from './calendar-store.js';
import { disputesPolicy as policy } from './policy.js';

const tags = ['calendar'];
const OverrideBodySchema = z.strictObject(CalendarOverrideSchema.shape);

/** Official holidays and make-up working days beyond what the app ships with; devices fetch them for their countdowns. */
export function calendarRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/calendar/overrides',
      summary: 'Holidays and make-up working days added by admins',
      tags,
      policy: policy.readCalendar,
      responses: { 200: { description: 'By date', schema: z.array(CalendarOverrideSchema) } },
      handler: () => listOverrides(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/calendar/overrides',
      summary: 'Add or replace the override of a day (admin)',
      tags,
      policy: policy.manageCalendar,
      body: OverrideBodySchema,
      status: 201,
      responses: { 201: { description: 'Stored', schema: CalendarOverrideSchema } },
      handler: async ({ body, principal, req }) => {
        if (!principal) throw unauthenticated();
        const { replaced } = await setOverride(body, principal.userId, ctx.now());
        await audit({
          actor: principal,
          action: 'calendar.override_set',
          target: body.date,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
          details: { ...body, replaced },
        });
        return body;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/calendar/overrides/:date',
      summary: 'Remove the override of a day (admin)',
      tags,
      policy: policy.manageCalendar,
      params: z.strictObject({ date: CalendarDaySchema }),
      responses: { 204: { description: 'Removed' } },
      handler: async ({ params, principal, req }) => {
        const removed = await removeOverride(params.date);
        if (!removed) throw notFound('An override of that day');
        await audit({
          actor: principal,
          action: 'calendar.override_removed',
          target: params.date,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
          details: removed,
        });
        return undefined;
      },
    }),
  ];
}
