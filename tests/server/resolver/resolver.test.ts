import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDigitalLink } from '@shared/codes/index.js';
import { showroomOf } from '../../../server/src/showroom/showroom.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { FORMULA, GS1, LinksetSchema, TEST_NOW, get, parseLinkHeader, type Linkset } from './support.js';

let t: TestApp;
const { gtin, gtin13, lot, serial } = FORMULA;
/** A valid GTIN-12 (UPC-A) and GTIN-8 (EAN-8); the test copies the formula under their 14-digit forms. */
const UPC = '036000291452';
const EAN8 = '96385074';

beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
  const snapshot = await showroomOf(t.ctx).current();
  const formula = snapshot.products.get(gtin)!;
  for (const short of [UPC, EAN8]) {
    const g14 = short.padStart(14, '0');
    snapshot.products.set(g14, { ...formula, gtin: g14 });
  }
});
afterAll(() => t.close());

const page = (path: string) => `${t.baseUrl}/showroom/products/${path}`;

describe('redirects to the product page for every Digital Link shape', () => {
  const cases: [string, string, string][] = [
    ['a product (GTIN-14)', `/01/${gtin}`, `${gtin}`],
    ['a product (GTIN-13)', `/01/${gtin13}`, `${gtin}`],
    ['a product with a trailing slash', `/01/${gtin}/`, `${gtin}`],
    ['a batch', `/01/${gtin}/10/${lot}`, `${gtin}?lot=${lot}`],
    ['an item of a batch', `/01/${gtin}/10/${lot}/21/${serial}`, `${gtin}?lot=${lot}&serial=${serial}`],
    [
      'an item of a batch, trailing slash',
      `/01/${gtin13}/10/${lot}/21/${serial}/`,
      `${gtin}?lot=${lot}&serial=${serial}`,
    ],
    ['an item without its lot', `/01/${gtin}/21/${serial}`, `${gtin}?serial=${serial}`],
    ['a GTIN-12', `/01/${UPC}`, `${UPC.padStart(14, '0')}`],
    ['a GTIN-8', `/01/${EAN8}`, `${EAN8.padStart(14, '0')}`],
    ['an unknown lot, falling back to the product', `/01/${gtin}/10/NOPE1`, `${gtin}`],
  ];
  for (const [what, path, target] of cases) {
    it(`307 for ${what}`, async () => {
      const res = await get(t, path);
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toBe(page(target));
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });
  }

  it('passes on every query parameter (sig, kid, 17) and drops linkType', async () => {
    const res = await get(
      t,
      `/01/${gtin}/10/${lot}/21/${serial}?17=281231&kid=dt-2026-1&sig=abc_-1&linkType=gs1:defaultLink`,
    );
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get('location')!);
    expect(location.pathname).toBe(`/showroom/products/${gtin}`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      lot,
      serial,
      '17': '281231',
      kid: 'dt-2026-1',
      sig: 'abc_-1',
    });
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await get(t, `/01/${gtin}/10/${lot}`, {}, 'HEAD');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(page(`${gtin}?lot=${lot}`));
    expect(res.headers.get('link')).toContain('rel="linkset"');
    expect(await res.text()).toBe('');
  });

  it('answers OPTIONS (CORS preflight) with the allowed methods and headers', async () => {
    const res = await get(
      t,
      `/01/${gtin}`,
      {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept-language',
      },
      'OPTIONS',
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Accept, Accept-Language/);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('refuses other methods with 405', async () => {
    const res = await get(t, `/01/${gtin}`, { 'content-type': 'application/json' }, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('errors are problem details, never 200', () => {
  const bad: [string, string, string][] = [
    ['a wrong check digit', `/01/09304967152416`, 'check_digit'],
    ['a GTIN of the wrong length', `/01/930496715241`, 'check_digit'],
    ['letters for a GTIN', `/01/abc`, 'not_a_product_code'],
    ['a key without value', `/01`, 'not_a_product_code'],
    ['qualifiers out of order', `/01/${gtin}/21/${serial}/10/${lot}`, 'bad_link'],
    // Three segments read as a partially compressed link (/01/{gtin}/{base64}), which "10" is not.
    ['a dangling qualifier', `/01/${gtin}/10`, 'bad_compression'],
    ['a qualifier GTINs do not have', `/01/${gtin}/99/X1`, 'bad_link'],
    ['an impossible date', `/01/${gtin}?17=281332`, 'bad_date'],
  ];
  for (const [what, path, reason] of bad) {
    it(`400 for ${what}`, async () => {
      const res = await get(t, path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = await res.json();
      expect(body).toMatchObject({
        status: 400,
        title: expect.any(String),
        detail: expect.any(String),
        type: expect.stringMatching(/^https:\/\//),
      });
      expect(typeof body.reason).toBe('string');
      if (what !== 'a GTIN of the wrong length') expect(body.reason).toBe(reason);
    });
  }

  it('uses the same reasons as /api/products/resolve', async () => {
    const path = `/01/09304967152416`;
    const api = await (
      await fetch(`${t.baseUrl}/api/products/resolve?code=${encodeURIComponent(t.baseUrl + path)}`)
    ).json();
    const resolver = await (await get(t, path)).json();
    expect(resolver.reason).toBe(api.error.details.reason);
    expect(resolver.ai).toBe(api.error.details.ai);
  });

  it('404 for an unknown GTIN', async () => {
    const res = await get(t, '/01/4006381333931');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, gtin: '04006381333931' });
  });

  it('404 for a link type we do not have, or not at this level', async () => {
    for (const path of [
      `/01/${gtin}?linkType=gs1:recipeInfo`,
      `/01/${gtin}?linkType=nonsense`,
      `/01/${gtin}?linkType=gs1:traceability`,
    ]) {
      const res = await get(t, path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).status).toBe(404);
    }
  });
});

describe('link types', () => {
  it('redirects to each link type we offer, by CURIE or by full URI', async () => {
    const base = `/01/${gtin}/10/${lot}`;
    const expectations: [string, (l: URL) => void][] = [
      // Without Accept-Language, the variant in our default language.
      ['gs1:pip', (l) => expect(l.searchParams.get('lang')).toBe('zh-CN')],
      [`${GS1}pip`, (l) => expect(l.pathname).toBe(`/showroom/products/${gtin}`)],
      ['gs1:traceability', (l) => expect(l.hash).toBe('#trace')],
      [`${GS1}certificationInfo`, (l) => expect(l.hash).toBe('#inspection')],
      ['gs1:verificationService', (l) => expect(l.pathname).toBe('/api/products/resolve')],
      ['gs1:defaultLink', (l) => expect(l.searchParams.get('lot')).toBe(lot)],
    ];
    for (const [type, check] of expectations) {
      const res = await get(t, `${base}?linkType=${encodeURIComponent(type)}`);
      expect(res.status, type).toBe(307);
      check(new URL(res.headers.get('location')!));
    }
  });

  it('has no certificate link for a batch still waiting for inspection', async () => {
    // Extra-virgin olive oil, lot F011413: 待检, no certificate.
    const res = await get(t, `/01/8403002276886/10/F011413?linkType=gs1:certificationInfo`);
    expect(res.status).toBe(404);
  });

  it('chooses the language variant by Accept-Language', async () => {
    const cases: [string, string | null][] = [
      ['zh-TW', 'zh-TW'],
      ['zh-Hant-HK,zh;q=0.8', 'zh-TW'],
      ['en-GB,en;q=0.9', 'en'],
      ['fr-FR, en;q=0.5', 'en'],
      ['zh-CN', 'zh-CN'],
      ['de-DE', null],
    ];
    for (const [header, lang] of cases) {
      const res = await get(t, `/01/${gtin}/10/${lot}`, { 'Accept-Language': header });
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get('location')!).searchParams.get('lang'), header).toBe(lang);
      expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    }
    const trace = await get(t, `/01/${gtin}/10/${lot}?linkType=gs1:traceability`, { 'Accept-Language': 'en' });
    expect(trace.headers.get('location')).toBe(page(`${gtin}?lot=${lot}&lang=en#trace`));
  });

  it('lists the links, the linkset and their attributes in the Link header', async () => {
    const res = await get(t, `/01/${gtin}/10/${lot}?17=281231`);
    const links = parseLinkHeader(res.headers.get('link'));
    const rels = links.map((l) => l.params.rel?.[0]);
    for (const type of ['pip', 'traceability', 'certificationInfo', 'verificationService', 'defaultLink']) {
      expect(rels, type).toContain(`${GS1}${type}`);
    }
    const pips = links.filter((l) => l.params.rel?.[0] === `${GS1}pip`);
    expect(pips.map((l) => l.params.hreflang)).toEqual([['zh-CN'], ['zh-TW'], ['en']]);
    expect(pips.every((l) => l.params.type?.[0] === 'text/html')).toBe(true);
    const en = pips[2]!;
    expect(en.params.title?.[0]).toBe('Product information: Infant formula stage 2, 900 g');
    expect(en.href).toBe(page(`${gtin}?lot=${lot}&17=281231&lang=en`));
    // Chinese titles as RFC 8187 title*.
    expect(decodeURIComponent(pips[0]!.params['title*']![0]!.replace(/^UTF-8''/, ''))).toMatch(/^产品信息: /);
    const linkset = links.find((l) => l.params.rel?.[0] === 'linkset')!;
    expect(linkset.params.type).toEqual(['application/linkset+json']);
    expect(linkset.href).toBe(`${t.baseUrl}/01/${gtin}/10/${lot}?17=281231&linkType=linkset`);
    expect(links.some((l) => l.params.rel?.[0] === 'owl:sameAs')).toBe(false);
  });
});

describe('linksets (RFC 9264)', () => {
  async function linkset(path: string, headers: Record<string, string> = {}): Promise<Linkset> {
    const res = await get(t, path, headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/linkset\+json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    const checked = LinksetSchema.safeParse(body);
    expect(checked.success, checked.error?.message).toBe(true);
    return body as Linkset;
  }

  it('gives the product level for a GTIN', async () => {
    const body = await linkset(`/01/${gtin13}?linkType=linkset`);
    expect(body.linkset).toHaveLength(1);
    const [product] = body.linkset;
    expect(product!.anchor).toBe(`${t.baseUrl}/01/${gtin}`);
    expect(product![`${GS1}pip`]!.map((l) => l.hreflang)).toEqual([['zh-CN'], ['zh-TW'], ['en']]);
    expect(product![`${GS1}pip`]![1]).toMatchObject({
      href: page(`${gtin}?lang=zh-TW`),
      type: 'text/html',
      title: expect.stringMatching(/^產品資訊: /),
    });
    expect(product![`${GS1}defaultLink`]).toHaveLength(1);
    expect(product![`${GS1}verificationService`]![0]!.href).toBe(
      `${t.baseUrl}/api/products/resolve?code=${encodeURIComponent(`${t.baseUrl}/01/${gtin}`)}`,
    );
    expect(product![`${GS1}traceability`]).toBeUndefined();
  });

  it('gives batch then product for a lot (linkType=all)', async () => {
    const body = await linkset(`/01/${gtin}/10/${lot}?linkType=all`);
    expect(body.linkset.map((c) => c.anchor)).toEqual([`${t.baseUrl}/01/${gtin}/10/${lot}`, `${t.baseUrl}/01/${gtin}`]);
    const [batch] = body.linkset;
    expect(batch![`${GS1}traceability`]![2]).toMatchObject({
      href: page(`${gtin}?lot=${lot}&lang=en#trace`),
      hreflang: ['en'],
    });
    expect(batch![`${GS1}certificationInfo`]![2]!.title).toContain('SX5422523037');
    expect(batch![`${GS1}certificationInfo`]![0]!.href).toBe(page(`${gtin}?lot=${lot}&lang=zh-CN#inspection`));
  });

  it('gives item, batch and product for a serial, by Accept: application/linkset+json', async () => {
    const body = await linkset(`/01/${gtin}/10/${lot}/21/${serial}?17=281231&kid=k1&sig=s1`, {
      Accept: 'application/linkset+json',
    });
    expect(body.linkset.map((c) => c.anchor)).toEqual([
      `${t.baseUrl}/01/${gtin}/10/${lot}/21/${serial}?17=281231`,
      `${t.baseUrl}/01/${gtin}/10/${lot}`,
      `${t.baseUrl}/01/${gtin}`,
    ]);
    const [item, batch] = body.linkset;
    const verification = item![`${GS1}verificationService`]!;
    expect(verification.map((l) => l.type)).toEqual(['text/html', 'application/json']);
    expect(verification[0]!.href).toBe(page(`${gtin}?lot=${lot}&serial=${serial}&17=281231&kid=k1&sig=s1`));
    expect(decodeURIComponent(verification[1]!.href.split('code=')[1]!)).toBe(
      `${t.baseUrl}/01/${gtin}/10/${lot}/21/${serial}?17=281231&kid=k1&sig=s1`,
    );
    // Only the requested level carries the request's parameters.
    expect(batch![`${GS1}pip`]![0]!.href).toBe(page(`${gtin}?lot=${lot}&lang=zh-CN`));
  });

  it('gives the linkset for Accept: application/json, but redirects browsers', async () => {
    await linkset(`/01/${gtin}/21/${serial}`, { Accept: 'application/json' });
    const browser = await get(t, `/01/${gtin}/21/${serial}`, { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(browser.status).toBe(307);
  });

  it('points to its JSON-LD context, which is served', async () => {
    const res = await get(t, `/01/${gtin}?linkType=linkset`);
    const context = parseLinkHeader(res.headers.get('link')).find(
      (l) => l.params.rel?.[0] === 'http://www.w3.org/ns/json-ld#context',
    );
    expect(context).toBeDefined();
    const doc = await fetch(context!.href);
    expect(doc.status).toBe(200);
    expect((await doc.json())['@context'].anchor).toBe('@id');
  });
});

describe('compressed Digital Link URIs', () => {
  const cases: [string, string][] = [
    ['an item with expiry', `/01/${gtin}/10/${lot}/21/${serial}?17=281231`],
    ['a batch', `/01/${gtin}/10/${lot}`],
    ['a product', `/01/${gtin}`],
  ];
  for (const [what, path] of cases) {
    it(`resolves ${what} like its uncompressed form, with owl:sameAs`, async () => {
      const uncompressed = `${t.baseUrl}${path}`;
      const compressed = compressDigitalLink(uncompressed, { now: TEST_NOW });
      if (!compressed.ok) throw new Error(compressed.reason.message);
      const compressedPath = compressed.uri.slice(t.baseUrl.length);
      expect(compressedPath).toMatch(/^\/[A-Za-z0-9_-]+$/);
      const [plain, packed] = await Promise.all([get(t, path), get(t, compressedPath)]);
      expect(packed.status).toBe(307);
      expect(packed.headers.get('location')).toBe(plain.headers.get('location'));
      const sameAs = parseLinkHeader(packed.headers.get('link')).find((l) => l.params.rel?.[0] === 'owl:sameAs');
      expect(sameAs?.href).toBe(uncompressed);
    });
  }

  it('compresses sig and kid too and passes them on', async () => {
    const compressed = compressDigitalLink(`${t.baseUrl}/01/${gtin}/10/${lot}/21/${serial}?kid=dt1&sig=AbC-_9`, {
      now: TEST_NOW,
    });
    if (!compressed.ok) throw new Error(compressed.reason.message);
    const res = await get(t, compressed.uri.slice(t.baseUrl.length));
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('kid')).toBe('dt1');
    expect(location.searchParams.get('sig')).toBe('AbC-_9');
  });

  it('gives the linkset of a compressed URI', async () => {
    const compressed = compressDigitalLink(`${t.baseUrl}/01/${gtin}/10/${lot}`, { now: TEST_NOW });
    if (!compressed.ok) throw new Error(compressed.reason.message);
    const res = await get(t, `${compressed.uri.slice(t.baseUrl.length)}?linkType=linkset`);
    expect(res.status).toBe(200);
    expect((await res.json()).linkset[0].anchor).toBe(`${t.baseUrl}/01/${gtin}/10/${lot}`);
  });

  it('never takes the PWA paths', async () => {
    for (const path of [
      '/showroom',
      '/training',
      '/disputes',
      '/me',
      '/sw.js',
      '/manifest.webmanifest',
      '/assets/index-abc.js',
      '/icons/icon-192.png',
      '/favicon.ico',
      '/robots.txt',
      '/AAAAAAAA',
    ]) {
      const res = await get(t, path);
      expect([307, 400].includes(res.status), path).toBe(false);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });
});

describe('the resolver description file', () => {
  it('is at /.well-known/gs1resolver', async () => {
    const res = await get(t, '/.well-known/gs1resolver');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body).toMatchObject({
      name: expect.any(String),
      resolverRoot: t.baseUrl,
      supportedPrimaryKeys: ['01'],
      linkTypeDefaultCanBeLinkset: false,
      jsonLdContextLocation: `${t.baseUrl}/.well-known/gs1resolver/linkset-context.jsonld`,
    });
    expect(body.supportedLinkType.map((l: { linkType: string }) => l.linkType)).toEqual([
      'gs1:pip',
      'gs1:traceability',
      'gs1:certificationInfo',
      'gs1:verificationService',
      'gs1:defaultLink',
    ]);
    for (const l of body.supportedLinkType)
      expect(l).toMatchObject({ namespace: GS1, prefix: 'gs1:', title: expect.any(String) });
  });

  it('uses the public origin when one is configured', async () => {
    const saved = t.ctx.config.publicOrigin;
    t.ctx.config.publicOrigin = 'https://lugang.example';
    try {
      expect((await (await get(t, '/.well-known/gs1resolver')).json()).resolverRoot).toBe('https://lugang.example');
      const res = await get(t, `/01/${gtin}`);
      expect(res.headers.get('location')).toBe(`https://lugang.example/showroom/products/${gtin}`);
    } finally {
      t.ctx.config.publicOrigin = saved;
    }
  });
});

describe('OpenAPI', () => {
  it('lists the resolver operations', async () => {
    const doc = await (await fetch(`${t.baseUrl}/api/openapi.json`)).json();
    for (const path of [
      '/01/{gtin}',
      '/01/{gtin}/10/{lot}',
      '/01/{gtin}/10/{lot}/21/{serial}',
      '/01/{gtin}/21/{serial}',
    ]) {
      expect(Object.keys(doc.paths[path] ?? {}).sort(), path).toEqual(['get', 'head', 'options']);
      expect(doc.paths[path].get.responses).toHaveProperty('307');
      expect(doc.paths[path].get.responses['400'].content).toHaveProperty('application/problem+json');
    }
    expect(doc.paths['/.well-known/gs1resolver'].get).toBeDefined();
    expect(doc.paths['/{compressed}'].get).toBeDefined();
  });
});
