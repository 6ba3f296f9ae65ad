import { currentLocale, i18n } from '@client/i18n';
import { requestJson, type ApiInit, type RequestContext } from './api-request';

export { ApiError, type ApiInit } from './api-request';

/** Read only when a request fails without the server's own wording. */
const errorTexts: RequestContext['texts'] = {
  get network() {
    return i18n.global.t('shell.errors.network');
  },
  get unexpected() {
    return i18n.global.t('shell.errors.unexpected');
  },
};

/**
 * Calls the server: `apiFetch<Course[]>('/api/training/courses')`,
 * `apiFetch('/api/disputes', { method: 'POST', body: draft, schema: DisputeSchema })`.
 * Resolves with the parsed JSON (undefined for an empty body); throws ApiError otherwise.
 * An aborted request rethrows the AbortError untouched, so callers can ignore it.
 */
export function apiFetch<T = unknown>(path: string, init: ApiInit<T> = {}): Promise<T> {
  return requestJson(path, init, { locale: currentLocale(), texts: errorTexts });
}
