import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLabelSignature, type LabelItem } from '@shared/codes/index.js';
import { labelKeyFile } from '../../../server/src/showroom/label-keyring.js';
import { writeLabels } from '../../../server/src/showroom/labels-cli.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { Client, FORMULA, OFFICER, TEST_NOW, loginAs, resolve, signedLabel } from './support.js';

let t: TestApp;
let officer: Client;
beforeAll(async () => {
  t = await startTestApp({ now: TEST_NOW });
  officer = await loginAs(t, OFFICER);
});
afterAll(() => t.close());

const item = (serial: string): LabelItem => ({ gtin: FORMULA.gtin, lot: FORMULA.lot, serial });
const forge = (label: string) =>
  label.replace(/sig=([A-Za-z0-9_-])/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);

describe('label signing keys', () => {
  it('are made on first start, kept in a file only the server user can read, and published by kid', async () => {
    const file = labelKeyFile(t.ctx.config.dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const res = await new Client(t.baseUrl).get('/api/labels/keys');
    expect(res.status).toBe(200);
    expect(res.body.keys).toEqual([
      { kid: 'dt-2026-1', publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), createdAt: expect.any(String) },
    ]);
    expect(res.body.revocations).toEqual({ kids: [], serials: [] });
    expect(readFileSync(file, 'utf8')).not.toContain(res.body.keys[0].publicKey);
  });
});

describe('scanning a signed label', () => {
  it('says authentic for a label the zone signed', async () => {
    const res = await resolve(t, signedLabel(t, item('A0105520001')));
    expect(res.status).toBe(200);
    expect(res.body.authenticity).toBe('authentic');
    expect(res.body.batch.lot).toBe(FORMULA.lot);
  });

  it('says not_issued when the signature was tampered with', async () => {
    const res = await resolve(t, forge(signedLabel(t, item('A0105520001'))));
    expect(res.body.authenticity).toBe('not_issued');
  });

  it('says not_issued when a genuine signature is copied onto another serial', async () => {
    const genuine = signedLabel(t, item('A0105520001'));
    const res = await resolve(t, genuine.replace('/21/A0105520001', '/21/A0105520003'));
    expect(res.body.authenticity).toBe('not_issued');
  });

  it('says not_issued for an unsigned serial the zone never issued', async () => {
    const res = await resolve(t, `(01)${FORMULA.gtin}(10)${FORMULA.lot}(21)FAKE0001`);
    expect(res.body.authenticity).toBe('not_issued');
  });

  it('says revoked once an officer revokes the serial, and publishes the revocation', async () => {
    const label = signedLabel(t, item('A0105520002'));
    expect((await resolve(t, label)).body.authenticity).toBe('authentic');
    const revoke = await officer.post('/api/labels/revocations', { serial: `${FORMULA.gtin}|A0105520002` });
    expect(revoke.status).toBe(201);
    expect(revoke.body.revocations.serials).toEqual([`${FORMULA.gtin}|A0105520002`]);
    expect((await resolve(t, label)).body.authenticity).toBe('revoked');
    expect((await new Client(t.baseUrl).get('/api/labels/keys')).body.revocations.serials).toContain(
      `${FORMULA.gtin}|A0105520002`,
    );
  });

  it('agrees with the shared verifier the browser uses offline, case by case', async () => {
    const { body: published } = await new Client(t.baseUrl).get('/api/labels/keys');
    const publicKeys = Object.fromEntries(
      published.keys.map((k: { kid: string; publicKey: string }) => [k.kid, k.publicKey]),
    );
    const labels = [
      signedLabel(t, item('A0105520001')),
      signedLabel(t, item('A0105520002')), // revoked above
      forge(signedLabel(t, item('A0105520003'))),
      signedLabel(t, item('A0105520003')).replace('kid=dt-2026-1', 'kid=dt-1999-9'),
    ];
    for (const label of labels) {
      const url = new URL(label);
      const [, , gtin, , lot, , serial] = url.pathname.split('/');
      const offline = verifyLabelSignature(
        {
          gtin: gtin ?? '',
          lot,
          serial,
          kid: url.searchParams.get('kid') ?? undefined,
          sig: url.searchParams.get('sig') ?? undefined,
        },
        publicKeys,
        published.revocations,
      );
      expect((await resolve(t, label)).body.authenticity, label).toBe(offline);
    }
  });
});

describe('revoking a signing key', () => {
  it('revokes every label signed with it and makes a new key for labels printed from now on', async () => {
    const old = signedLabel(t, item('A0105520003'));
    const res = await officer.post('/api/labels/revocations', { kid: 'dt-2026-1' });
    expect(res.status).toBe(201);
    expect(res.body.revocations.kids).toEqual(['dt-2026-1']);
    expect(res.body.keys.map((k: { kid: string }) => k.kid)).toEqual(['dt-2026-1', 'dt-2026-2']);
    expect((await resolve(t, old)).body.authenticity).toBe('revoked');
    expect((await resolve(t, signedLabel(t, item('A0105520003')))).body.authenticity).toBe('authentic');
  });

  it('refuses an unknown key or serial with 404, naming it', async () => {
    const kid = await officer.post('/api/labels/revocations', { kid: 'dt-1999-9' });
    expect(kid.status).toBe(404);
    expect(kid.body.error.code).toBe('unknown_kid');
    const serial = await officer.post('/api/labels/revocations', { serial: `${FORMULA.gtin}|NOPE` });
    expect(serial.status).toBe(404);
    expect(serial.body.error.code).toBe('unknown_serial');
  });
});

describe('the labels CLI', () => {
  it('writes one signed QR code per serial of the lot, each resolving as authentic', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'labels-'));
    const printed = await writeLabels({
      dataDir: t.ctx.config.dataDir,
      base: t.baseUrl,
      outDir,
      gtin: FORMULA.gtin13,
      lot: 'A029163',
    });
    expect(printed.map((p) => p.item.serial)).toEqual(['A0291630001', 'A0291630002', 'A0291630003']);
    for (const label of printed) {
      expect(readFileSync(label.file, 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(label.uri).toMatch(
        new RegExp(`^${t.baseUrl}/01/${FORMULA.gtin}/10/A029163/21/A029163000\\d\\?kid=dt-2026-2&sig=`),
      );
      expect((await resolve(t, label.uri)).body.authenticity).toBe('authentic');
    }
    rmSync(outDir, { recursive: true, force: true });
  });

  it('refuses a GTIN that is not in the demo catalogue', async () => {
    await expect(
      writeLabels({ dataDir: t.ctx.config.dataDir, base: t.baseUrl, outDir: tmpdir(), gtin: '4006381333931' }),
    ).rejects.toThrow(/No item/);
  });
});
