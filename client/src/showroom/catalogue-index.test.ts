import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScannedCode } from '@shared/codes';
import { watchCatalogue } from './catalogue-changes';
import { updateBatchClearance } from './catalogue-db';
import { readCatalogueIndex, watchCatalogueIndex, type CatalogueIndex } from './catalogue-index';
import { applySync, catalogue, FORMULA_GTIN, freshCatalogueDb, sliceOf } from './catalogue.test-support';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function watchIndexes(db: Parameters<typeof watchCatalogueIndex>[0]) {
  const indexes: CatalogueIndex[] = [];
  const onError = vi.fn();
  const stop = watchCatalogueIndex(db, (index) => indexes.push(index), onError);
  stops.push(stop);
  return { indexes, onError, stop };
}

describe('the catalogue in memory', () => {
  it('gives what a read of one product from IndexedDB gives', async () => {
    const db = await freshCatalogueDb();
    await applySync(db, { ...catalogue, batches: [...catalogue.batches].reverse() }, NOW);

    const index = await readCatalogueIndex(db);

    expect(index.slice(FORMULA_GTIN, 'A0105520001')).toEqual(sliceOf(catalogue, FORMULA_GTIN, 'A0105520001'));
    const code = parseScannedCode('9304967152415', { now: NOW });
    if (!code.ok) throw new Error('fixture code does not parse');
    expect(index.resolve(code, { locale: 'en', now: NOW })?.product.gtin).toBe(FORMULA_GTIN);
  });

  it('follows a sync and a clearance heard live after the watch started, and stops when asked', async () => {
    const db = await freshCatalogueDb();
    const { indexes, onError, stop } = watchIndexes(db);
    await vi.waitFor(() => expect(indexes).toHaveLength(1));
    expect(indexes[0]?.slice(FORMULA_GTIN, undefined)).toBeUndefined();

    await applySync(db, catalogue, NOW);
    await vi.waitFor(() => expect(indexes).toHaveLength(2));
    expect(indexes[1]?.slice(FORMULA_GTIN, undefined)?.product.gtin).toBe(FORMULA_GTIN);

    await updateBatchClearance(db, { gtin: FORMULA_GTIN, lot: 'A029163', clearance: [] });
    await vi.waitFor(() => expect(indexes).toHaveLength(3));
    expect(indexes[2]?.slice(FORMULA_GTIN, undefined)?.batches[1]?.clearance).toEqual([]);

    stop();
    await applySync(db, catalogue, NOW);
    await settle();
    expect(indexes).toHaveLength(3);
    expect(onError).not.toHaveBeenCalled();
  });

  it('follows a change that another tab announces', async () => {
    const db = await freshCatalogueDb();
    const { indexes } = watchIndexes(db);
    await vi.waitFor(() => expect(indexes).toHaveLength(1));

    const otherTab = new BroadcastChannel('lugang-showroom-catalogue');
    otherTab.postMessage('changed');
    otherTab.close();

    await vi.waitFor(() => expect(indexes).toHaveLength(2));
  });

  it('reads once more for a burst of changes, and never shows what a read found before a change', async () => {
    const db = await freshCatalogueDb();
    const answers: ((value: string) => void)[] = [];
    const read = vi.fn(() => new Promise<string>((resolve) => answers.push(resolve)));
    const values: string[] = [];
    stops.push(watchCatalogue(read, (value) => values.push(value), vi.fn()));
    expect(read).toHaveBeenCalledOnce();

    for (const n of [1, 2, 3]) await applySync(db, { ...catalogue, cursor: `epoch1.${n}` }, NOW);
    answers[0]?.('before the changes');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    answers[1]?.('after the changes');
    await settle();

    expect(values).toEqual(['after the changes']);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('ends the watch when a read fails', async () => {
    const onValue = vi.fn();
    const onError = vi.fn();
    const db = await freshCatalogueDb();
    stops.push(watchCatalogue(() => Promise.reject(new Error('storage gone')), onValue, onError));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());

    await applySync(db, catalogue, NOW);
    await settle();

    expect(onError).toHaveBeenCalledOnce();
    expect(onValue).not.toHaveBeenCalled();
  });
});
