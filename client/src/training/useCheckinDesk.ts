import { verifyCheckinToken } from '@shared/training/checkin';
import { CheckinResultSchema } from '@shared/training/schemas';
import { onScopeDispose, ref, watch } from 'vue';
import { z } from 'zod';
import { apiFetch } from '@client/shell/api';
import { useOnline } from '@client/shell/useOnline';
import { readMeta, trainingDb, writeMeta, type StoredCheckin } from './db';

/** What the trainer sees at once after a scan, before (and whatever) the server says. */
export type ScanVerdict =
  | { kind: 'ok' | 'again' | 'other-session'; name: string }
  | { kind: 'invalid' | 'bad-signature' | 'unknown-key' | 'no-keys' };

const KEYS = 'checkin.keys';
const BATCH = 500;
const KeysSchema = z.array(z.object({ kid: z.string(), publicKey: z.string() }));

/**
 * The check-in desk of one trainer's phone: verifies signed codes offline with cached public keys,
 * keeps every scan in IndexedDB and sends them in batches when there is a connection.
 */
export function useCheckinDesk() {
  const online = useOnline();
  const keys = ref<Record<string, string> | null>(null);
  const unsynced = ref(0);
  const syncFailed = ref(false);
  const records = ref<StoredCheckin[]>([]);
  /** Bumped after each successful sync, so attendance figures reload. */
  const syncedAt = ref(0);
  let syncing: Promise<void> | null = null;
  let shown = { course: '', session: '' };

  async function loadKeys(): Promise<void> {
    keys.value = (await readMeta<Record<string, string>>(KEYS)) ?? null;
    if (!online.value) return;
    try {
      const list = await apiFetch('/api/training/keys', { schema: KeysSchema });
      const map = Object.fromEntries(list.map((k) => [k.kid, k.publicKey]));
      keys.value = map;
      await writeMeta(KEYS, map);
    } catch {
      // Keep the cached keys: they still verify every code signed with them.
    }
  }

  async function refresh(course = shown.course, session = shown.session): Promise<void> {
    shown = { course, session };
    const db = await trainingDb();
    unsynced.value = await db.countFromIndex('checkins', 'synced', 0);
    const list = course && session ? await db.getAllFromIndex('checkins', '[course+session]', [course, session]) : [];
    records.value = list.reverse();
  }

  async function check(token: string, course: string, session: string): Promise<ScanVerdict> {
    if (!keys.value) return { kind: 'no-keys' };
    let verdict = verifyCheckinToken(token, keys.value);
    if (!verdict.ok && verdict.reason === 'unknown_key' && online.value) {
      await loadKeys(); // the zone may have rotated its key since this phone last looked
      verdict = verifyCheckinToken(token, keys.value ?? {});
    }
    if (!verdict.ok) {
      return {
        kind: ({ not_a_checkin_code: 'invalid', unknown_key: 'unknown-key', bad_signature: 'bad-signature' } as const)[
          verdict.reason
        ],
      };
    }
    const { r, c, s, n } = verdict.payload;
    if (c !== course || s !== session) return { kind: 'other-session', name: n };
    const db = await trainingDb();
    const earlier = await db.getFromIndex('checkins', '[registration+session]', [r, s]);
    if (earlier) return { kind: 'again', name: n };
    await db.add('checkins', {
      token: token.trim(),
      scannedAt: new Date().toISOString(),
      course: c,
      session: s,
      registration: r,
      name: n,
      synced: 0,
    });
    await refresh(course, session);
    if (online.value) void sync();
    return { kind: 'ok', name: n };
  }

  async function sendBatches(): Promise<void> {
    for (;;) {
      const db = await trainingDb();
      const batch = await db.getAllFromIndex('checkins', 'synced', 0, BATCH);
      if (!batch.length) return;
      const results = await apiFetch('/api/checkins', {
        method: 'POST',
        body: { items: batch.map(({ token, scannedAt }) => ({ token, scannedAt })) },
        schema: z.array(CheckinResultSchema),
      });
      // One answer per item, in order; the server merges a code scanned twice (two phones) itself.
      const tx = db.transaction('checkins', 'readwrite');
      await Promise.all([
        ...batch.map((item, i) => tx.store.put({ ...item, synced: 1, outcome: results[i]?.outcome })),
        tx.done,
      ]);
    }
  }

  function sync(): Promise<void> {
    syncing ??= sendBatches()
      .then(() => {
        syncFailed.value = false;
        syncedAt.value = Date.now();
      })
      .catch(() => {
        syncFailed.value = true;
      })
      .finally(() => {
        syncing = null;
        return refresh();
      });
    return syncing;
  }

  const stop = watch(online, (now) => {
    if (now) void loadKeys().then(sync);
  });
  onScopeDispose(stop);

  return { online, keys, unsynced, syncFailed, records, syncedAt, loadKeys, refresh, check, sync };
}
