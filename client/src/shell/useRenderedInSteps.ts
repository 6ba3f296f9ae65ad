import { computed, nextTick, onScopeDispose, ref, watch, type ComputedRef } from 'vue';
import { yieldToMain } from './yield-to-main';

/**
 * The items of a list of cards, a few more in each task: mounting a screenful of cards made of
 * Ionic's components in one go keeps a phone from answering a tap for a few hundred ms (the
 * training catalogue: ~90 ms on the 2-core test machine, 4× that on a mid-range phone). The list
 * grows in steps when it gets longer (the first load, a filter cleared) and shrinks at once.
 */
export function useRenderedInSteps<T>(list: () => readonly T[], perStep = 1): ComputedRef<readonly T[]> {
  const shown = ref(0);
  let stepping = false;
  let stopped = false;

  async function growToFullLength(): Promise<void> {
    if (stepping) return;
    stepping = true;
    try {
      while (!stopped && shown.value < list().length) {
        shown.value += perStep;
        await nextTick(); // this step is drawn in this task...
        await yieldToMain(); // ...and the browser may answer a tap before the next
      }
    } finally {
      stepping = false;
    }
  }

  watch(
    () => list().length,
    (length) => {
      shown.value = Math.min(shown.value, length);
      void growToFullLength();
    },
    { immediate: true },
  );
  onScopeDispose(() => (stopped = true));

  return computed(() => list().slice(0, shown.value));
}
