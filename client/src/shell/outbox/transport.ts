import { currentLocale } from '@client/i18n';
import type { OutboxItem } from './types';

/** A request that hangs must not hold up the queue: it counts as no answer and is retried. */
const TIMEOUT_MS = 30_000;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends an item with its Idempotency-Key; any HTTP answer resolves, no answer throws. */
export async function sendWithFetch(item: OutboxItem): Promise<{ status: number; body: unknown }> {
  const headers = new Headers({
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    'Idempotency-Key': item.id,
  });
  let body: string | undefined;
  if (item.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(item.body);
  }
  const response = await fetch(item.url, {
    method: item.method,
    headers,
    body,
    credentials: 'same-origin',
    cache: 'no-store',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: response.status, body: await readBody(response) };
}
