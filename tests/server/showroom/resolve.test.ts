import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GS } from '@shared/codes/index.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { CONSUMER, Client, FORMULA, OFFICER, TEST_NOW, loginAs, resolve, resolvePath, seed } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
});
afterAll(() => t.close());

describe('resolving a scanned code', () => {
  it('finds every seed product by the EAN-13 printed on its pack', async () => {
    for (const product of seed.products) {
      const res = await resolve(t, product.gtin);
      expect(res.status, product.gtin).toBe(200);
      expect(res.body.product.gtin).toBe(product.gtin.padStart(14, '0'));
      expect(res.body.product.gtin13).toBe(product.gtin);
      expect(res.body.product.name).toBe(product.name['zh-CN']);
      expect(res.body.merchant.id).toBe(product.merchantId);
      expect(res.body.lots.map((l: { lot: string }) => l.lot)).toEqual(product.batches.map((b) => b.lot));
      // An EAN-13 names no lot: no batch is guessed.
      expect(res.body.batch).toBeUndefined();
      expect(res.body.authenticity).toBeUndefined();
    }
  });

  const formulaForms: [string, string][] = [
    ['a bracketed GS1 element string', `(01)${FORMULA.gtin}(10)${FORMULA.lot}(21)${FORMULA.serial}`],
    [
      'a raw GS1 DataMatrix string with its ]d2 prefix and GS separators',
      `]d201${FORMULA.gtin}10${FORMULA.lot}${GS}21${FORMULA.serial}`,
    ],
    [
      'a GS1 Digital Link on id.gs1.org',
      `https://id.gs1.org/01/${FORMULA.gtin}/10/${FORMULA.lot}/21/${FORMULA.serial}`,
    ],
  ];
  for (const [form, code] of formulaForms) {
    it(`shows the batch with provenance and clearance for ${form}`, async () => {
      const res = await resolve(t, code);
      expect(res.status).toBe(200);
      expect(res.body.batch).toMatchObject({
        lot: FORMULA.lot,
        producedOn: '2026-08-03',
        bestBefore: '2028-01-25',
        quantity: 1200,
        regime: '1210',
      });
      expect(res.body.provenance).toHaveLength(6);
      expect(res.body.provenance[0]).toMatchObject({ event: '出厂', place: 'Melbourne' });
      expect(res.body.clearance.map((e: { code: number }) => e.code)).toEqual([1, 2, 3, 120, 399, 800, 899]);
      expect(res.body.clearance.at(-1)).toMatchObject({ code: 899, label: '结关' });
      expect(res.body.state).toEqual({ phase: 'released', text: '已于9月9日结关' });
      expect(res.body.inspection).toEqual({ result: '合格', certificateNo: 'SX5422523037' });
      expect(res.body.merchant).toEqual({ id: 'm-tasman', name: '陆港优选母婴进口店', booth: 'A-101' });
      expect(res.body.serial).toBe(FORMULA.serial);
      // A known serial without a signature: issued, but not proven.
      expect(res.body.authenticity).toBe('unsigned');
    });
  }

  it('reads a Digital Link on our own host, as printed labels carry it', async () => {
    const res = await resolve(t, `${t.baseUrl}/01/${FORMULA.gtin}/10/${FORMULA.lot}`);
    expect(res.status).toBe(200);
    expect(res.body.scanned).toEqual({ kind: 'digital-link', gtin: FORMULA.gtin, lot: FORMULA.lot });
    expect(res.body.batch.lot).toBe(FORMULA.lot);
  });

  it('shows a batch under customs inspection as in progress', async () => {
    const res = await resolve(t, '(01)08403002276886(10)F011413', { language: 'en' });
    expect(res.body.state).toEqual({ phase: 'in_progress', text: 'Under customs inspection since 3 Oct' });
    expect(res.body.inspection).toEqual({ result: 'Awaiting inspection', certificateNo: null });
  });
});

