import { ref, shallowRef, watch, type Ref } from 'vue';
import { currentLocale } from '@client/i18n';

/** One request's answer, with loading and the error to show; asked again in a newly chosen language. */
export function useLoad<T>(fetcher: (signal: AbortSignal) => Promise<T>): {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  error: Ref<string>;
  load: () => Promise<void>;
} {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref('');
  let controller: AbortController | null = null;

  async function load(): Promise<void> {
    controller?.abort();
    const mine = (controller = new AbortController());
    loading.value = true;
    try {
      data.value = await fetcher(mine.signal);
      error.value = '';
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return;
      error.value = failure instanceof Error ? failure.message : String(failure);
    } finally {
      if (mine === controller) loading.value = false;
    }
  }

  // Names (merchants, products) come in the language of the request.
  watch(currentLocale, () => {
    if (data.value) void load();
  });

  return { data, loading, error, load };
}
