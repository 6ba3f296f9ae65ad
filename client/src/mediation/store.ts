import { defineStore } from 'pinia';
import { reactive, ref, shallowRef, watch } from 'vue';
import type { CaseEvent } from '@shared/disputes/case-events.js';
import type { QueueItem, QueuePage } from '@shared/disputes/case-views.js';
import { DisputeEvents } from '@shared/disputes/events.js';
import { ApiError, apiFetch } from '@client/shell/api';
import { onEvent } from '@client/shell/realtime';
import { emptyFilters, queueQuery, upsertLine } from './queue';

export const useMediationStore = defineStore('mediation', () => {
  const items = shallowRef<QueueItem[]>([]);
  const filters = reactive(emptyFilters());
  const loaded = ref(false);
  const error = ref<string | null>(null);
  /** Case ids that arrived live during this visit, for a "new" mark. */
  const fresh = ref(new Set<string>());

  async function load(): Promise<void> {
    try {
      const page = await apiFetch<QueuePage>(`/api/mediation/queue?${queueQuery(filters)}`);
      items.value = page.items;
      error.value = null;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error.value = e.message;
    } finally {
      loaded.value = true;
    }
  }

  let started = false;
  /** Loads the queue and follows it live: new complaints and changes arrive without reloading. */
  function start(): void {
    if (started) return;
    started = true;
    onEvent<QueueItem>(DisputeEvents.queueAdded, (item) => {
      fresh.value = new Set([...fresh.value, item.id]);
      items.value = upsertLine(items.value, item, filters);
    });
    onEvent<QueueItem>(DisputeEvents.queueUpdated, (item) => {
      items.value = upsertLine(items.value, item, filters);
    });
    watch(filters, () => void load());
  }

  /** Takes a case on. A conflict says who has it: "already claimed by X". */
  async function claim(id: string): Promise<{ ok: true } | { ok: false; message: string; holder?: string }> {
    try {
      await apiFetch<CaseEvent>(`/api/disputes/${id}/claim`, { method: 'POST' });
      return { ok: true };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const holder = (e.details as { mediator?: { name?: string } } | undefined)?.mediator?.name;
      return { ok: false, message: e.message, holder };
    }
  }

  return { items, filters, loaded, error, fresh, start, load, claim };
});
