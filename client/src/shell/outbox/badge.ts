import { computed, type ComputedRef } from 'vue';
import { pendingHint } from './hint';

/**
 * How many of the user's requests wait to be sent, for a badge (e.g. on a tab). Cheap: it does not
 * load the outbox; the outbox keeps the number up to date once it runs.
 */
export function useOutboxBadge(): ComputedRef<number> {
  return computed(() => pendingHint.value);
}
