import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { parseScannedCode } from '@shared/codes';
import { codeFromRoute, productQuery } from './product-code';
import { featureRoutes } from './routes';

const ORIGIN = 'https://lugang.example';

describe('the product page address', () => {
  it('carries what was scanned (lot, serial, other AIs, link parameters) and rebuilds the same code', () => {
    const scanned = parseScannedCode(
      'https://id.gs1.org/01/09304967152415/10/A010552/21/A0105520001?17=281231&kid=k1&sig=abc',
    );
    if (!scanned.ok) throw new Error('fixture does not parse');

    const query = productQuery(scanned);
    const { result } = codeFromRoute(scanned.gtin, query, ORIGIN);

    expect(query).toEqual({ lot: 'A010552', serial: 'A0105520001', '17': '281231', kid: 'k1', sig: 'abc' });
    expect(result).toMatchObject({ ok: true, gtin: '09304967152415', lot: 'A010552', serial: 'A0105520001' });
    expect(result.ok && result.params).toEqual({ kid: 'k1', sig: 'abc' });
  });

  it('says why an address with a wrong GTIN shows no product', () => {
    const { result } = codeFromRoute('9304967152416', {}, ORIGIN);

    expect(result).toMatchObject({ ok: false, reason: { code: 'check_digit' } });
  });
});

describe('GS1 Digital Links on our host open the product page', () => {
  // The showroom's redirects, in front of a stand-in product page.
  const router = () =>
    createRouter({
      history: createMemoryHistory(),
      routes: [
        ...featureRoutes.filter((route) => route.path.startsWith('/01/')),
        { path: '/showroom/products/:gtin', component: { render: () => null } },
      ],
    });

  it.each([
    ['/01/09304967152415', {}],
    ['/01/9304967152415', {}],
    ['/01/09304967152415/10/A010552', { lot: 'A010552' }],
    [
      '/01/09304967152415/10/A010552/21/A0105520001?kid=dt-2026-1&sig=xyz',
      { lot: 'A010552', serial: 'A0105520001', kid: 'dt-2026-1', sig: 'xyz' },
    ],
    ['/01/09304967152415/21/A0105520001', { serial: 'A0105520001' }],
  ])('%s', async (path, query) => {
    const app = router();

    await app.push(path);

    expect(app.currentRoute.value.path).toBe('/showroom/products/09304967152415');
    expect(app.currentRoute.value.query).toEqual(query);
  });
});
