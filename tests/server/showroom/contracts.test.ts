import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BatchClearanceSchema,
  CatalogueSyncSchema,
  LabelKeysSchema,
  MerchantDetailSchema,
  MerchantSchema,
  ResolvedScanSchema,
} from '@shared/showroom/schemas.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, FORMULA, OFFICER, TEST_NOW, loginAs, resolve, signedLabel } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
});
afterAll(() => t.close());

/** The body parses with the shared schema and carries nothing more (no internal fields leak out). */
function expectExactly(schema: z.core.$ZodType, body: unknown) {
  expect(z.parse(schema, body)).toEqual(body);
}

describe('answers match the shared schemas the PWA parses them with', () => {
  it('for scans of every kind', async () => {
    const codes = [
      FORMULA.gtin13,
      `(01)${FORMULA.gtin}(10)${FORMULA.lot}(21)${FORMULA.serial}`,
      `(01)${FORMULA.gtin}(10)NOPE`,
      signedLabel(t, { gtin: FORMULA.gtin, lot: FORMULA.lot, serial: FORMULA.serial }),
    ];
    for (const code of codes) expectExactly(ResolvedScanSchema, (await resolve(t, code)).body);
  });

  it('for the catalogue, the park guide and the label keys', async () => {
    const anyone = new Client(t.baseUrl);
    expectExactly(CatalogueSyncSchema, (await anyone.get('/api/catalogue/sync')).body);
    for (const merchant of (await anyone.get('/api/merchants')).body) expectExactly(MerchantSchema, merchant);
    expectExactly(MerchantDetailSchema, (await anyone.get('/api/merchants/m-tasman')).body);
    expectExactly(LabelKeysSchema, (await anyone.get('/api/labels/keys')).body);
  });

  it("for an officer's status change", async () => {
    const officer = await loginAs(t, OFFICER);
    const res = await officer.post(`/api/batches/${FORMULA.gtin}/${FORMULA.lot}/clearance`, { code: 500 });
    expectExactly(BatchClearanceSchema, res.body);
  });
});
