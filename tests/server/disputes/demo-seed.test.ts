import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll } from '../../../server/src/seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { signIn } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('the demo cases', () => {
  it('gives consumer 13800000001 cases waiting, in mediation and closed, and the mediators a queue', async () => {
    const consumer = await signIn(t, '13800000001');
    const mine = (await consumer.get('/api/me/disputes')).body as { status: string; caseNumber: string }[];
    expect(mine.map((c) => c.status).sort()).toEqual(['accepted', 'closed', 'filed']);
    const queue = (await (await signIn(t, 'mediator@lugang.example')).get('/api/mediation/queue')).body;
    expect(queue.items.map((i: { status: string }) => i.status).sort()).toEqual(['accepted', 'filed']);
    const waiting = queue.items.find((i: { status: string }) => i.status === 'filed');
    expect(waiting.evidence).toEqual({ expected: 1, received: 1 });
  });

  it('seeds nothing twice', async () => {
    const consumer = await signIn(t, '13800000001');
    const before = (await consumer.get('/api/me/disputes')).body;
    await seedAll(t.ctx.features, t.ctx);
    expect((await consumer.get('/api/me/disputes')).body).toEqual(before);
  });
});
