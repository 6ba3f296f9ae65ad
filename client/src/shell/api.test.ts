import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { setLocale } from '@client/i18n';
import { ApiError, apiFetch } from './api';

const fetchMock = vi.fn<typeof fetch>();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function sentRequest(): { url: string; init: RequestInit; headers: Headers } {
  const [url, init = {}] = fetchMock.mock.calls[0] ?? [];
  return { url: String(url), init, headers: new Headers(init.headers) };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.catch((reason: unknown) => reason);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiFetch', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('sends a body as JSON with the session cookie and the chosen language', async () => {
    fetchMock.mockResolvedValue(json({ id: 'd1' }, 201));
    setLocale('zh-TW');

    const result = await apiFetch<{ id: string }>('/api/disputes', { method: 'POST', body: { title: '退款' } });

    expect(result).toEqual({ id: 'd1' });
    const { url, init, headers } = sentRequest();
    expect(url).toBe('/api/disputes');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"title":"退款"}');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('zh-TW');
  });

  it('passes FormData through untouched, so the browser sets the multipart boundary', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const form = new FormData();
    form.append('note', 'photo');

    const result = await apiFetch('/api/disputes/d1/evidence', { method: 'POST', body: form });

    expect(result).toBeUndefined();
    expect(sentRequest().init.body).toBe(form);
    expect(sentRequest().headers.has('Content-Type')).toBe(false);
  });

  it('turns the server error envelope into an ApiError with status, code, message and details', async () => {
    fetchMock.mockResolvedValue(
      json({ error: { code: 'course_full', message: '课程已满', details: { waitlist: 3 } } }, 409),
    );

    const error = await failure(apiFetch('/api/training/courses/c1/registrations', { method: 'POST', body: {} }));

    expect(error).toMatchObject({ status: 409, code: 'course_full', message: '课程已满', details: { waitlist: 3 } });
  });

  it('when the network is down, throws an ApiError with code "network" and a message to show', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const error = await failure(apiFetch('/api/training/courses'));

    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
    expect(error.message).toBe('网络连接失败，请检查网络后重试。');
  });

  it('an error page that is not our JSON still becomes an ApiError', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = await failure(apiFetch('/api/training/courses'));

    expect(error).toMatchObject({ status: 502, code: 'http_error' });
  });

  it('a request the caller aborted is rethrown as is, not reported as a network failure', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    fetchMock.mockRejectedValue(abort);

    await expect(apiFetch('/api/training/courses')).rejects.toBe(abort);
  });

  it('validates and types the answer with a schema when one is given', async () => {
    fetchMock.mockResolvedValue(json({ seats: '3' }));
    const schema = z.object({ seats: z.coerce.number() });

    const course: { seats: number } = await apiFetch('/api/training/courses/c1', { schema });

    expect(course).toEqual({ seats: 3 });
  });
});
