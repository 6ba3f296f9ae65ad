import type { FilingInput } from '@shared/disputes/filing.js';
import type { Role } from '@shared/accounts/roles.js';
import { createSession, SESSION_COOKIE } from '../../../server/src/accounts/sessions.js';
import { User } from '../../../server/src/accounts/user.model.js';
import type { TestApp } from '../../support/test-app.js';
import { Caller, complaint, fileOk } from '../disputes/support.js';

/**
 * A demo staff member signed in at the app's current time. Staff sessions end after 30 idle minutes,
 * and these tests move the clock by days: each step signs in afresh (straight in the database).
 */
export async function staff(t: TestApp, email: string): Promise<Caller> {
  const user = await User.findOne({ email }, { roles: 1 }).lean();
  if (!user) throw new Error(`no demo account ${email}`);
  const { sid } = await createSession(user._id, user.roles as Role[], { now: t.clock.now, ip: '127.0.0.1' });
  return new Caller(t, `${SESSION_COOKIE}=${sid}`, String(user._id));
}

/** An instant given as local time in Datong (Asia/Shanghai), e.g. `2026-11-23T09:00`. */
export const local = (time: string) => new Date(`${time}:00+08:00`);

/** Runs `act` with the app's clock at `time`. */
export async function atTime<T>(t: TestApp, time: string, act: () => Promise<T>): Promise<T> {
  t.clock.now = local(time);
  return act();
}

type Step = { at: string; body: Record<string, unknown> };

/**
 * Files a complaint at `filedAt` as `consumer`, then has the demo mediator claim it at the first step's time
 * and take each step at its time. Fails the test when any step is refused.
 */
export async function complaintWithHistory(
  t: TestApp,
  consumer: Caller,
  filedAt: string,
  overrides: Partial<FilingInput>,
  steps: Step[] = [],
): Promise<{ id: string; caseNumber: string }> {
  const filed = await atTime(t, filedAt, () => fileOk(consumer, complaint(overrides)));
  for (const [i, step] of steps.entries()) {
    t.clock.now = local(step.at);
    const mediator = await staff(t, 'mediator@lugang.example');
    if (i === 0) {
      const claim = await mediator.post(`/api/disputes/${filed.id}/claim`);
      if (claim.status !== 200) throw new Error(`claim: ${claim.status} ${JSON.stringify(claim.body)}`);
    }
    const res = await mediator.post(`/api/disputes/${filed.id}/events`, step.body);
    if (res.status !== 201) throw new Error(`${String(step.body.type)}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return filed;
}

export const accept = (at: string): Step => ({ at, body: { type: 'accepted' } });
export const respond = (at: string, respondedOn: string): Step => ({
  at,
  body: { type: 'merchant_response', channel: 'phone', summary: '商家已电话答复。', respondedOn },
});
export const settle = (at: string, amount: number): Step => ({
  at,
  body: { type: 'settled', terms: `退款 ${amount} 元`, amount },
});
export const endWithoutAgreement = (at: string): Step => ({
  at,
  body: { type: 'not_settled', reason: 'no_agreement', explanation: '双方未能达成一致。' },
});
export const close = (
  at: string,
  outcome: 'settled' | 'not_settled' | 'withdrawn',
  amount = 0,
  counterfeitFound?: boolean,
): Step => ({
  at,
  body: { type: 'closed', outcome, amount, ...(counterfeitFound === undefined ? {} : { counterfeitFound }) },
});

/** GET with a language, reading the body as bytes (fetch's text() would drop a BOM). */
export async function getRaw(caller: Caller, path: string, language = 'en') {
  const res = await fetch(`${caller.t.baseUrl}${path}`, {
    headers: { cookie: caller.cookie, 'accept-language': language },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

export async function getJson(caller: Caller, path: string, language = 'en') {
  return caller.request('GET', path, { headers: { 'accept-language': language } });
}
