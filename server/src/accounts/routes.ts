import { z } from 'zod';
import {
  ChangePasswordBodySchema,
  CreateStaffBodySchema,
  DeleteAccountBodySchema,
  IdParamsSchema,
  LoginBodySchema,
  MeSchema,
  SessionSchema,
  ProfileUpdateBodySchema,
  SignupBodySchema,
  UserSummarySchema,
} from '@shared/accounts/schemas.js';
import type { Request } from 'express';
import type { AppContext } from '../feature.js';
import { AppError, unauthenticated } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { disconnectSessions } from '../realtime/sockets.js';
import { AuditEntry } from './audit.model.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';
import { accountsPolicy as policy } from './policy.js';
import { exportPersonalData, deleteAccount } from './personal-data.js';
import * as accounts from './service.js';
import { endSession } from './sessions.js';
import { toMe, toSummary } from './views.js';
import { User } from './user.model.js';

const meta = (req: Request, ctx: AppContext) => ({
  ip: req.ip ?? 'unknown',
  userAgent: req.get('user-agent'),
  now: ctx.now(),
});
const signedIn = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  return p;
};
const tags = ['accounts'];

export function accountRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/signup',
      summary: 'Create a consumer account and sign in',
      tags,
      policy: policy.signup,
      body: SignupBodySchema,
      status: 201,
      responses: { 201: { description: 'Signed up', schema: MeSchema }, 409: { description: 'Account exists' } },
      handler: async ({ body, req, res }) => {
        const { user, session } = await accounts.signup(body, meta(req, ctx));
        res.setHeader('Cache-Control', 'no-store');
        setSessionCookie(req, res, session.sid, session.maxAgeMs);
        return toMe(user);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in with a mobile number or e-mail',
      tags,
      policy: policy.login,
      body: LoginBodySchema,
      responses: {
        200: { description: 'Signed in', schema: MeSchema },
        401: { description: 'Wrong account or password' },
        429: { description: 'Throttled' },
      },
      handler: async ({ body, req, res, principal }) => {
        const { user, session } = await accounts.login(body, meta(req, ctx));
        // A new session id at every sign-in (no fixation); the old one ends on every channel.
        if (principal) {
          await endSession(principal.sessionId);
          disconnectSessions(ctx, [principal.sessionId]);
        }
        res.setHeader('Cache-Control', 'no-store');
        setSessionCookie(req, res, session.sid, session.maxAgeMs);
        return toMe(user);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out: ends this session on every channel',
      tags,
      policy: policy.logout,
      responses: { 204: { description: 'Signed out' } },
      handler: async ({ req, res, principal }) => {
        if (principal) {
          await endSession(principal.sessionId);
          disconnectSessions(ctx, [principal.sessionId]);
        }
        clearSessionCookie(req, res);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/session',
      summary: 'Who is signed in, if anyone (the app asks this at start: no 401 for a visitor)',
      tags,
      policy: policy.readSession,
      responses: { 200: { description: 'The session', schema: SessionSchema } },
      handler: async ({ principal }) => {
        if (!principal) return { user: null };
        const user = await User.findById(principal.userId).lean();
        return { user: user ? toMe(user) : null };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: 'The signed-in user',
      tags,
      policy: policy.readSelf,
      responses: { 200: { description: 'Me', schema: MeSchema } },
      handler: async ({ principal }) => toMe(await accounts.currentUser(signedIn(principal))),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/me',
      summary: 'Update my name, language and certificate profile',
      tags,
      policy: policy.changeSelf,
      body: ProfileUpdateBodySchema,
      responses: { 200: { description: 'Me', schema: MeSchema } },
      handler: async ({ principal, body }) => toMe(await accounts.updateProfile(signedIn(principal), body)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/me/password',
      summary: 'Change my password; ends all my sessions',
      tags,
      policy: policy.changeSelf,
      body: ChangePasswordBodySchema,
      responses: { 204: { description: 'Changed; sign in again' } },
      handler: async ({ principal, body, req, res }) => {
        const ended = await accounts.changePassword(
          signedIn(principal),
          body.currentPassword,
          body.newPassword,
          meta(req, ctx),
        );
        disconnectSessions(ctx, ended);
        clearSessionCookie(req, res);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/export',
      summary: 'Download all my data as JSON (PIPL)',
      tags,
      policy: policy.readSelf,
      responses: { 200: { description: 'All data held about me' } },
      handler: async ({ principal, res }) => {
        const data = await exportPersonalData(ctx, signedIn(principal));
        res.setHeader('Content-Disposition', 'attachment; filename="lugang-my-data.json"');
        return data;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/me',
      summary: 'Delete my account and my personal data',
      tags,
      policy: policy.changeSelf,
      body: DeleteAccountBodySchema,
      responses: { 204: { description: 'Deleted' } },
      handler: async ({ principal, body, req, res }) => {
        const ended = await deleteAccount(ctx, signedIn(principal), body.password, meta(req, ctx));
        disconnectSessions(ctx, ended);
        clearSessionCookie(req, res);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/users',
      summary: 'Create a staff account (admin)',
      tags,
      policy: policy.manageStaff,
      body: CreateStaffBodySchema,
      status: 201,
      responses: { 201: { description: 'Created', schema: UserSummarySchema } },
      handler: async ({ principal, body, req }) =>
        toSummary(await accounts.createStaff(signedIn(principal), body, meta(req, ctx))),
    }),
    defineRoute({
      method: 'get',
      path: '/api/users',
      summary: 'List users with masked contact details (admin)',
      tags,
      policy: policy.manageStaff,
      query: z.strictObject({ role: z.enum(['consumer', 'mediator', 'officer', 'trainer', 'admin']).optional() }),
      responses: { 200: { description: 'Users', schema: z.array(UserSummarySchema) } },
      handler: async ({ query }) => {
        const users = await User.find(query.role ? { roles: query.role } : {}, {
          name: 1,
          phone: 1,
          email: 1,
          roles: 1,
        })
          .sort({ _id: 1 })
          .limit(500)
          .lean();
        return users.map(toSummary);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/users/:id/reveal',
      summary: "Reveal a user's full contact details (audited)",
      tags,
      policy: policy.revealContact,
      params: IdParamsSchema,
      responses: {
        200: {
          description: 'Full contact details',
          schema: z.object({ phone: z.string().optional(), email: z.string().optional() }),
        },
      },
      handler: async ({ principal, params, req }) =>
        accounts.revealContact(signedIn(principal), params.id, meta(req, ctx)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: 'The audit log, newest first (admin)',
      tags,
      policy: policy.readAudit,
      query: z.strictObject({
        action: z.string().max(60).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      responses: { 200: { description: 'Audit entries' } },
      handler: async ({ query }) => {
        if (query.action && !/^[a-z_.]+$/.test(query.action))
          throw new AppError(400, 'validation_failed', 'Unknown action name.');
        return AuditEntry.find(query.action ? { action: query.action } : {})
          .sort({ at: -1 })
          .limit(query.limit)
          .lean();
      },
    }),
  ];
}
