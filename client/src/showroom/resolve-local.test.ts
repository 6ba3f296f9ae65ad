import { describe, expect, it } from 'vitest';
import { parseScannedCode, type ScannedCode } from '@shared/codes';
import { ResolvedScanSchema } from '@shared/showroom/schemas';
import { catalogue, FORMULA_GTIN, labelUri, REVOKED_KID, REVOKED_SIGNING_KEY, sliceOf } from './catalogue.test-support';
import { resolveOnDevice } from './resolve-local';

const NOW = new Date('2026-11-20T10:00:00+08:00');

function scan(text: string): ScannedCode {
  const code = parseScannedCode(text, { now: NOW });
  if (!code.ok) throw new Error(`fixture code does not parse: ${code.reason.code}`);
  return code;
}

function resolveHere(text: string, locale: 'zh-CN' | 'zh-TW' | 'en' = 'en') {
  const code = scan(text);
  const slice = sliceOf(catalogue, code.gtin, code.serial);
  if (!slice) throw new Error('product not in the fixture');
  return resolveOnDevice(slice, code, { locale, now: NOW });
}

const ITEM = { gtin: FORMULA_GTIN, lot: 'A010552', serial: 'A0105520001' };

describe('resolving a scan on the device, from the synced catalogue', () => {
  it('answers with the same shape as GET /api/products/resolve', () => {
    const view = resolveHere('(01)09304967152415(10)A010552(21)A0105520001');

    expect(() => ResolvedScanSchema.parse(view)).not.toThrow();
  });

  it('finds the product of a bare EAN-13, with its merchant and the lots to pick from', () => {
    const view = resolveHere('9304967152415');

    expect(view.product).toMatchObject({
      gtin: FORMULA_GTIN,
      name: 'Australian infant formula, stage 1',
      originCountryName: 'Australia',
    });
    expect(view.product.category).toBe('Infant food and cereal products');
    expect(view.merchant).toEqual({ id: 'm-tasman', name: 'Lugang Select Mother & Baby Imports', booth: 'A-101' });
    expect(view.batch).toBeUndefined();
    expect(view.authenticity).toBeUndefined();
    expect(view.lots.map((l) => [l.lot, l.state.text])).toEqual([
      ['A010552', 'Customs clearance completed on 9 Sept'],
      ['A029163', 'Under customs inspection since 20 Oct'],
    ]);
  });

  it('finds the batch by its lot: provenance, clearance with labels, state in plain words, inspection', () => {
    const view = resolveHere('(01)09304967152415(10)A010552');

    expect(view.batch).toMatchObject({ lot: 'A010552', producedOn: '2026-08-03', quantity: 1200 });
    expect(view.provenance.map((e) => e.event)).toEqual([
      'Left the factory',
      'Arrived at Tianjin Port',
      'On display in the showroom',
    ]);
    expect(view.clearance.map((e) => [e.code, e.label])).toEqual([
      [1, 'Saved at the e-port'],
      [120, 'Received by customs'],
      [800, 'Released'],
      [899, 'Cleared'],
    ]);
    expect(view.state).toEqual({ phase: 'released', text: 'Customs clearance completed on 9 Sept' });
    expect(view.inspection).toEqual({ result: 'Passed', certificateNo: 'SX5422523037' });
    expect(view.declarationNo).toBe('4684********722');
  });

  it('speaks the reader language: the catalogue name of the country in Simplified Chinese', () => {
    const view = resolveHere('(01)09304967152415(10)A010552', 'zh-CN');

    expect(view.product.originCountryName).toBe('澳大利亚');
    expect(view.state?.text).toBe('已于9月9日结关');
    expect(view.provenance[0]?.event).toBe('出厂');
  });

  it('names a lot the product does not have instead of failing', () => {
    const view = resolveHere('(01)09304967152415(10)NOSUCHLOT');

    expect(view.unknownLot).toBe('NOSUCHLOT');
    expect(view.batch).toBeUndefined();
    expect(view.lots).toHaveLength(2);
  });

  it('gives no answer for a product the catalogue does not have', () => {
    expect(sliceOf(catalogue, '04001956843785')).toBeUndefined();
  });

  describe('authenticity, checked with the synced keys and revocation list', () => {
    it('a label signed with a published key is authentic', () => {
      expect(resolveHere(labelUri(ITEM)).authenticity).toBe('authentic');
    });

    it('a label whose signature does not match its serial was not issued by the zone', () => {
      const forged = labelUri(ITEM).replace('A0105520001', 'A0105520002');

      expect(resolveHere(forged).authenticity).toBe('not_issued');
    });

    it('a label signed with a revoked key is revoked', () => {
      expect(resolveHere(labelUri(ITEM, REVOKED_SIGNING_KEY, REVOKED_KID)).authenticity).toBe('revoked');
    });

    it('a validly signed label of a revoked serial is revoked', () => {
      expect(resolveHere(labelUri({ ...ITEM, serial: 'A0105520003' })).authenticity).toBe('revoked');
    });

    it('a registered serial without a signature is unsigned; an unregistered one was not issued', () => {
      expect(resolveHere('(01)09304967152415(10)A010552(21)A0105520002').authenticity).toBe('unsigned');
      expect(resolveHere('(01)09304967152415(10)A010552(21)A0105529999').authenticity).toBe('not_issued');
      expect(resolveHere('(01)09304967152415(10)A029163(21)A0105520002').authenticity).toBe('not_issued');
    });
  });
});
