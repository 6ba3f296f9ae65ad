import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../server/src/accounts/sessions.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Caller, complaint, declare, file, jpeg, signIn } from './support.js';

const PASSWORD = 'Quiet-lantern-river-47';
let t: TestApp;
let mediator: Caller;
beforeAll(async () => {
  t = await startTestApp();
  mediator = await signIn(t, 'mediator@lugang.example');
});
afterAll(() => t?.close());

/** A real account (signed up with a password), so that it can delete itself. */
async function signUp(): Promise<Caller> {
  const phone = `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  const res = await fetch(`${t.baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { origin: t.baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({
      phone,
      name: '周注销',
      password: PASSWORD,
      consent: { privacyNoticeVersion: '2026-11-01' },
    }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (res.status !== 201 || !cookie) throw new Error(`signup failed: ${res.status}`);
  return new Caller(t, cookie, (await res.json()).id);
}

async function caseWithHistory(consumer: Caller) {
  const photo = await jpeg();
  const filed = await file(
    consumer,
    complaint({
      complainant: { name: '周注销', phone: '13912345678', address: '山西省大同市云冈区某街 8 号' },
      evidence: [declare(photo)],
    }),
  );
  const id = filed.body.id as string;
  await consumer.put(filed.body.evidenceUploads[0].url, photo);
  await mediator.post(`/api/disputes/${id}/claim`);
  await mediator.post(`/api/disputes/${id}/events`, {
    type: 'internal_note',
    clientMessageId: 'pd-note-1',
    text: '内部备注：只给调解员看',
  });
  await consumer.post(`/api/disputes/${id}/events`, {
    type: 'message',
    clientMessageId: 'pd-msg-1',
    text: '请尽快处理。',
  });
  return { id, photoUrl: filed.body.evidenceUploads[0].url as string };
}

describe('personal data', () => {
  it('exports the complainant’s cases with their log, without internal notes', async () => {
    const consumer = await signUp();
    const { id } = await caseWithHistory(consumer);
    const exported = (await consumer.get('/api/me/export')).body;
    const [mine] = exported.disputes;
    expect(mine).toMatchObject({ id, complainant: { name: '周注销', phone: '13912345678' }, photos: [{ width: 320 }] });
    expect(mine.events.map((e: { type: string }) => e.type)).toEqual(['filed', 'evidence_added', 'claimed', 'message']);
    expect(JSON.stringify(exported)).not.toContain('内部备注');
  });

  it('on erasure keeps the case for the regulator but removes the complainant’s details, photos and name', async () => {
    const consumer = await signUp();
    const { id, photoUrl } = await caseWithHistory(consumer);
    const deleted = await consumer.request('DELETE', '/api/me', { json: { password: PASSWORD } });
    expect(deleted.status).toBe(204);

    const view = await mediator.get(`/api/disputes/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.complainant).toBeNull();
    expect(view.body.evidence).toEqual([expect.objectContaining({ received: false })]);
    expect((await mediator.get(photoUrl)).status).toBe(404);
    const log = (await mediator.get(`/api/disputes/${id}/events`)).body.events;
    expect(log.find((e: { type: string }) => e.type === 'message').actor.name).toBe('已注销用户');
    expect(JSON.stringify(log)).not.toContain('周注销');
    expect((await mediator.post(`/api/disputes/${id}/complainant-contact`)).status).toBe(410);
  });
});
