import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter, type RouteLocationRaw } from 'vue-router';
import { createAnimation, useIonRouter } from '@ionic/vue';
import { parseScannedCode, type ScannedCode } from '@shared/codes';
import { currentLocale } from '@client/i18n';
import { productLocation } from './product-code';
import { reasonText } from './reasons';
import { useShowroomStore, type Resolution } from './store';

/**
 * No page transition: the answer to a scan is what the user waits for, so it shows in its first
 * frame (Ionic's would fade it in over ~300 ms). Going back from it is instant too, as Ionic goes
 * back with the animation a page was opened with.
 */
const atOnce = () => createAnimation();

/**
 * What happens to a scanned or typed code: parse it (saying exactly why when it cannot be read),
 * resolve it device-first, then open the product page, which refreshes from the server.
 */
export function useScanFlow() {
  const { t } = useI18n();
  const router = useRouter();
  const ionRouter = useIonRouter();
  const store = useShowroomStore();
  const busy = ref(false);
  const problem = ref('');
  store.keepCatalogueInMemory();

  /** Ionic's push with an animation returns nothing: wait for the router to have arrived (or failed). */
  function openAtOnce(location: RouteLocationRaw): Promise<void> {
    const arrived = new Promise<void>((resolve) => {
      const stop = router.afterEach(() => {
        stop();
        resolve();
      });
    });
    ionRouter.push(location, atOnce);
    return arrived;
  }

  /** In memory, the answer is there at once (no "Resolving…" flashes up); otherwise wait for IndexedDB or the server. */
  async function resolve(code: ScannedCode, text: string): Promise<Resolution> {
    const locale = currentLocale();
    const inMemory = store.resolveInMemory(code, locale);
    if (inMemory) return inMemory;
    busy.value = true;
    return store.resolve(code, text, locale);
  }

  let handling = false;

  async function handle(text: string): Promise<void> {
    if (handling) return;
    const parsed = parseScannedCode(text);
    if (!parsed.ok) {
      problem.value = t('showroom.scan.invalid', { reason: reasonText(t, parsed.reason) });
      return;
    }
    handling = true;
    problem.value = '';
    try {
      const result = await resolve(parsed, text);
      const gtin = parsed.gtin;
      if (result.status === 'found') await openAtOnce(productLocation(parsed));
      else if (result.status === 'unknown') problem.value = t('showroom.scan.unknown', { gtin });
      else if (result.status === 'not_on_device') problem.value = t('showroom.scan.notOnDevice', { gtin });
      else if (result.status === 'invalid') {
        problem.value = t('showroom.scan.invalid', { reason: reasonText(t, { code: result.reason, ai: result.ai }) });
      } else problem.value = t('showroom.scan.failed', { message: result.message });
    } finally {
      handling = false;
      busy.value = false;
    }
  }

  return { busy, problem, handle };
}
