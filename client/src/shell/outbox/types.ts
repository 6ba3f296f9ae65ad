/** A request saved on the device until the server has given a definitive answer. */
export type OutboxItem = {
  /** Also the request's Idempotency-Key: a UUID. */
  id: string;
  /** What it is, e.g. 'training.register', 'disputes.file', 'disputes.message'. */
  kind: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body: unknown;
  createdAt: string;
  attempts: number;
  lastError?: { code: string; message: string };
  state: 'pending' | 'sending' | 'failed';
  /** What the UI shows, e.g. { courseCode, title }. `label` or `title` is used by OutboxPendingList. */
  meta?: Record<string, unknown>;
};

/** The server's definitive answer to an item: 2xx, or a 4xx that will not change on retry. */
export type OutboxResult = { item: OutboxItem; status: number; body: unknown };

export type OutboxResultHandler = (result: OutboxResult) => void | Promise<void>;

/** How an item is kept on the device; the extra fields never leave the outbox. */
export type StoredItem = OutboxItem & {
  /** Sending order: creation time in µs, with a counter for items created in the same ms. */
  seq: number;
  /** The user who saved it (null when signed out): it is sent only in that user's session. */
  ownerId: string | null;
  /** Not retried by the timer before this time (ms since epoch): back-off after a failure. */
  nextAttemptAt?: number;
  /** The server said 401: wait until someone signs in rather than hammer it. */
  waitingForSignIn?: boolean;
};

export type StoredResult = {
  id: string;
  kind: string;
  item: OutboxItem;
  status: number;
  body: unknown;
  /** The user whose request it was: only their session receives it. */
  ownerId: string | null;
  /** When the answer came (ms since epoch); results are kept 7 days. */
  at: number;
  /** 0 until a handler has received it (IndexedDB cannot index booleans). */
  delivered: 0 | 1;
};

/** Where items and results are kept: IndexedDB in the app (db.ts), memory in tests. */
export interface OutboxStorage {
  /** Every item, oldest first. */
  list(): Promise<StoredItem[]>;
  put(item: StoredItem): Promise<void>;
  /** False when the item is gone (discarded or settled elsewhere). */
  patch(id: string, changes: Partial<StoredItem>): Promise<boolean>;
  remove(id: string): Promise<void>;
  /** Removes the item and records its result, both or neither. */
  settle(id: string, result: StoredResult): Promise<void>;
  /** Results of this kind no handler has received yet, oldest first. */
  undelivered(kind: string): Promise<StoredResult[]>;
  /** Marks a result delivered; true only for the one caller (tab) that changed it. */
  claim(id: string): Promise<boolean>;
  purgeResults(before: number): Promise<void>;
  /** Calls back when items or results change, in another tab too. */
  subscribe(listener: () => void): () => void;
}

/** Sends one item; resolves with any HTTP answer, throws only when there was none. */
export type Transport = (item: OutboxItem) => Promise<{ status: number; body: unknown }>;
