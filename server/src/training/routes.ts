import { z } from 'zod';
import {
  AttendanceSchema,
  CheckinBatchSchema,
  CheckinResultSchema,
  CourseInputSchema,
  CourseListQuerySchema,
  CourseParamsSchema,
  CourseSchema,
  CourseUpdateSchema,
  IdempotencyKeySchema,
  MyRegistrationSchema,
  RegistrationBodySchema,
  RegistrationParamsSchema,
  RegistrationResultSchema,
} from '@shared/training/schemas.js';
import { audit } from '../accounts/audit.js';
import type { AppContext } from '../feature.js';
import { fromZod, notFound, unauthenticated } from '../http/errors.js';
import { requestHash } from '../http/request-hash.js';
import type { Principal } from '../http/policy.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { attendance, checkinKey, recordCheckins, rosterCsv } from './checkins.js';
import { createCourse, getCourse, listCourses, updateCourse } from './courses.js';
import { myRegistrations } from './my-registrations.js';
import { trainingPolicy as policy } from './policy.js';
import { cancel, register } from './registration-desk.js';

const tags = ['training'];
const idempotencyHeader = {
  'Idempotency-Key': {
    required: true,
    description: 'A key the client makes per registration attempt; replays return the first outcome.',
  },
};
const me = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  return p;
};

export function trainingRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/courses',
      summary: 'Course catalogue with filters and search in three languages',
      tags,
      policy: policy.browse,
      query: CourseListQuerySchema,
      responses: { 200: { description: 'Courses', schema: z.array(CourseSchema) } },
      handler: ({ query }) => listCourses(ctx, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:code',
      summary: 'One course with seats left',
      tags,
      policy: policy.browse,
      params: CourseParamsSchema,
      responses: { 200: { description: 'Course', schema: CourseSchema } },
      handler: ({ params }) => getCourse(ctx, params.code),
    }),
    defineRoute({
      method: 'post',
      path: '/api/courses',
      summary: 'Create a course',
      tags,
      policy: policy.manageCourses,
      body: CourseInputSchema,
      status: 201,
      responses: { 201: { description: 'Created', schema: CourseSchema } },
      handler: async ({ body, principal, req }) => {
        const course = await createCourse(ctx, body);
        await audit({
          actor: principal,
          action: 'training.course_created',
          target: body.code,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
        });
        return course;
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/courses/:code',
      summary: 'Edit a course (capacity increases promote the waitlist)',
      tags,
      policy: policy.manageCourses,
      params: CourseParamsSchema,
      body: CourseUpdateSchema,
      responses: { 200: { description: 'Updated', schema: CourseSchema } },
      handler: async ({ params, body, principal, req }) => {
        const course = await updateCourse(ctx, params.code, body);
        await audit({
          actor: principal,
          action: 'training.course_updated',
          target: params.code,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
          details: body,
        });
        return course;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/courses/:code/registrations',
      summary: 'Register (confirmed while seats remain, else waitlisted)',
      tags,
      policy: policy.register,
      params: CourseParamsSchema,
      body: RegistrationBodySchema,
      headers: idempotencyHeader,
      status: 201,
      responses: {
        201: { description: 'Registered', schema: RegistrationResultSchema },
        409: { description: 'Closed or already registered' },
        422: { description: 'Idempotency key reused with another body' },
      },
      handler: async ({ params, body, principal, req, res }) => {
        const user = me(principal);
        const key = IdempotencyKeySchema.safeParse(req.get('idempotency-key'));
        if (!key.success) throw fromZod(key.error, 'headers.Idempotency-Key');
        const outcome = await register(ctx, params.code, user.userId, {
          key: key.data,
          requestHash: requestHash(body),
        });
        if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return outcome.result;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/registrations/:id',
      summary: 'Cancel my registration before the deadline',
      tags,
      policy: policy.register,
      params: RegistrationParamsSchema,
      responses: { 204: { description: 'Cancelled' } },
      handler: async ({ params, principal }) => {
        await cancel(ctx, params.id, me(principal).userId);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/registrations',
      summary: 'My courses: status, seat or position, check-in codes',
      tags,
      policy: policy.register,
      responses: { 200: { description: 'Registrations', schema: z.array(MyRegistrationSchema) } },
      handler: ({ principal }) => myRegistrations(ctx, me(principal).userId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/training/keys',
      summary: 'Public keys that verify check-in codes offline',
      tags,
      policy: policy.checkIn,
      responses: {
        200: { description: 'Keys', schema: z.array(z.object({ kid: z.string(), publicKey: z.string() })) },
      },
      handler: () => {
        const k = checkinKey(ctx);
        return [{ kid: k.kid, publicKey: k.publicKey }];
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/checkins',
      summary: 'Record check-ins scanned at the venue (also late, from offline phones)',
      tags,
      policy: policy.checkIn,
      body: CheckinBatchSchema,
      responses: { 200: { description: 'Per-code outcome', schema: z.array(CheckinResultSchema) } },
      handler: async ({ body, principal, req }) => {
        const results = await recordCheckins(ctx, me(principal), body.items);
        await audit({
          actor: principal,
          action: 'training.checkins_recorded',
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
          details: { count: results.length },
        });
        return results;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:code/attendance',
      summary: 'Attendance per session',
      tags,
      policy: policy.roster,
      params: CourseParamsSchema,
      responses: { 200: { description: 'Attendance', schema: AttendanceSchema } },
      handler: async ({ params }) => (await attendance(params.code)) ?? Promise.reject(notFound('The course')),
    }),
    defineRoute({
      method: 'get',
      path: '/api/courses/:code/roster.csv',
      summary: 'Roster with attendance as CSV',
      tags,
      policy: policy.roster,
      params: CourseParamsSchema,
      responses: { 200: { description: 'CSV', contentType: 'text/csv', schema: z.string() } },
      handler: async ({ params, res, principal, req }) => {
        const csv = await rosterCsv(params.code);
        if (csv === null) throw notFound('The course');
        await audit({
          actor: principal,
          action: 'training.roster_exported',
          target: params.code,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
        });
        res
          .type('text/csv; charset=utf-8')
          .setHeader('Content-Disposition', `attachment; filename="roster-${params.code}.csv"`);
        res.send(csv);
        return undefined;
      },
    }),
  ];
}