describe('codes that cannot be resolved', () => {
  const invalid: [string, string, string][] = [
    ['a wrong check digit', '9304967152416', 'check_digit'],
    ['text that is not a product code', 'hello world', 'not_a_product_code'],
    ['an empty scan', '', 'empty'],
  ];
  for (const [what, code, reason] of invalid) {
    it(`answers 422 invalid_code with the reason for ${what}`, async () => {
      const res = await resolve(t, code);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('invalid_code');
      expect(res.body.error.details.reason).toBe(reason);
      expect(res.body.error.message).toMatch(/\w/);
    });
  }

  it('answers 404 for a valid GTIN that no merchant sells here', async () => {
    const res = await resolve(t, '4006381333931');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('unknown_product');
  });

  it('shows the product without a batch, and says so, for a lot it does not have', async () => {
    const res = await resolve(t, `(01)${FORMULA.gtin}(10)ZZZ999`);
    expect(res.status).toBe(200);
    expect(res.body.product.gtin).toBe(FORMULA.gtin);
    expect(res.body.batch).toBeUndefined();
    expect(res.body.unknownLot).toBe('ZZZ999');
    expect(res.body.clearance).toEqual([]);
    expect(res.body.lots).toHaveLength(2);
  });
});

describe('declaration numbers', () => {
  const code = `(01)${FORMULA.gtin}(10)${FORMULA.lot}`;

  it('are masked for anonymous shoppers', async () => {
    expect((await resolve(t, code)).body.declarationNo).toBe('4684********722');
  });

  it('are masked for signed-in consumers', async () => {
    const consumer = await loginAs(t, CONSUMER);
    expect((await resolve(t, code, { client: consumer })).body.declarationNo).toBe('4684********722');
  });

  it('are shown in full to customs officers', async () => {
    const officer = await loginAs(t, OFFICER);
    expect((await resolve(t, code, { client: officer })).body.declarationNo).toBe('468420261899722');
  });
});

describe('language', () => {
  const code = `(01)${FORMULA.gtin}(10)${FORMULA.lot}`;

  it('speaks simplified Chinese when the browser asks for nothing we have', async () => {
    const res = await resolve(t, code, { language: 'fr-FR,de;q=0.8' });
    expect(res.body.locale).toBe('zh-CN');
    expect(res.body.product.originCountryName).toBe('澳大利亚');
  });

  it('speaks traditional Chinese to zh-TW and zh-Hant browsers', async () => {
    for (const language of ['zh-TW', 'zh-Hant-HK,en;q=0.5']) {
      const res = await resolve(t, code, { language });
      expect(res.body.locale).toBe('zh-TW');
      expect(res.body.product.name).toBe('嬰幼兒配方奶粉 2段 900克');
      expect(res.body.clearance.at(-1).label).toBe('結關');
      expect(res.body.state.text).toBe('已於9月9日結關');
    }
  });

  it('speaks English to an English browser, plain words included', async () => {
    const res = await resolve(t, code, { language: 'en-GB,en;q=0.9,zh;q=0.3' });
    expect(res.body.locale).toBe('en');
    expect(res.body.product.name).toBe('Infant formula stage 2, 900 g');
    expect(res.body.product.originCountryName).toBe('Australia');
    expect(res.body.merchant.name).toBe('Lugang Select Mother & Baby Imports');
    expect(res.body.clearance[5]).toMatchObject({ code: 800, label: 'Released' });
    expect(res.body.state.text).toBe('Customs clearance completed on 9 Sept');
    expect(res.body.provenance[0]).toMatchObject({ event: 'Left the factory', place: 'Melbourne' });
  });

  it('lets ?lang= override the header (the app may differ from the browser)', async () => {
    const res = await new Client(t.baseUrl).get(resolvePath(code, 'en'), { headers: { 'accept-language': 'zh-TW' } });
    expect(res.body.locale).toBe('en');
  });
});

describe('the answer over the wire', () => {
  /** The raw bytes and headers, without a client that decompresses on its own. */
  function rawGet(path: string, acceptEncoding?: string) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolveReply, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      get(`${t.baseUrl}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolveReply({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    });
  }

  it('is the same JSON in brotli, gzip or uncompressed, as the client accepts, again when answered from memory', async () => {
    const path = resolvePath(`(01)${FORMULA.gtin}(10)${FORMULA.lot}`, 'en');
    const plain = await rawGet(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString('utf8'));
    expect(json.product.gtin).toBe(FORMULA.gtin.padStart(14, '0'));
    for (let round = 0; round < 2; round++) {
      const br = await rawGet(path, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
      const gzip = await rawGet(path, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(json);
      expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect((await rawGet(path, 'identity')).body.equals(plain.body)).toBe(true);
  });
});
