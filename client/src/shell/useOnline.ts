import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue';

/**
 * Whether the browser believes it has a network. `true` does not promise the server is
 * reachable (captive portals, dead Wi-Fi): requests must still handle failure themselves.
 */
export function useOnline(): Readonly<Ref<boolean>> {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
  const update = (event: Event): void => {
    online.value = event.type === 'online';
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  if (getCurrentScope()) {
    onScopeDispose(() => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    });
  }
  return readonly(online);
}
