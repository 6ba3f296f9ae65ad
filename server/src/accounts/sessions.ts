import { trusted } from '../db/trusted.js';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Types } from 'mongoose';
import { isStaff, type Role } from '@shared/accounts/roles.js';
import type { Principal } from '../http/policy.js';
import { Session } from './session.model.js';
import { User } from './user.model.js';

export const SESSION_COOKIE = 'lugang_sid';
const STAFF_IDLE_MS = 30 * 60_000;
const CONSUMER_IDLE_MS = 30 * 24 * 3600_000;
// Writing lastSeenAt on every request would double the cost of each call; a minute of slack is harmless.
const TOUCH_EVERY_MS = 60_000;

/**
 * Recently resolved sessions, so that a burst of requests does not read the same session each time.
 * Ending a session removes it here at once; other server instances (MongoDB scale-out) notice
 * within CACHE_MS.
 */
const CACHE_MS = 15_000;
const cache = new Map<string, { principal: Principal; lastSeenAt: number; idleTimeoutMs: number; cachedAt: number }>();

const hashId = (sid: string) => createHash('sha256').update(sid).digest('base64url');

export function readSessionCookie(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined; // a garbled cookie is no session, not an error
    }
  }
  return undefined;
}

export function idleTimeoutFor(roles: readonly Role[]): number {
  return isStaff(roles) ? STAFF_IDLE_MS : CONSUMER_IDLE_MS;
}

export async function createSession(
  userId: Types.ObjectId,
  roles: Role[],
  meta: { ip?: string; userAgent?: string; now: Date },
): Promise<{ sid: string; maxAgeMs: number }> {
  const sid = randomBytes(32).toString('base64url');
  const idleTimeoutMs = idleTimeoutFor(roles);
  await Session.create({
    _id: hashId(sid),
    userId,
    createdAt: meta.now,
    lastSeenAt: meta.now,
    idleTimeoutMs,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 200),
  });
  return { sid, maxAgeMs: idleTimeoutMs };
}

/** The principal for a cookie's session id, or null when it is unknown, ended or idle too long. */
export async function resolveSession(sid: string | undefined, now: Date): Promise<Principal | null> {
  if (!sid || sid.length > 100) return null;
  const id = hashId(sid);
  const cached = cache.get(id);
  if (
    cached &&
    now.getTime() - cached.cachedAt < CACHE_MS &&
    now.getTime() - cached.lastSeenAt <= cached.idleTimeoutMs
  ) {
    if (now.getTime() - cached.lastSeenAt > TOUCH_EVERY_MS) {
      cached.lastSeenAt = now.getTime();
      await Session.updateOne({ _id: id }, { $set: { lastSeenAt: now } });
    }
    return cached.principal;
  }
  cache.delete(id);
  const session = await Session.findById(id).lean();
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > session.idleTimeoutMs) {
    await Session.deleteOne({ _id: id });
    return null;
  }
  const user = await User.findById(session.userId, { roles: 1 }).lean();
  if (!user) return null;
  let lastSeenAt = session.lastSeenAt.getTime();
  if (now.getTime() - lastSeenAt > TOUCH_EVERY_MS) {
    lastSeenAt = now.getTime();
    await Session.updateOne({ _id: id }, { $set: { lastSeenAt: now } });
  }
  const principal: Principal = { userId: String(session.userId), roles: user.roles as Role[], sessionId: id };
  if (cache.size > 10_000) cache.clear();
  cache.set(id, { principal, lastSeenAt, idleTimeoutMs: session.idleTimeoutMs, cachedAt: now.getTime() });
  return principal;
}

export async function endSession(sessionId: string): Promise<void> {
  cache.delete(sessionId);
  await Session.deleteOne({ _id: sessionId });
}

/** Returns the ids of the ended sessions, so their sockets can be disconnected too. */
export async function endAllSessions(userId: string, exceptSessionId?: string): Promise<string[]> {
  const sessions = await Session.find({ userId }, { _id: 1 }).lean();
  const ids = sessions.map((s) => String(s._id)).filter((id) => id !== exceptSessionId);
  for (const id of ids) cache.delete(id);
  for (const [id, entry] of cache) if (entry.principal.userId === userId && id !== exceptSessionId) cache.delete(id);
  if (ids.length) await Session.deleteMany({ _id: trusted({ $in: ids }) });
  return ids;
}

export async function removeIdleSessions(now: Date): Promise<number> {
  // No TTL indexes on FerretDB: sweep expired sessions ourselves. Staff idle time is the shortest.
  const staffCutoff = new Date(now.getTime() - STAFF_IDLE_MS);
  const consumerCutoff = new Date(now.getTime() - CONSUMER_IDLE_MS);
  const result = await Session.deleteMany({
    $or: [
      { idleTimeoutMs: STAFF_IDLE_MS, lastSeenAt: trusted({ $lt: staffCutoff }) },
      { lastSeenAt: trusted({ $lt: consumerCutoff }) },
    ],
  });
  return result.deletedCount;
}
