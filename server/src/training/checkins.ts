import { trusted } from '../db/trusted.js';
import { signCheckinToken, verifyCheckinToken } from '@shared/training/checkin.js';
import type { CheckinResult } from '@shared/training/schemas.js';
import type { AppContext } from '../feature.js';
import { loadOrCreateSigningKey, type SigningKey } from '../crypto/signing-keys.js';
import { toCsv } from '../http/csv.js';
import type { Principal } from '../http/policy.js';
import { User } from '../accounts/user.model.js';
import { Checkin, Course, Registration } from './models.js';

let key: SigningKey | undefined;
export function checkinKey(ctx: AppContext): SigningKey {
  key ??= loadOrCreateSigningKey(ctx.config.dataDir, 'checkin-signing', 'ci', ctx.now());
  return key;
}

/** One signed token per session; Ed25519 is deterministic, so the QR stays the same across visits. */
export function tokensFor(
  ctx: AppContext,
  registration: { id: string; course: string; name: string },
  sessionIds: string[],
) {
  const k = checkinKey(ctx);
  return sessionIds.map((s) => ({
    sessionId: s,
    token: signCheckinToken(
      { v: 1, kid: k.kid, r: registration.id, c: registration.course, s, n: registration.name },
      k.secretKey,
    ),
  }));
}

/** Check-ins scanned offline arrive late and maybe twice (two trainers' phones): the unique index merges them. */
export async function recordCheckins(
  ctx: AppContext,
  principal: Principal,
  items: { token: string; scannedAt: string }[],
): Promise<CheckinResult[]> {
  const k = checkinKey(ctx);
  const results: CheckinResult[] = [];
  for (const item of items) {
    const verdict = verifyCheckinToken(item.token, { [k.kid]: k.publicKey });
    if (!verdict.ok) {
      results.push({ token: item.token, outcome: 'invalid' });
      continue;
    }
    const { r, c, s, n } = verdict.payload;
    const registration = await Registration.findOne({ _id: r, course: c, status: 'confirmed' }, { userId: 1 }).lean();
    if (!registration) {
      results.push({ token: item.token, outcome: 'not_registered', name: n, sessionId: s });
      continue;
    }
    try {
      await Checkin.create({
        registrationId: r,
        course: c,
        sessionId: s,
        userId: registration.userId,
        checkedInAt: new Date(item.scannedAt),
        recordedBy: principal.userId,
      });
      results.push({ token: item.token, outcome: 'recorded', name: n, sessionId: s });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // Keep the earliest scan time of the duplicates.
      await Checkin.updateOne({ registrationId: r, sessionId: s }, { $min: { checkedInAt: new Date(item.scannedAt) } });
      results.push({ token: item.token, outcome: 'duplicate', name: n, sessionId: s });
    }
  }
  return results;
}

export async function attendance(code: string) {
  const course = await Course.findOne({ code }, { sessions: 1 }).lean();
  if (!course) return null;
  const [checkins, confirmed] = await Promise.all([
    Checkin.find({ course: code }, { sessionId: 1 }).lean(),
    Registration.countDocuments({ course: code, status: 'confirmed' }),
  ]);
  return {
    course: code,
    sessions: course.sessions.map((s) => ({
      id: s.id ?? '',
      startsAt: (s.startsAt ?? new Date(0)).toISOString(),
      present: checkins.filter((c) => c.sessionId === s.id).length,
      confirmed,
    })),
  };
}

export async function rosterCsv(code: string): Promise<string | null> {
  const course = await Course.findOne({ code }, { sessions: 1 }).lean();
  if (!course) return null;
  const registrations = await Registration.find({ course: code }).sort({ status: 1, seat: 1, arrival: 1 }).lean();
  const users = await User.find(
    { _id: trusted({ $in: registrations.map((r) => r.userId) }) },
    { name: 1, phone: 1, profile: 1 },
  ).lean();
  const checkins = await Checkin.find({ course: code }).lean();
  const userById = new Map(users.map((u) => [String(u._id), u]));
  const sessionIds = course.sessions.map((s) => s.id ?? '');
  const header = ['seat', 'status', 'name', 'phone', 'employer', ...sessionIds.map((s) => `present_${s}`)];
  const rows = registrations.map((r) => {
    const user = userById.get(String(r.userId));
    const present = sessionIds.map((s) =>
      checkins.some((c) => String(c.registrationId) === String(r._id) && c.sessionId === s) ? 'yes' : '',
    );
    return [r.seat ?? '', r.status, user?.name ?? '', user?.phone ?? '', user?.profile?.employer ?? '', ...present];
  });
  return toCsv([header, ...rows]);
}
