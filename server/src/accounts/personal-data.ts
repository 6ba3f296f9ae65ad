import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { audit } from './audit.js';
import { verifyPassword } from './passwords.js';
import { endAllSessions } from './sessions.js';
import { Session } from './session.model.js';
import { User } from './user.model.js';
import { toMe } from './views.js';
import type { RequestMeta } from './service.js';
import type { UserDoc } from './user.model.js';

export async function exportPersonalData(ctx: AppContext, principal: Principal) {
  const user = await User.findById(principal.userId).lean();
  if (!user) throw new AppError(404, 'not_found', 'Your account was not found.');
  const sessions = await Session.find(
    { userId: principal.userId },
    { createdAt: 1, lastSeenAt: 1, ip: 1, userAgent: 1 },
  ).lean();
  const features: Record<string, unknown> = {};
  for (const feature of ctx.features) {
    if (feature.personalData) features[feature.name] = await feature.personalData.export(principal.userId, ctx);
  }
  return {
    exportedAt: ctx.now().toISOString(),
    account: toMe(user as UserDoc),
    sessions: sessions.map(({ createdAt, lastSeenAt, ip, userAgent }) => ({ createdAt, lastSeenAt, ip, userAgent })),
    ...features,
  };
}

/** Erases the account and asks every feature to erase or anonymise what it holds of the user. */
export async function deleteAccount(
  ctx: AppContext,
  principal: Principal,
  password: string,
  meta: RequestMeta,
): Promise<string[]> {
  const user = await User.findById(principal.userId).lean();
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError(422, 'wrong_password', 'The password is not right.', { field: 'password' });
  }
  for (const feature of ctx.features) await feature.personalData?.erase(principal.userId, ctx);
  const ended = await endAllSessions(principal.userId);
  await User.deleteOne({ _id: principal.userId });
  await audit({
    actor: principal,
    action: 'accounts.deleted',
    target: principal.userId,
    outcome: 'ok',
    ip: meta.ip,
    at: meta.now,
  });
  return ended;
}
