import { readonly, ref } from 'vue';

/**
 * A one-time notice for the next page ("You have signed out", "Password changed"): shown once in
 * a status region, never put in the address bar.
 */
export type FlashKey = 'signedOut' | 'deleted' | 'passwordChanged';

const pending = ref<FlashKey | null>(null);

/** For a page that is open while the notice is set (e.g. the account deleted from the Me tab). */
export const pendingFlash = readonly(pending);

export function setFlash(key: FlashKey): void {
  pending.value = key;
}

export function takeFlash(): FlashKey | null {
  const key = pending.value;
  pending.value = null;
  return key;
}
