import type { z } from 'zod';
import type {
  CreateStaffBodySchema,
  LoginBody,
  ProfileUpdateBodySchema,
  SignupBody,
} from '@shared/accounts/schemas.js';
import type { Role } from '@shared/accounts/roles.js';
import { AppError, notFound } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { audit } from './audit.js';
import { assertAcceptablePassword, burnVerification, hashPassword, verifyPassword } from './passwords.js';
import { createSession, endAllSessions } from './sessions.js';
import { LoginThrottle } from './throttle.js';
import { User, type UserDoc } from './user.model.js';

export type RequestMeta = { ip: string; userAgent?: string; now: Date };

const throttle = new LoginThrottle();
const BAD_LOGIN = () => new AppError(401, 'invalid_credentials', 'The account or password is not right.');

function duplicateAccount(): AppError {
  return new AppError(
    409,
    'account_exists',
    'An account with this mobile number or e-mail already exists. Sign in instead.',
  );
}

export async function signup(body: SignupBody, meta: RequestMeta) {
  assertAcceptablePassword(body.password, [body.phone ?? '', body.email?.split('@')[0] ?? '', body.name]);
  const existing = await User.exists(body.phone ? { phone: body.phone } : { email: body.email });
  if (existing) throw duplicateAccount();
  const user = await User.create({
    phone: body.phone,
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    roles: ['consumer'],
    consent: { privacyNoticeVersion: body.consent.privacyNoticeVersion, acceptedAt: meta.now },
  }).catch((error: { code?: number }) => {
    throw error.code === 11000 ? duplicateAccount() : error;
  });
  const session = await createSession(user._id, ['consumer'], meta);
  return { user: user.toObject() as UserDoc, session };
}

export async function login(body: LoginBody, meta: RequestMeta) {
  const account = body.login.toLowerCase();
  const keys = { account, ip: meta.ip };
  try {
    throttle.attempt(keys, meta.now.getTime());
  } catch (error) {
    await audit({
      actor: null,
      action: 'auth.login',
      target: account,
      outcome: 'throttled',
      ip: meta.ip,
      at: meta.now,
    });
    throw error;
  }
  const user = await User.findOne(account.includes('@') ? { email: account } : { phone: account }).lean();
  const ok = user
    ? await verifyPassword(user.passwordHash, body.password)
    : (await burnVerification(body.password), false);
  if (!user || !ok) {
    await audit({ actor: null, action: 'auth.login', target: account, outcome: 'failed', ip: meta.ip, at: meta.now });
    throw BAD_LOGIN();
  }
  throttle.succeed(keys);
  const session = await createSession(user._id, user.roles as Role[], meta);
  await audit({ actor: { userId: String(user._id) }, action: 'auth.login', outcome: 'ok', ip: meta.ip, at: meta.now });
  return { user: user as UserDoc, session };
}

export async function currentUser(principal: Principal): Promise<UserDoc> {
  const user = await User.findById(principal.userId).lean();
  if (!user) throw notFound('Your account');
  return user as UserDoc;
}

export async function updateProfile(principal: Principal, body: z.infer<typeof ProfileUpdateBodySchema>) {
  const set: Record<string, unknown> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.locale !== undefined) set.locale = body.locale;
  if (body.employer !== undefined) set['profile.employer'] = body.employer;
  if (body.idNumber !== undefined) set['profile.idNumber'] = body.idNumber || undefined;
  await User.updateOne({ _id: principal.userId }, { $set: set });
  return currentUser(principal);
}

/** Ends every session of the user, this one too: the client signs in again with the new password. */
export async function changePassword(principal: Principal, current: string, next: string, meta: RequestMeta) {
  const user = await currentUser(principal);
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw new AppError(422, 'wrong_password', 'The current password is not right.', { field: 'currentPassword' });
  }
  assertAcceptablePassword(next, [user.phone ?? '', user.name]);
  await User.updateOne(
    { _id: user._id },
    { $set: { passwordHash: await hashPassword(next), passwordChangedAt: meta.now } },
  );
  await audit({ actor: principal, action: 'auth.password_changed', outcome: 'ok', ip: meta.ip, at: meta.now });
  return endAllSessions(principal.userId);
}

export async function createStaff(actor: Principal, body: z.infer<typeof CreateStaffBodySchema>, meta: RequestMeta) {
  assertAcceptablePassword(body.password, [body.name]);
  const user = await User.create({
    phone: body.phone,
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    roles: body.roles,
    consent: { privacyNoticeVersion: 'staff', acceptedAt: meta.now },
  }).catch((error: { code?: number }) => {
    throw error.code === 11000 ? duplicateAccount() : error;
  });
  await audit({
    actor,
    action: 'users.create',
    target: String(user._id),
    outcome: 'ok',
    ip: meta.ip,
    at: meta.now,
    details: { roles: body.roles },
  });
  return user.toObject() as UserDoc;
}

/** A staff member sees a full number only by asking for it, and every such reveal is audited. */
export async function revealContact(actor: Principal, userId: string, meta: RequestMeta) {
  const user = await User.findById(userId, { phone: 1, email: 1 }).lean();
  if (!user) throw notFound('The user');
  await audit({ actor, action: 'users.reveal_contact', target: userId, outcome: 'ok', ip: meta.ip, at: meta.now });
  return { phone: user.phone ?? undefined, email: user.email ?? undefined };
}
