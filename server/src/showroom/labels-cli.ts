/**
 * Prints signed GS1 Digital Link QR codes (SVG) for the items of the demo catalogue:
 *   npm run labels -- --gtin 09304967152415 --lot A010552 [--out dir] [--base https://host]
 * Without --gtin/--lot it prints every seed item; --out defaults to <DATA_DIR>/labels.
 * Reads the seed file and the label key file directly, so the server need not run. It does not see
 * revocations (they live in the database): do not print labels for revoked serials.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { buildSignedLabel, toGtin14, type LabelItem } from '@shared/codes/index.js';
import { loadConfig } from '../config.js';
import { loadOrCreateLabelKeyring } from './label-keyring.js';
import { readSeedFile, type SeedFile } from './seed-file.js';

export type LabelOptions = { dataDir: string; base: string; outDir: string; gtin?: string; lot?: string; now?: Date };
export type PrintedLabel = { file: string; uri: string; item: LabelItem };

function seedItems(seed: SeedFile, gtin: string | undefined, lot: string | undefined): LabelItem[] {
  const wanted = gtin === undefined ? undefined : toGtin14(gtin);
  if (gtin !== undefined && !wanted) throw new Error(`"${gtin}" is not a valid GTIN.`);
  return seed.products.flatMap((product) => {
    const productGtin = toGtin14(product.gtin);
    if (!productGtin || (wanted && productGtin !== wanted)) return [];
    return product.batches
      .filter((batch) => lot === undefined || batch.lot === lot)
      .flatMap((batch) => batch.serials.map((serial) => ({ gtin: productGtin, lot: batch.lot, serial })));
  });
}

export async function writeLabels(options: LabelOptions): Promise<PrintedLabel[]> {
  const items = seedItems(readSeedFile(), options.gtin, options.lot);
  if (items.length === 0) throw new Error('No item of the demo catalogue matches that GTIN and lot.');
  const { active } = loadOrCreateLabelKeyring(options.dataDir, options.now ?? new Date());
  mkdirSync(options.outDir, { recursive: true });
  const printed: PrintedLabel[] = [];
  for (const item of items) {
    const uri = buildSignedLabel(options.base, active.secretKey, active.kid, item);
    const file = join(options.outDir, `${item.gtin}-${item.lot}-${item.serial}.svg`);
    writeFileSync(file, await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
    printed.push({ file, uri, item });
  }
  return printed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { gtin: { type: 'string' }, lot: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' } },
  });
  const config = loadConfig();
  const printed = await writeLabels({
    dataDir: config.dataDir,
    base: values.base ?? config.publicOrigin ?? 'http://127.0.0.1:8080',
    // Under the data folder by default: it is not part of the repository.
    outDir: resolve(values.out ?? join(config.dataDir, 'labels')),
    gtin: values.gtin,
    lot: values.lot,
  });
  for (const label of printed) console.log(`${label.file}\n  ${label.uri}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
