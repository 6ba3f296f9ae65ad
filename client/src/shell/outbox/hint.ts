import { ref } from 'vue';

/**
 * How many outbox items this device holds, remembered in localStorage: the app's start and the
 * badge read it without loading IndexedDB code when nothing is waiting.
 */
export const PENDING_HINT_KEY = 'lugang.outbox.pending';

/** The count, or null when storage cannot be read (then the outbox must look for itself). */
export function readPendingHint(): number | null {
  try {
    const value = Number(globalThis.localStorage?.getItem(PENDING_HINT_KEY) ?? 0);
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return null;
  }
}

/** The signed-in user's waiting items once the outbox runs; until then the device's count. */
export const pendingHint = ref(readPendingHint() ?? 0);

export function writePendingHint(deviceCount: number): void {
  try {
    if (deviceCount > 0) localStorage.setItem(PENDING_HINT_KEY, String(deviceCount));
    else localStorage.removeItem(PENDING_HINT_KEY);
  } catch {
    // The next start then loads the outbox to find out.
  }
}
