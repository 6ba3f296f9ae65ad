import { buildSignedLabel, type LabelItem } from '@shared/codes/index.js';
import { loadOrCreateLabelKeyring } from '../../../server/src/showroom/label-keyring.js';
import { readSeedFile } from '../../../server/src/showroom/seed-file.js';
import type { TestApp } from '../../support/test-app.js';
import { Client } from '../security/client.js';

export { Client, connectSocket, emitWithAck, loginAs, nextEvent } from '../security/client.js';

export const seed = readSeedFile();

/** The apps' clock: the demo catalogue's autumn, so that dates read "9 Sept" without a year. */
export const TEST_NOW = new Date('2026-11-20T10:00:00+08:00');

/** The infant formula, lot A010552: released and cleared, with serials A0105520001… */
export const FORMULA = {
  gtin13: '9304967152415',
  gtin: '09304967152415',
  lot: 'A010552',
  serial: 'A0105520001',
} as const;

export const OFFICER = 'officer@lugang.example';
export const ADMIN = 'admin@lugang.example';
export const CONSUMER = '13800000001';
export const MEDIATOR = 'mediator@lugang.example';

export const resolvePath = (code: string, lang?: string) =>
  `/api/products/resolve?code=${encodeURIComponent(code)}${lang ? `&lang=${lang}` : ''}`;

export function resolve(t: TestApp, code: string, options: { client?: Client; language?: string } = {}) {
  const client = options.client ?? new Client(t.baseUrl);
  return client.get(resolvePath(code), { headers: options.language ? { 'accept-language': options.language } : {} });
}

/** A label as the labels CLI prints it, signed with the app's active key. */
export function signedLabel(t: TestApp, item: LabelItem, base = t.baseUrl): string {
  const keyring = loadOrCreateLabelKeyring(t.ctx.config.dataDir, new Date());
  return buildSignedLabel(base, keyring.active.secretKey, keyring.active.kid, item);
}
