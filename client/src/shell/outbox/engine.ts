import { shallowRef, type ShallowRef } from 'vue';
import { backoffMs, errorOf, outcomeOf } from './policy';
import type { OutboxItem, OutboxResultHandler, OutboxStorage, StoredItem, StoredResult, Transport } from './types';

export const RESULT_RETENTION_MS = 7 * 24 * 3600_000;
const METHODS = new Set<OutboxItem['method']>(['POST', 'PUT', 'PATCH', 'DELETE']);

export type EngineDeps = {
  storage: OutboxStorage;
  send: Transport;
  /** The signed-in user's id, or null. */
  owner: () => string | null;
  /** False when the browser knows it is offline: then nothing is attempted. */
  online?: () => boolean;
  /** Runs one flush at a time across tabs (Web Locks in the app). */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
  /** Told how many items the device holds (all users), after every change. */
  onCount?: (count: number) => void;
  log?: (error: unknown) => void;
};

export type EnqueueInput = {
  kind: string;
  method: OutboxItem['method'];
  url: string;
  body: unknown;
  meta?: Record<string, unknown>;
};

/** A structured-cloneable, JSON-safe copy: Vue proxies cannot go into IndexedDB, and JSON is what is sent. */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function toPublic(item: StoredItem): OutboxItem {
  const { id, kind, method, url, body, createdAt, attempts, lastError, state, meta } = item;
  const result: OutboxItem = { id, kind, method, url, body, createdAt, attempts, state };
  if (lastError) result.lastError = lastError;
  if (meta) result.meta = meta;
  return result;
}

const visibleTo = (record: { ownerId: string | null }, owner: string | null) =>
  record.ownerId === null || record.ownerId === owner;

/**
 * The outbox's logic, apart from the browser: storage, transport, clock and locks are passed in.
 * Items are sent one at a time, oldest first; an item leaves only after a definitive answer.
 */
