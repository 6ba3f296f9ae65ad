import { defineStore } from 'pinia';
import { computed, reactive, ref, watch } from 'vue';
import { DisputeEvents } from '@shared/disputes/events.js';
import { FilingResultSchema, type FilingBody, type FilingResult } from '@shared/disputes/filing.js';
import type { MyCaseSummary } from '@shared/disputes/case-views.js';
import { useAuthStore } from '@client/accounts/store';
import { ApiError, apiFetch } from '@client/shell/api';
import { onOutboxResult, useOutbox, type OutboxResult } from '@client/shell/outbox';
import { onEvent } from '@client/shell/realtime';
import { setDisputesBadge } from './badge';
import type { PreparedPhoto } from './photos';
import { queueUploads, startUploads } from './uploads';

export const FILE_KIND = 'disputes.file';

/** What became of a complaint sent from this phone, by outbox item id. */
export type FilingOutcome =
  { kind: 'filed'; result: FilingResult } | { kind: 'refused'; label: string; message: string; code: string };

type PhotoMeta = { photoId: string; dataUrl: string };

function errorOf(body: unknown): { code: string; message: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return { code: String(error?.code ?? 'http_error'), message: String(error?.message ?? '') };
}

export const useDisputesStore = defineStore('disputes', () => {
  const auth = useAuthStore();
  const outbox = useOutbox();
  const mine = ref<MyCaseSummary[]>([]);
  const loaded = ref(false);
  const failed = ref(false);
  const outcomes = reactive<Record<string, FilingOutcome>>({});

  const pending = computed(() => outbox.items.value.filter((item) => item.kind === FILE_KIND));
  const unread = computed(() => mine.value.filter((c) => c.lastSeq > c.readSeq).length);
  watch([unread, () => pending.value.length], ([u, p]) => setDisputesBadge(u + p));

  function upsert(summary: MyCaseSummary): void {
    const index = mine.value.findIndex((c) => c.id === summary.id);
    if (index >= 0) mine.value[index] = summary;
    else mine.value.unshift(summary);
  }

  async function load(): Promise<void> {
    if (!auth.isSignedIn) return;
    try {
      mine.value = await apiFetch<MyCaseSummary[]>('/api/me/disputes');
      failed.value = false;
    } catch (error) {
      failed.value = true;
      if (!(error instanceof ApiError)) throw error;
    } finally {
      loaded.value = true;
    }
  }

  /** The server's answer to a complaint sent from the outbox: photos follow, the list refreshes. */
  async function onFiled({ item, status, body }: OutboxResult): Promise<void> {
    if (status >= 200 && status < 300) {
      const result = FilingResultSchema.parse(body);
      const photos = (item.meta?.photos ?? []) as PhotoMeta[];
      const urls = new Map(result.evidenceUploads.map((u) => [u.photoId, u.url]));
      await queueUploads(
        result.id,
        photos.flatMap((p) => {
          const url = urls.get(p.photoId);
          return url ? [{ photoId: p.photoId, url, dataUrl: p.dataUrl }] : [];
        }),
      );
      outcomes[item.id] = { kind: 'filed', result };
      startUploads();
      void load();
    } else {
      const { code, message } = errorOf(body);
      outcomes[item.id] = { kind: 'refused', label: String(item.meta?.label ?? ''), code, message };
    }
  }

  let started = false;
  /** Follows the outbox's answers and the live list. Called by every disputes page. */
  function start(): void {
    if (started) return;
    started = true;
    onOutboxResult(FILE_KIND, onFiled);
    onEvent<MyCaseSummary>(DisputeEvents.caseChanged, upsert);
    startUploads();
  }

  /** Saves the complaint on the phone and sends it when it can; resolves with the outbox item id. */
  async function file(body: FilingBody, photos: PreparedPhoto[], label: string): Promise<string> {
    const item = await outbox.enqueue({
      kind: FILE_KIND,
      method: 'POST',
      url: '/api/disputes',
      body,
      meta: { label, photos: photos.map((p) => ({ photoId: p.photoId, dataUrl: p.dataUrl })) },
    });
    return item.id;
  }

  /** The line read up to here: the list's unread mark goes. */
  function markRead(caseId: string, seq: number): void {
    const line = mine.value.find((c) => c.id === caseId);
    if (line && line.readSeq < seq) line.readSeq = seq;
  }

  const refusals = computed(() =>
    Object.entries(outcomes).flatMap(([id, o]) => (o.kind === 'refused' ? [{ id, ...o }] : [])),
  );

  return { mine, loaded, failed, pending, unread, outcomes, refusals, start, load, file, markRead };
});
