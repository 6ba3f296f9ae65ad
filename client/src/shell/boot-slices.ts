import { ref } from 'vue';

/**
 * While the server's boot screen covers the app (a first visit), the first page is mounted in
 * slices, one task each, instead of one long task that keeps the phone from answering a tap for
 * a quarter of a second. Nothing of this shows: the boot screen stays until every slice is in
 * (`remove-boot-screen.ts`). Without a boot screen (the service worker's copy, a later page) a
 * page renders in one go, so it never builds up before the user's eyes.
 */
const waiting = ref(0);

export const bootSlices = {
  /** Whether a component mounting now should render its slice in a task of its own. */
  active: (): boolean => document.getElementById('boot-screen') !== null,
  /** Slices still to render; the boot screen waits for 0. */
  waiting: (): number => waiting.value,
  /** Counts a slice until the returned function is called. */
  begin(): () => void {
    waiting.value++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      waiting.value--;
    };
  },
};
