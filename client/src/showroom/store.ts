import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ScannedCode } from '@shared/codes';
import type { Locale } from '@shared/showroom/locale';
import type { BatchClearance, ResolvedScan } from '@shared/showroom/schemas';
import { i18n } from '@client/i18n';
import { ApiError } from '@client/shell/api';
import type { RecentScan, SyncState } from './catalogue-db';
import type { CatalogueIndex } from './catalogue-index';
import type { RecentScanView } from './scan-history';

export type Resolution =
  | { status: 'found'; view: ResolvedScan; source: 'device' | 'server' }
  /** The server does not know the product (404). */
  | { status: 'unknown' }
  /** Not in the device's catalogue, and the server cannot be reached. */
  | { status: 'not_on_device' }
  /** The server could not read the code (422), with the parse reason code. */
  | { status: 'invalid'; reason: string; ai?: string }
  | { status: 'failed'; message: string };

export type { RecentScanView };

const MAX_RECENT = 30;

// IndexedDB, zod and the label crypto load when first needed, not with the showroom's first page.
const local = () => import('./catalogue-db');
const database = () => local().then((m) => m.catalogueDb());
const history = () => import('./scan-history');
const catalogueSync = () => import('./catalogue-sync');
const remote = () => import('./resolve-remote');

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : i18n.global.t('shell.errors.unexpected');
}

function reasonOf(details: unknown): { reason: string; ai?: string } {
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const reason = typeof record.reason === 'string' ? record.reason : 'not_a_product_code';
  return typeof record.ai === 'string' ? { reason, ai: record.ai } : { reason };
}

/**
 * The showroom's device-side state: the offline catalogue (synced in full once, then by cursor, at
 * start and whenever the connection comes back), resolving codes device-first, and the scan history.
 */
