import type { Locale } from '@shared/showroom/locale';
import { CatalogueSyncSchema, ResolvedScanSchema, type ResolvedScan } from '@shared/showroom/schemas';
import { apiFetch } from '@client/shell/api';
import { applySync, catalogueDb, type SyncState } from './catalogue-db';

/**
 * The network side of the offline catalogue, loaded only when it is used (it brings zod along):
 * the whole catalogue the first time, then what changed since the stored cursor. Answers are
 * validated before they go into IndexedDB, where a bad record would stay.
 */
export async function syncCatalogue(now = new Date()): Promise<SyncState> {
  const db = await catalogueDb();
  const state = await db.get('meta', 'sync');
  const since = state ? `?since=${encodeURIComponent(state.cursor)}` : '';
  const data = await apiFetch(`/api/catalogue/sync${since}`, { schema: CatalogueSyncSchema });
  return applySync(db, data, now);
}

/** `GET /api/products/resolve` for what was scanned (officers get the full declaration number). */
export function resolveOnServer(code: string, locale: Locale): Promise<ResolvedScan> {
  const path = `/api/products/resolve?code=${encodeURIComponent(code)}&lang=${locale}`;
  return apiFetch(path, { schema: ResolvedScanSchema });
}
