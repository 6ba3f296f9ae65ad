import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dexieMade, layoutsByDexieAndIdb } from '@client/shell/idb-layout.test-support';
import { createIdbStorage, openOutboxDb } from './db';
import { createMemoryStorage } from './memory-storage';
import type { OutboxStorage, StoredItem, StoredResult } from './types';

let databases = 0;
const freshName = () => `outbox-test-${++databases}`;

/** The database as the Dexie version of the app declared it. */
const dexieMadeDb = dexieMade({ outbox: 'id, seq', outboxResults: 'id, [kind+delivered], at' });

function anItem(id: string, seq: number, changes: Partial<StoredItem> = {}): StoredItem {
  return {
    id,
    kind: 'training.register',
    method: 'POST',
    url: '/api/training/courses/ce-ops-101/registrations',
    body: {},
    createdAt: '2026-11-27T08:00:00.000Z',
    attempts: 0,
    state: 'pending',
    seq,
    ownerId: 'u1',
    ...changes,
  };
}

function aResult(item: StoredItem, at: number, delivered: 0 | 1 = 0): StoredResult {
  return { id: item.id, kind: item.kind, item, status: 201, body: { ok: true }, ownerId: item.ownerId, at, delivered };
}

/** Resolves with how many notices the listener heard once writes have settled. */
async function noticesAfter(storage: OutboxStorage, writes: () => Promise<unknown>): Promise<number> {
  let heard = 0;
  const stop = storage.subscribe(() => (heard += 1));
  await writes();
  await new Promise((resolve) => setTimeout(resolve, 20));
  stop();
  return heard;
}

const storages: [string, () => OutboxStorage][] = [
  ['IndexedDB', () => createIdbStorage(freshName())],
  ['memory', () => createMemoryStorage()],
];

describe.each(storages)('the outbox kept in %s', (_where, create) => {
  it('lists items in sending order and applies patches, removing keys set to undefined', async () => {
    const storage = create();
    await storage.put(anItem('b', 2));
    await storage.put(anItem('a', 1, { nextAttemptAt: 5, waitingForSignIn: true }));

    expect(await storage.patch('a', { attempts: 1, nextAttemptAt: undefined, state: 'failed' })).toBe(true);
    expect(await storage.patch('gone', { attempts: 1 })).toBe(false);

    const [first, second] = await storage.list();
    expect([first?.id, second?.id]).toEqual(['a', 'b']);
    expect(first).toMatchObject({ attempts: 1, state: 'failed', waitingForSignIn: true });
    expect(first).not.toHaveProperty('nextAttemptAt');
  });

  it('settles an item into a result that only one claim receives, oldest result first', async () => {
    const storage = create();
    const late = anItem('late', 1);
    const early = anItem('early', 2);
    await storage.put(late);
    await storage.put(early);
    await storage.settle('late', aResult(late, 2000));
    await storage.settle('early', aResult(early, 1000));

    expect(await storage.list()).toEqual([]);
    expect((await storage.undelivered('training.register')).map((r) => r.id)).toEqual(['early', 'late']);
    expect(await storage.undelivered('disputes.file')).toEqual([]);
    expect(await Promise.all([storage.claim('early'), storage.claim('early')])).toEqual([true, false]);
    expect((await storage.undelivered('training.register')).map((r) => r.id)).toEqual(['late']);
    expect(await storage.claim('never-settled')).toBe(false);
  });

  it('forgets results older than the cut-off and keeps the rest', async () => {
    const storage = create();
    for (const [id, at] of [
      ['old', 1000],
      ['edge', 2000],
      ['new', 3000],
    ] as const) {
      const item = anItem(id, at);
      await storage.put(item);
      await storage.settle(id, aResult(item, at));
    }
    await storage.purgeResults(2000);
    expect((await storage.undelivered('training.register')).map((r) => r.id)).toEqual(['edge', 'new']);
  });

  it("tells its listeners of every write, the tab's own included, and stops when asked", async () => {
    const storage = create();
    const item = anItem('a', 1);
    const heard = await noticesAfter(storage, async () => {
      await storage.put(item);
      await storage.patch('a', { attempts: 1 });
      await storage.settle('a', aResult(item, 1000));
      await storage.claim('a');
    });
    expect(heard).toBeGreaterThanOrEqual(1);
    expect(await noticesAfter(storage, () => storage.list())).toBe(0);
  });
});

describe('the outbox database on the device', () => {
  it('is created with the stores, keys and indexes that Dexie created', async () => {
    const { byDexie, byIdb } = await layoutsByDexieAndIdb('outbox-layout', dexieMadeDb, openOutboxDb);
    expect(byDexie.version).toBe(10);
    expect(byIdb).toEqual(byDexie);
  });

  it('sends what the Dexie version of the app left waiting, and Dexie reads what it wrote', async () => {
    const name = freshName();
    const legacy = dexieMadeDb(name);
    await legacy.table('outbox').bulkPut([anItem('second', 2), anItem('first', 1)]);
    await legacy.table('outboxResults').put(aResult(anItem('answered', 0), 1000));
    legacy.close();

    const storage = createIdbStorage(name);
    expect((await storage.list()).map((item) => item.id)).toEqual(['first', 'second']);
    expect(await storage.claim('answered')).toBe(true);
    await storage.settle('first', aResult(anItem('first', 1), 2000));

    const reopened = dexieMadeDb(name);
    expect(await reopened.table('outbox').toCollection().primaryKeys()).toEqual(['second']);
    expect(
      await reopened.table('outboxResults').where('[kind+delivered]').equals(['training.register', 0]).count(),
    ).toBe(1);
    reopened.close();
  });

  it('lets a second tab hear what the first one wrote', async () => {
    const name = freshName();
    const firstTab = createIdbStorage(name);
    const secondTab = createIdbStorage(name);
    const heardInSecond = await noticesAfter(secondTab, () => firstTab.put(anItem('a', 1)));
    expect(heardInSecond).toBe(1);
    expect((await secondTab.list()).map((item) => item.id)).toEqual(['a']);
  });
});
