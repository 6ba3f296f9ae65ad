import { ref } from 'vue';

/**
 * The Disputes tab's badge: unread cases plus complaints waiting on this phone. Kept tiny (no store,
 * no outbox) so the tab bar can show it without loading the disputes code; the store updates it.
 */
const KEY = 'lugang.disputes.badge';

function read(): number {
  try {
    const n = Number(globalThis.localStorage?.getItem(KEY) ?? 0);
    return Number.isFinite(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

export const disputesBadge = ref(read());

export function setDisputesBadge(count: number): void {
  disputesBadge.value = count;
  try {
    if (count > 0) localStorage.setItem(KEY, String(count));
    else localStorage.removeItem(KEY);
  } catch {
    // Shown for this visit only.
  }
}
