import { CatalogueSyncSchema } from '@shared/showroom/catalogue-schemas';
import { requestJson, type RequestContext } from '@client/shell/api-request';
import { catalogueDb, storeSync, type SyncState } from './catalogue-db';

/**
 * The network side of the offline catalogue: the whole catalogue the first time, then what changed
 * since the stored cursor. Answers are validated before they go into IndexedDB, where a bad record
 * would stay. It runs in the sync worker (see `catalogue-sync.ts`), so it must not need the page.
 */
export async function downloadCatalogue(context: RequestContext, now = new Date()): Promise<SyncState> {
  const db = await catalogueDb();
  const state = await db.get('meta', 'sync');
  const since = state ? `?since=${encodeURIComponent(state.cursor)}` : '';
  const data = await requestJson(`/api/catalogue/sync${since}`, { schema: CatalogueSyncSchema }, context);
  return storeSync(db, data, now);
}
