import { patched } from './patched';
import type { OutboxStorage, StoredItem, StoredResult } from './types';

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The outbox in memory: for tests, and the fallback when IndexedDB cannot be opened (some private
 * modes). Items then survive only as long as the tab.
 */
export function createMemoryStorage(): OutboxStorage & { results: Map<string, StoredResult> } {
  const items = new Map<string, StoredItem>();
  const results = new Map<string, StoredResult>();
  const listeners = new Set<() => void>();
  // As in IndexedDB (db.ts): listeners hear every write, the tab's own included, a moment after it.
  const changed = () => setTimeout(() => listeners.forEach((listener) => listener()), 0);

  return {
    results,
    async list() {
      return [...items.values()].sort((a, b) => a.seq - b.seq).map(copy);
    },
    async put(item) {
      items.set(item.id, copy(item));
      changed();
    },
    async patch(id, changes) {
      const item = items.get(id);
      if (!item) return false;
      items.set(id, patched(item, copy(changes)));
      changed();
      return true;
    },
    async remove(id) {
      items.delete(id);
      changed();
    },
    async settle(id, result) {
      items.delete(id);
      results.set(result.id, copy(result));
      changed();
    },
    async undelivered(kind) {
      return [...results.values()]
        .filter((r) => r.kind === kind && r.delivered === 0)
        .sort((a, b) => a.at - b.at)
        .map(copy);
    },
    async claim(id) {
      const result = results.get(id);
      if (!result || result.delivered === 1) return false;
      result.delivered = 1;
      changed();
      return true;
    },
    async purgeResults(before) {
      for (const [id, result] of results) if (result.at < before) results.delete(id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