export class OutboxEngine {
  readonly items: ShallowRef<OutboxItem[]> = shallowRef([]);
  private readonly handlers = new Map<string, Set<OutboxResultHandler>>();
  /** Answered items still shown until their answer has reached the page (see sendOne). */
  private readonly answered = new Map<string, OutboxItem>();
  private readonly delivering = new Map<string, Promise<void>>();
  private running: Promise<void> | null = null;
  private rerun: { force: boolean } | null = null;
  private counter = 0;
  private readonly now: () => number;
  private readonly log: (error: unknown) => void;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.log = deps.log ?? ((error) => console.error('[outbox]', error));
  }

  /** Loads the items, forgets results older than 7 days, follows changes made in other tabs. */
  async start(): Promise<() => void> {
    await this.deps.storage.purgeResults(this.now() - RESULT_RETENTION_MS);
    await this.refresh();
    return this.deps.storage.subscribe(() => {
      void this.refresh()
        .then(() => this.deliverPending())
        .catch(this.log);
    });
  }

  async refresh(): Promise<void> {
    const all = await this.deps.storage.list();
    this.deps.onCount?.(all.length);
    const owner = this.deps.owner();
    const listed = all.filter((item) => visibleTo(item, owner)).map(toPublic);
    const ids = new Set(listed.map((item) => item.id));
    // Sent oldest first, so an answered item is older than every one still stored.
    const answered = [...this.answered.values()].filter((item) => !ids.has(item.id));
    this.items.value = [...answered, ...listed];
  }

  async enqueue(input: EnqueueInput): Promise<OutboxItem> {
    if (!METHODS.has(input.method)) throw new TypeError(`Outbox: unsupported method ${String(input.method)}`);
    // Same origin only: the session cookie and the Idempotency-Key are for our server.
    if (!input.url.startsWith('/') || input.url.startsWith('//'))
      throw new TypeError(`Outbox: not a path: ${input.url}`);
    const now = this.now();
    this.counter = (this.counter + 1) % 1000;
    const item: StoredItem = {
      id: (this.deps.newId ?? uuid)(),
      kind: input.kind,
      method: input.method,
      url: input.url,
      body: plain(input.body),
      createdAt: new Date(now).toISOString(),
      attempts: 0,
      state: 'pending',
      seq: now * 1000 + this.counter,
      ownerId: this.deps.owner(),
    };
    if (input.meta) item.meta = plain(input.meta);
    await this.deps.storage.put(item);
    await this.refresh();
    void this.flush({ force: true }).catch(this.log);
    return toPublic(item);
  }

  async discard(id: string): Promise<void> {
    await this.deps.storage.remove(id);
    await this.refresh();
  }

  /**
   * Sends what is waiting. `force` also tries items still in their back-off time (the network came
   * back, the app was opened, the user asked). Calls made while a flush runs are folded into one more run.
   */
  flush(options: { force?: boolean } = {}): Promise<void> {
    const force = options.force ?? false;
    if (this.running) {
      this.rerun = { force: force || (this.rerun?.force ?? false) };
      return this.running;
    }
    this.running = (async () => {
      let next: { force: boolean } | null = { force };
      try {
        while (next) {
          const { force: forced } = next;
          this.rerun = null;
          await (this.deps.withLock ?? ((task) => task()))(() => this.drain(forced));
          next = this.rerun;
        }
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The signed-in user changed: show their items, and send those that waited for a sign-in. */
  async sessionChanged(): Promise<void> {
    for (const item of await this.deps.storage.list()) {
      if (item.waitingForSignIn) await this.deps.storage.patch(item.id, { waitingForSignIn: undefined });
    }
    await this.refresh();
    await this.deliverPending();
    await this.flush({ force: true });
  }

  onResult(kind: string, handler: OutboxResultHandler): () => void {
    let set = this.handlers.get(kind);
    if (!set) this.handlers.set(kind, (set = new Set()));
    set.add(handler);
    void this.deliverPending(kind).catch(this.log);
    return () => {
      set.delete(handler);
    };
  }

  /** Hands results that came while nobody listened to the handlers now registered. */
  async deliverPending(kind?: string): Promise<void> {
    const kinds = kind === undefined ? [...this.handlers.keys()] : [kind];
    for (const k of kinds) {
      if (!this.handlers.get(k)?.size) continue;
      for (const result of await this.deps.storage.undelivered(k)) await this.deliver(result);
    }
  }

  private async drain(force: boolean): Promise<void> {
    for (;;) {
      if (this.deps.online && !this.deps.online()) return;
      const owner = this.deps.owner();
      const next = (await this.deps.storage.list()).find((item) => visibleTo(item, owner));
      if (!next || next.waitingForSignIn) return;
      if (!force && next.nextAttemptAt !== undefined && next.nextAttemptAt > this.now()) return;
      // In order: a later item never overtakes one that is still waiting (messages stay in sequence).
      if (!(await this.sendOne(next))) return;
    }
  }

  /** True when the item is done with (answered, or gone); false when it must wait. */
  private async sendOne(stored: StoredItem): Promise<boolean> {
    const attempts = stored.attempts + 1;
    if (!(await this.deps.storage.patch(stored.id, { state: 'sending', attempts }))) return true;
    await this.refresh();
    const item = toPublic({ ...stored, attempts, state: 'sending' });

    let status: number | 'network';
    let body: unknown;
    try {
      ({ status, body } = await this.deps.send(item));
    } catch {
      status = 'network';
    }

    const outcome = outcomeOf(status);
    if (outcome === 'settle' && typeof status === 'number') {
      const result: StoredResult = {
        id: item.id,
        kind: item.kind,
        item,
        status,
        body,
        ownerId: stored.ownerId,
        at: this.now(),
        delivered: 0,
      };
      // The item stays listed until its answer is with the page, so what the user wrote never blinks
      // out between its waiting line and the answer's; storage notifications refresh the list meanwhile.
      this.answered.set(item.id, item);
      try {
        await this.deps.storage.settle(item.id, result);
        await this.deliver(result);
      } finally {
        this.answered.delete(item.id);
      }
      await this.refresh();
      return true;
    }
    const lastError = errorOf(status, body);
    const changes: Partial<StoredItem> =
      outcome === 'hold'
        ? { state: 'failed', lastError, waitingForSignIn: true }
        : { state: 'failed', lastError, nextAttemptAt: this.now() + backoffMs(attempts, this.deps.random) };
    await this.deps.storage.patch(item.id, changes);
    await this.refresh();
    return false;
  }

  /** One delivery per result at a time: a second caller waits for the one under way. */
  private deliver(result: StoredResult): Promise<void> {
    const underWay = this.delivering.get(result.id);
    if (underWay) return underWay;
    const delivery = this.deliverOnce(result).finally(() => this.delivering.delete(result.id));
    this.delivering.set(result.id, delivery);
    return delivery;
  }

  private async deliverOnce(result: StoredResult): Promise<void> {
    const handlers = this.handlers.get(result.kind);
    if (!handlers?.size) return; // kept: a handler registered later (or in another tab) gets it
    if (!visibleTo(result, this.deps.owner())) return; // kept for its user's next session
    if (!(await this.deps.storage.claim(result.id))) return; // another tab delivered it
    for (const handler of [...handlers]) {
      try {
        await handler({ item: result.item, status: result.status, body: result.body });
      } catch (error) {
        this.log(error);
      }
    }
  }
}

/** RFC 4122 v4. `crypto.randomUUID` exists only in secure contexts; a LAN address over http is not one. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