export const useShowroomStore = defineStore('showroom', () => {
  const syncState = shallowRef<SyncState>();
  const syncing = ref(false);
  const syncError = ref<string>();
  const recent = shallowRef<RecentScanView[]>([]);
  let running: Promise<void> | undefined;
  let background = false;

  async function runSync(): Promise<void> {
    try {
      syncState.value = await (await database()).get('meta', 'sync');
      if (!navigator.onLine) return;
      syncing.value = true;
      syncState.value = await (await catalogueSync()).syncCatalogue();
      syncError.value = undefined;
    } catch (error) {
      syncError.value = messageOf(error);
    } finally {
      syncing.value = false;
    }
  }

  /**
   * The device's answer to the latest scan, for the product page that the scan opens next: it shows
   * it in its first frame instead of reading IndexedDB and checking the signature a second time.
   */
  let handedOver: { key: string; view: ResolvedScan } | undefined;
  const handOverKey = (code: ScannedCode, locale: Locale) => [code.gtin, code.lot, code.serial, locale].join('|');

  function takeHandedOver(code: ScannedCode, locale: Locale): ResolvedScan | undefined {
    const taken = handedOver?.key === handOverKey(code, locale) ? handedOver.view : undefined;
    handedOver = undefined;
    return taken;
  }

  /** One sync at a time: callers during a sync share it. */
  function sync(): Promise<void> {
    running ??= runSync().finally(() => (running = undefined));
    return running;
  }

  /** From app start on: sync now and every time the browser is back online. */
  function startBackgroundSync(): void {
    if (background) return;
    background = true;
    window.addEventListener('online', () => void sync());
    void sync();
  }

  let index: CatalogueIndex | undefined;
  let indexing = false;

  /** From now on, the catalogue in memory too, following every change to the device's copy (for the scan page). */
  function keepCatalogueInMemory(): void {
    if (indexing) return;
    indexing = true;
    void import('./catalogue-index')
      .then(async ({ watchCatalogueIndex }) =>
        watchCatalogueIndex(
          await database(),
          (current) => (index = current),
          () => {
            index = undefined; // IndexedDB answers each scan again, until the scan page asks once more
            indexing = false;
          },
        ),
      )
      .catch(() => (indexing = false));
  }

  async function resolveHere(code: ScannedCode, locale: Locale): Promise<ResolvedScan | undefined> {
    if (index) return index.resolve(code, { locale, now: new Date() });
    try {
      const [{ catalogueDb, readProductSlice }, { resolveOnDevice }] = await Promise.all([
        import('./catalogue-db'),
        import('./resolve-local'),
      ]);
      const slice = await readProductSlice(await catalogueDb(), code.gtin, code.serial);
      return slice && resolveOnDevice(slice, code, { locale, now: new Date() });
    } catch {
      return undefined; // no IndexedDB (blocked storage): the server still answers
    }
  }

  async function resolveOnServer(text: string, locale: Locale): Promise<Resolution> {
    try {
      return { status: 'found', view: await (await remote()).resolveOnServer(text, locale), source: 'server' };
    } catch (error) {
      if (!(error instanceof ApiError)) return { status: 'failed', message: messageOf(error) };
      if (error.status === 404) return { status: 'unknown' };
      if (error.status === 422) return { status: 'invalid', ...reasonOf(error.details) };
      if (error.code === 'network') return { status: 'not_on_device' };
      return { status: 'failed', message: error.message };
    }
  }

  function handOver(code: ScannedCode, locale: Locale, view: ResolvedScan): Resolution {
    handedOver = { key: handOverKey(code, locale), view };
    return { status: 'found', view, source: 'device' };
  }

  /** The device's answer without waiting, when the catalogue is in memory and has the product. */
  function resolveInMemory(code: ScannedCode, locale: Locale): Resolution | undefined {
    startBackgroundSync(); // a scan before the app's idle-time start needs the catalogue now
    const here = index?.resolve(code, { locale, now: new Date() });
    return here && handOver(code, locale, here);
  }

  /** Device first (fast, offline); the server only for what the device does not have. */
  async function resolve(code: ScannedCode, text: string, locale: Locale): Promise<Resolution> {
    startBackgroundSync();
    const here = await resolveHere(code, locale);
    if (here) return handOver(code, locale, here);
    if (!navigator.onLine) return { status: 'not_on_device' };
    return resolveOnServer(text, locale);
  }

  /** A clearance change heard live: the device's copy follows, so it is right offline too. */
  async function applyUpdate(update: BatchClearance): Promise<void> {
    try {
      const { catalogueDb, updateBatchClearance } = await local();
      await updateBatchClearance(await catalogueDb(), update);
    } catch {
      // The next sync brings it.
    }
  }

  async function loadRecent(): Promise<void> {
    try {
      const [db, { readRecentScans }] = await Promise.all([database(), history()]);
      recent.value = await readRecentScans(db, MAX_RECENT);
    } catch {
      recent.value = [];
    }
  }

  async function remember(scan: Omit<RecentScan, 'id' | 'at'>): Promise<void> {
    try {
      const [db, { rememberScan }] = await Promise.all([database(), history()]);
      await rememberScan(db, scan, MAX_RECENT);
      await loadRecent();
    } catch {
      // History is a convenience: a device that cannot store it still scans.
    }
  }

  async function clearRecent(): Promise<void> {
    await Promise.all([database(), history()])
      .then(([db, { clearScans }]) => clearScans(db))
      .catch(() => undefined);
    recent.value = [];
  }

  return {
    lastSyncedAt: computed(() => syncState.value?.syncedAt),
    syncing: computed(() => syncing.value),
    syncError: computed(() => syncError.value),
    recent: computed(() => recent.value),
    sync,
    startBackgroundSync,
    keepCatalogueInMemory,
    resolveInMemory,
    resolve,
    takeHandedOver,
    resolveHere,
    resolveOnServer,
    applyUpdate,
    loadRecent,
    remember,
    clearRecent,
  };
});
