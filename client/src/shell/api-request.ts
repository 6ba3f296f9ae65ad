/** A failed API call. `message` is ready to show: the server localises it via Accept-Language. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    /** Stable machine-readable code from the server, or `network` / `http_error` / `invalid_response`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ApiInit<T = unknown> extends Omit<RequestInit, 'body'> {
  /** Sent as JSON unless it is already a body the browser sends as is (FormData, Blob, …). */
  body?: unknown;
  /** Validates the response, e.g. a zod schema from @shared: the result is then typed by it. */
  schema?: { parse: (data: unknown) => T };
}

function isRawBody(body: unknown): body is BodyInit {
  return (
    body instanceof FormData ||
    body instanceof Blob ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof ReadableStream
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

/** What a request needs from the page: the language, and the texts of the errors the server does not word. */
export interface RequestContext {
  locale: string;
  texts: { readonly network: string; readonly unexpected: string };
}

/**
 * `apiFetch` without the page's i18n, so a Web Worker can call the server too (it is given the
 * language and the two texts). Resolves with the parsed JSON; throws ApiError otherwise.
 */
export async function requestJson<T = unknown>(path: string, init: ApiInit<T>, context: RequestContext): Promise<T> {
  const { body, headers: extraHeaders, schema, ...rest } = init;
  const headers = new Headers(extraHeaders);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', context.locale);

  let requestBody: BodyInit | undefined;
  if (isRawBody(body)) {
    requestBody = body;
  } else if (body !== undefined) {
    headers.set('Content-Type', 'application/json');
    requestBody = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers, body: requestBody, credentials: 'same-origin' });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network', context.texts.network, { cause: String(error) });
  }

  let data: unknown;
  try {
    data = await readJson(response);
  } catch {
    // A proxy error page or a truncated body: not something the caller can use.
    const code = response.ok ? 'invalid_response' : 'http_error';
    throw new ApiError(response.status, code, context.texts.unexpected);
  }

  if (!response.ok) {
    if (isErrorBody(data)) {
      const { code, message, details } = data.error;
      throw new ApiError(response.status, code, message, details);
    }
    throw new ApiError(response.status, 'http_error', context.texts.unexpected);
  }
  // The caller names T; without a schema the server's contract is trusted as is.
  return schema ? schema.parse(data) : (data as T);
}
