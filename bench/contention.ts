import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { createSession, SESSION_COOKIE } from '../server/src/accounts/sessions.js';
import { User } from '../server/src/accounts/user.model.js';
import { percentile, round, startApp, type BenchEnv, type Row } from './harness.js';

/** 500 trainees register for a 30-seat course at the same instant. */
export async function registrationContention(env: BenchEnv, trainees = 500, capacity = 30): Promise<Row[]> {
  const now = new Date('2026-11-20T02:00:00Z');
  const app = await startApp(env, now);
  try {
    const adminLogin = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { origin: app.baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin@lugang.example', password: 'Lugang-demo-2026' }),
    });
    const admin = adminLogin.headers.get('set-cookie')?.split(';')[0] ?? '';
    const course = await fetch(`${app.baseUrl}/api/courses`, {
      method: 'POST',
      headers: { cookie: admin, origin: app.baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({
        code: 'bench-rush',
        title: { 'zh-CN': '抢报测试', 'zh-TW': '搶報測試', en: 'Rush test' },
        category: 'operations',
        venue: '大同国际陆港',
        county: '平城区',
        capacity,
        feeCny: 0,
        subsidyEligible: true,
        registrationClosesAt: '2026-12-20T01:00:00.000Z',
        sessions: [{ startsAt: '2026-12-22T01:00:00.000Z', endsAt: '2026-12-22T08:00:00.000Z' }],
      }),
    });
    if (course.status !== 201) throw new Error(`course not created: ${course.status}`);
    const cookies: string[] = [];
    const users = Array.from({ length: trainees }, (_, i) => ({
      _id: new Types.ObjectId(),
      phone: `137${String(i).padStart(8, '0')}`,
      name: `b${i}`,
      passwordHash: 'x',
      roles: ['consumer'],
      consent: { privacyNoticeVersion: '2026-11-01', acceptedAt: now },
    }));
    await User.insertMany(users);
    for (const u of users) cookies.push(`${SESSION_COOKIE}=${(await createSession(u._id, ['consumer'], { now })).sid}`);

    const latencies: number[] = [];
    const started = performance.now();
    const bodies = await Promise.all(
      cookies.map(async (cookie) => {
        const t0 = performance.now();
        const res = await fetch(`${app.baseUrl}/api/courses/bench-rush/registrations`, {
          method: 'POST',
          headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: '{}',
        });
        const body = (await res.json()) as { status?: string };
        latencies.push(performance.now() - t0);
        return body;
      }),
    );
    const wall = performance.now() - started;
    const confirmed = bodies.filter((b) => b.status === 'confirmed').length;
    const name = `registration contention (${trainees} for ${capacity} seats)`;
    return [
      {
        benchmark: name,
        metric: 'confirmed',
        value: confirmed,
        unit: 'count',
        goal: `= ${capacity}`,
        pass: confirmed === capacity,
      },
      { benchmark: name, metric: 'wall time', value: round(wall, 0), unit: 'ms' },
      { benchmark: name, metric: 'p50 latency', value: round(percentile(latencies, 50), 0), unit: 'ms' },
      { benchmark: name, metric: 'p99 latency', value: round(percentile(latencies, 99), 0), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}
