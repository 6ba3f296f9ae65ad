import { currentLocale, i18n } from '@client/i18n';
import type { RequestContext } from '@client/shell/api-request';
import { ApiError } from '@client/shell/api';
import { catalogueChanged } from './catalogue-changes';
import type { SyncState } from './catalogue-db';

/** What the sync worker answers: the new state, or why it failed (an ApiError's fields when it was one). */
export type SyncOutcome =
  | { ok: true; state: SyncState }
  | { ok: false; error: { status?: number; code?: string; message: string; details?: unknown } };

function errorOf({ error }: Extract<SyncOutcome, { ok: false }>): Error {
  const { status, code, message, details } = error;
  return status === undefined || code === undefined ? new Error(message) : new ApiError(status, code, message, details);
}

/**
 * Downloads the catalogue in a Web Worker: the answer's validation (zod) and the IndexedDB writes of
 * a whole catalogue stay off the page's main thread, and zod is not part of the first page's JS.
 * Resolves with undefined when the worker could not start.
 */
function syncInWorker(context: RequestContext): Promise<SyncState | undefined> {
  if (typeof Worker !== 'function') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./catalogue-sync.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<SyncOutcome>) => {
      worker.terminate();
      if (data.ok) resolve(data.state);
      else reject(errorOf(data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(undefined);
    };
    worker.postMessage(context);
  });
}

/** Brings the device's catalogue up to date, then tells this tab's watchers and the other tabs. */
export async function syncCatalogue(): Promise<SyncState> {
  const context: RequestContext = {
    locale: currentLocale(),
    texts: { network: i18n.global.t('shell.errors.network'), unexpected: i18n.global.t('shell.errors.unexpected') },
  };
  let state = await syncInWorker(context);
  if (!state) {
    const { downloadCatalogue } = await import('./catalogue-download'); // no Worker here: on the main thread
    state = await downloadCatalogue(context);
  }
  catalogueChanged();
  return state;
}
