import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { createSession, SESSION_COOKIE } from '../../../server/src/accounts/sessions.js';
import { User } from '../../../server/src/accounts/user.model.js';

/** Many trainees at once, made straight in the database: hashing 500 passwords would test argon2, not us. */
export async function makeTrainees(count: number, now: Date): Promise<{ userId: string; cookie: string }[]> {
  const docs = Array.from({ length: count }, (_, i) => ({
    _id: new Types.ObjectId(),
    phone: `139${String(i).padStart(8, '0')}`,
    name: `学员${i}`,
    passwordHash: 'not-a-login-account',
    roles: ['consumer'],
    consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: now },
  }));
  await User.insertMany(docs);
  const trainees = [];
  for (const doc of docs) {
    const { sid } = await createSession(doc._id, ['consumer'], { now, ip: '127.0.0.1' });
    trainees.push({ userId: String(doc._id), cookie: `${SESSION_COOKIE}=${sid}` });
  }
  return trainees;
}

export function registerFor(baseUrl: string, code: string, cookie: string, key: string = randomUUID(), body: unknown = {}) {
  return fetch(`${baseUrl}/api/courses/${code}/registrations`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

export async function createCourse(baseUrl: string, adminCookie: string, code: string, capacity: number, closesAt: Date) {
  const startsAt = new Date(closesAt.getTime() + 2 * 24 * 3600_000);
  const res = await fetch(`${baseUrl}/api/courses`, {
    method: 'POST',
    headers: { cookie: adminCookie, origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      title: { 'zh-CN': `测试课程 ${code}`, 'zh-TW': `測試課程 ${code}`, en: `Test course ${code}` },
      category: 'operations',
      venue: '大同国际陆港跨境电商双创中心',
      county: '平城区',
      capacity,
      feeCny: 0,
      subsidyEligible: true,
      registrationClosesAt: closesAt.toISOString(),
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 6 * 3600_000).toISOString() }],
    }),
  });
  if (res.status !== 201) throw new Error(`course not created: ${res.status} ${await res.text()}`);
}

export async function staffCookie(baseUrl: string, login: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'Lugang-demo-2026' }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login failed for ${login}: ${res.status}`);
  return cookie;
}
