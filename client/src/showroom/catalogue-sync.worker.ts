import { ApiError, type RequestContext } from '@client/shell/api-request';
import { downloadCatalogue } from './catalogue-download';
import type { SyncOutcome } from './catalogue-sync';

declare const self: DedicatedWorkerGlobalScope;

function failureOf(error: unknown): SyncOutcome {
  if (error instanceof ApiError) {
    const { status, code, message, details } = error;
    return { ok: false, error: { status, code, message, details: structuredCloneable(details) } };
  }
  return { ok: false, error: { message: String(error) } };
}

function structuredCloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

self.onmessage = async ({ data: context }: MessageEvent<RequestContext>) => {
  const outcome = await downloadCatalogue(context).then((state): SyncOutcome => ({ ok: true, state }), failureOf);
  self.postMessage(outcome);
};
