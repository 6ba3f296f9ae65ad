/**
 * The offline outbox: requests saved on the device and sent, once, when the server can be reached.
 *
 *   const outbox = useOutbox();
 *   await outbox.enqueue({ kind: 'training.register', method: 'POST', url: `/api/training/courses/${code}/registrations`,
 *     body: {}, meta: { courseCode: code, title } });             // sent at once when online, else later
 *   const stop = onOutboxResult('training.register', ({ item, status, body }) => { ... });  // 2xx or definitive 4xx
 *
 * Each item is sent with `Idempotency-Key: <item.id>`. 2xx and 4xx answers (except 401, 408, 425,
 * 429) are definitive: handlers get them and the item goes. No answer, 5xx, 408/425/429: kept and
 * retried (back-off up to 5 min). 401: kept until someone signs in. The UI: OutboxPendingList.vue,
 * and useOutboxBadge() from './badge' (which does not load this module).
 */
import { computed, readonly, watch, type ComputedRef, type Ref } from 'vue';
import { onSessionChange, readCachedMe } from '@client/accounts/session';
import { createIdbStorage } from './db';
import { OutboxEngine, type EnqueueInput } from './engine';
import { pendingHint, writePendingHint } from './hint';
import { createMemoryStorage } from './memory-storage';
import { sendWithFetch } from './transport';
import type { OutboxItem, OutboxResultHandler, OutboxStorage } from './types';

export type { OutboxItem, OutboxResult } from './types';

/** While items wait, try again this often (each item also keeps its own back-off). */
export const RETRY_INTERVAL_MS = 30_000;
const LOCK_NAME = 'lugang-outbox';

/** IndexedDB, or memory when it cannot be opened (the items then live as long as the tab). */
function openStorage(): OutboxStorage {
  const ready: Promise<OutboxStorage> = (async () => {
    try {
      const storage = createIdbStorage();
      await storage.list();
      return storage;
    } catch (error) {
      console.warn('[outbox] IndexedDB is not available; requests are kept in memory only.', error);
      return createMemoryStorage();
    }
  })();
  const use = () => ready;
  let unsubscribe: (() => void) | undefined;
  let stopped = false;
  return {
    list: async () => (await use()).list(),
    put: async (item) => (await use()).put(item),
    patch: async (id, changes) => (await use()).patch(id, changes),
    remove: async (id) => (await use()).remove(id),
    settle: async (id, result) => (await use()).settle(id, result),
    undelivered: async (kind) => (await use()).undelivered(kind),
    claim: async (id) => (await use()).claim(id),
    purgeResults: async (before) => (await use()).purgeResults(before),
    subscribe(listener) {
      void ready.then((storage) => {
        if (!stopped) unsubscribe = storage.subscribe(listener);
      });
      return () => {
        stopped = true;
        unsubscribe?.();
      };
    },
  };
}

/** Two tabs never send at the same time (the server's idempotency would make it harmless anyway). */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(LOCK_NAME, task) as Promise<T>) : task();
}

let engine: OutboxEngine | null = null;

function getEngine(): OutboxEngine {
  if (engine) return engine;
  const created = new OutboxEngine({
    storage: openStorage(),
    send: sendWithFetch,
    owner: () => readCachedMe()?.id ?? null,
    online: () => navigator.onLine,
    withLock,
    onCount: writePendingHint,
  });
  engine = created;

  const flushNow = () => void created.flush({ force: true });
  window.addEventListener('online', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') flushNow();
  });
  onSessionChange(() => void created.sessionChanged());

  let timer: ReturnType<typeof setInterval> | undefined;
  watch(
    () => created.items.value.length,
    (count) => {
      pendingHint.value = count;
      if (count > 0 && timer === undefined) timer = setInterval(() => void created.flush(), RETRY_INTERVAL_MS);
      if (count === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  );

  void created
    .start()
    .then(() => created.flush({ force: true }))
    .catch((error: unknown) => console.error('[outbox]', error));
  return created;
}

/** Starts the outbox (replays waiting items). The app calls it at start when the device holds some. */
export function startOutbox(): void {
  getEngine();
}

export type UseOutbox = {
  /** The signed-in user's waiting items, oldest first. */
  items: Readonly<Ref<OutboxItem[]>>;
  pendingCount: ComputedRef<number>;
  /** Saves the request on the device and sends it at once when online. Resolves once saved. */
  enqueue(input: EnqueueInput): Promise<OutboxItem>;
  /** Tries to send everything now. */
  flush(): Promise<void>;
  /** Forgets an item without sending it (it may already have reached the server). */
  discard(id: string): Promise<void>;
};

export function useOutbox(): UseOutbox {
  const outbox = getEngine();
  return {
    items: readonly(outbox.items) as Readonly<Ref<OutboxItem[]>>,
    pendingCount: computed(() => outbox.items.value.length),
    enqueue: (input) => outbox.enqueue(input),
    flush: () => outbox.flush({ force: true }),
    discard: (id) => outbox.discard(id),
  };
}

/**
 * Calls `handler` with the server's definitive answer to each item of `kind`: 2xx, or a 4xx such
 * as "course closed". Answers that came while no handler listened (app closed, page not open) are
 * kept 7 days and handed to the first handler registered later. Returns an unsubscribe function.
 */
export function onOutboxResult(kind: string, handler: OutboxResultHandler): () => void {
  return getEngine().onResult(kind, handler);
}
