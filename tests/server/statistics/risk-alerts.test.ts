import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatisticsEvents } from '@shared/statistics/events.js';
import { ProductRiskSchema, RiskAlertSchema } from '@shared/statistics/schemas.js';
import { domainEventsOf } from '../../../server/src/domain-events.js';
import { RiskAlertModel } from '../../../server/src/statistics/models.js';
import { checkProductRisk } from '../../../server/src/statistics/risk-alerts.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import {
  complaint,
  connect,
  file,
  newConsumer,
  pause,
  record,
  waitFor,
  type Caller,
  type Json,
} from '../disputes/support.js';
import { local, staff } from './support.js';

/** The olive oil, lot F011413: no demo complaints name it. */
const OLIVE_OIL = { gtin: '8403002276886', gtin14: '08403002276886', lot: 'F011413' };
const aboutOliveOil = (lot = OLIVE_OIL.lot) =>
  complaint({ respondent: { merchantId: 'm-silkroad' }, category: 'quality', product: { gtin: OLIVE_OIL.gtin, lot } });

let t: TestApp;
let officer: Caller;
let mediator: Caller;
const sockets: Socket[] = [];
const seen: Record<'officer' | 'admin' | 'mediator' | 'consumer', Json[]> = {
  officer: [],
  admin: [],
  mediator: [],
  consumer: [],
};
let officerSocket: Socket;

beforeAll(async () => {
  t = await startTestApp({ now: local('2026-11-23T09:00') });
  officer = await staff(t, 'officer@lugang.example');
  mediator = await staff(t, 'mediator@lugang.example');
  const people = {
    officer,
    admin: await staff(t, 'admin@lugang.example'),
    mediator,
    consumer: await newConsumer(t),
  };
  for (const [who, caller] of Object.entries(people) as [keyof typeof seen, Caller][]) {
    const socket = await connect(caller);
    sockets.push(socket);
    seen[who] = record(socket, StatisticsEvents.riskAlert);
    if (who === 'officer') officerSocket = socket;
  }
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await t?.close();
});

const consumers = (n: number) => Promise.all(Array.from({ length: n }, () => newConsumer(t)));

describe('product risk alerts', () => {
  it('raises one product and one batch alert for concurrent complaints, live to officers and admins only', async () => {
    const filers = await consumers(4);
    const batchAlert = waitFor(officerSocket, StatisticsEvents.riskAlert, (a: Json) => a.scope === 'batch');
    const productAlert = waitFor(officerSocket, StatisticsEvents.riskAlert, (a: Json) => a.scope === 'product');
    const filed = await Promise.all(filers.map((c) => file(c, aboutOliveOil())));
    expect(filed.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const numbers = filed.map((r) => r.body.caseNumber as string);

    const [batch, product] = await Promise.all([batchAlert, productAlert]);
    expect(batch).toMatchObject({
      scope: 'batch',
      gtin: OLIVE_OIL.gtin14,
      lot: OLIVE_OIL.lot,
      productName: '特级初榨橄榄油 1升', // pushed in the park's language
      threshold: 2,
      raisedAt: local('2026-11-23T09:00').toISOString(),
    });
    expect(product).toMatchObject({ scope: 'product', gtin: OLIVE_OIL.gtin14, lot: null, threshold: 3 });
    for (const alert of [batch, product]) {
      expect(RiskAlertSchema.safeParse(alert).error).toBeUndefined();
      expect(alert.complaints).toBeGreaterThanOrEqual(alert.threshold);
      expect(alert.caseNumbers).toHaveLength(alert.complaints);
      for (const n of alert.caseNumbers) expect(numbers).toContain(n);
    }

    await pause(300); // anything more would have arrived by now
    expect(seen.officer.map((a) => a.scope).sort()).toEqual(['batch', 'product']);
    expect(seen.admin.map((a) => a.id).sort()).toEqual([batch.id, product.id].sort());
    expect(seen.mediator).toEqual([]);
    expect(seen.consumer).toEqual([]);
  });

  it('lists the alerts for officers and flags the product for staff, newest first', async () => {
    const alerts = (await officer.get('/api/risk/alerts')).body as Json[];
    expect(alerts.map((a) => a.scope).sort()).toEqual(['batch', 'product']);
    expect(alerts.map((a) => a.id).sort()).toEqual(seen.officer.map((a) => a.id).sort());

    const risk = await mediator.get(`/api/products/${OLIVE_OIL.gtin14}/risk`);
    expect(risk.status).toBe(200);
    expect(risk.body).toMatchObject({ gtin: OLIVE_OIL.gtin14, flagged: true });
    expect(ProductRiskSchema.safeParse(risk.body).error).toBeUndefined();
    expect(risk.body.alerts.map((a: Json) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());

    const honey = await mediator.get('/api/products/09401734382683/risk');
    expect(honey.body).toEqual({ gtin: '09401734382683', flagged: false, alerts: [] });
  });

  it('does not raise the same alert again within 30 days', async () => {
    const [late] = await consumers(1);
    expect((await file(late!, aboutOliveOil())).status).toBe(201);
    await pause(300);
    expect(seen.officer).toHaveLength(2);
    expect((await officer.get('/api/risk/alerts')).body).toHaveLength(2);
  });

  it('raises a new batch alert once the window has moved past the first one', async () => {
    t.clock.now = local('2026-12-24T09:00'); // 31 days later: the five earlier complaints are out of the window
    officer = await staff(t, 'officer@lugang.example');
    const [a, b] = await consumers(2);
    const next = waitFor(officerSocket, StatisticsEvents.riskAlert);
    expect((await file(a!, aboutOliveOil())).status).toBe(201);
    expect((await file(b!, aboutOliveOil())).status).toBe(201);
    const alert = await next;
    // Two complaints in the window: the batch threshold, not yet the product's.
    expect(alert).toMatchObject({ scope: 'batch', lot: OLIVE_OIL.lot, complaints: 2 });
    await pause(300);
    expect(seen.officer).toHaveLength(3);
    // The earlier two are more than 30 days old now: only the new one is listed.
    expect((await officer.get('/api/risk/alerts')).body.map((x: Json) => x.id)).toEqual([alert.id]);
  });

  it('lets exactly one of many concurrent checks of the same filing raise the alert (unique index)', async () => {
    const honey = complaint({
      respondent: { merchantId: 'm-pacific' },
      product: { gtin: '9401734382683', lot: 'E017289' },
    });
    const [a, b] = await consumers(2);
    const first = await file(a!, honey);
    await file(b!, honey); // the second complaint about the batch raises its alert
    const raised = await RiskAlertModel.find({ gtin: '09401734382683' }).lean();
    expect(raised.map((r) => r.scope)).toEqual(['batch']);
    await RiskAlertModel.deleteMany({ gtin: '09401734382683' });

    const filing = {
      caseId: first.body.id,
      caseNumber: first.body.caseNumber,
      filedAt: t.clock.now,
      product: { gtin: '09401734382683', lot: 'E017289' },
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => checkProductRisk(t.ctx, filing)));
    expect(results.flat()).toHaveLength(1);
    expect(await RiskAlertModel.countDocuments({ gtin: '09401734382683' })).toBe(1);
  });

  it('files the complaint even when a listener of filings fails', async () => {
    domainEventsOf(t.ctx).on('case.filed', () => {
      throw new Error('a broken listener');
    });
    const [c] = await consumers(1);
    expect((await file(c!, aboutOliveOil('F999999'))).status).toBe(201);
  });
});
