import { onScopeDispose, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import type { ParseReason } from '@shared/codes';
import type { ProductUpdated } from '@shared/showroom/events';
import type { Locale } from '@shared/showroom/locale';
import type { ResolvedScan } from '@shared/showroom/schemas';
import { currentLocale } from '@client/i18n';
import { afterNextPaint } from '@client/shell/after-next-paint';
import { codeFromRoute, productQuery } from './product-code';
import { labelledClearance } from './resolve-local';
import { useShowroomStore, type Resolution } from './store';

export type ProductProblem = { status: 'invalid_link'; reason: ParseReason } | Exclude<Resolution, { status: 'found' }>;

/**
 * The product page's data: from the device's catalogue at once, then from the server when online;
 * live clearance changes patch it (and the device's copy) while the page is open.
 */
export function useProductView() {
  const route = useRoute();
  const store = useShowroomStore();
  const { t, locale } = useI18n();
  const view = shallowRef<ResolvedScan>();
  const source = ref<'device' | 'server'>();
  const problem = shallowRef<ProductProblem>();
  const loading = ref(false);
  const announcement = ref('');
  let generation = 0;
  let unfollow: (() => void) | undefined;

  async function load(): Promise<void> {
    const mine = ++generation;
    const { result, link } = codeFromRoute(String(route.params.gtin), route.query, window.location.origin);
    if (!result.ok) {
      [view.value, problem.value, loading.value] = [
        undefined,
        { status: 'invalid_link', reason: result.reason },
        false,
      ];
      return;
    }
    const lang = currentLocale();
    const handedOver = store.takeHandedOver(result, lang);
    if (handedOver) [view.value, source.value, problem.value] = [handedOver, 'device', undefined];
    // A handed-over answer shows at once: nothing to load first (and no second render for the flag).
    loading.value = !handedOver;
    try {
      const here = handedOver ?? (await store.resolveHere(result, lang));
      if (mine !== generation) return;
      if (here) [view.value, source.value, problem.value] = [here, 'device', undefined];
      if (navigator.onLine) {
        const fresh = await store.resolveOnServer(link, lang);
        if (mine !== generation) return;
        if (fresh.status === 'found') [view.value, source.value, problem.value] = [fresh.view, 'server', undefined];
        else if (!here) [view.value, problem.value] = [undefined, fresh];
      } else if (!here) [view.value, problem.value] = [undefined, { status: 'not_on_device' }];
    } finally {
      if (mine === generation) loading.value = false;
    }
    const shown = view.value;
    if (!shown) return;
    // The answer is drawn first; following it live and the scan history come after.
    afterNextPaint(() => {
      if (mine !== generation) return;
      follow(shown.product.gtin, () => void askServerAgain(mine, link, lang));
      const { gtin, lot, serial } = result;
      void store.remember({ gtin, lot, serial, query: productQuery(result), name: shown.product.name });
    });
  }

  function applyUpdate(update: ProductUpdated): void {
    void store.applyUpdate(update);
    const current = view.value;
    if (!current) return;
    const lang = currentLocale();
    const state = { phase: update.state.phase, text: update.state.text[lang] };
    const lots = current.lots.map((l) => (l.lot === update.lot ? { ...l, state } : l));
    const sameBatch = current.batch?.lot === update.lot;
    view.value = sameBatch
      ? { ...current, lots, state, clearance: labelledClearance(update.clearance, lang) }
      : { ...current, lots };
    if (sameBatch) announcement.value = t('showroom.product.updated', { state: state.text });
  }

  /** Once live changes are heard: one that came before was missed, so the server is asked again. */
  async function askServerAgain(mine: number, link: string, lang: Locale): Promise<void> {
    if (!navigator.onLine) return;
    const fresh = await store.resolveOnServer(link, lang);
    if (mine !== generation || fresh.status !== 'found') return;
    const [before, now] = [view.value?.state?.text, fresh.view.state?.text];
    const changed = now !== undefined && before !== undefined && now !== before;
    if (changed) await store.sync(); // the device's copy follows first, as it does a change heard live
    if (mine !== generation) return;
    [view.value, source.value, problem.value] = [fresh.view, 'server', undefined];
    if (changed) announcement.value = t('showroom.product.updated', { state: now });
  }

  function follow(gtin: string, onListening: () => void): void {
    unfollow?.();
    // socket.io-client loads with the first product page, not with the app.
    let stopped = false;
    unfollow = () => (stopped = true);
    void import('./live').then(({ followProduct }) => {
      if (!stopped) unfollow = followProduct(gtin, applyUpdate, onListening);
    });
  }

  // Ionic keeps one page per path alive in its stack (a new query reuses it), and useRoute()
  // follows the app to other pages: react only to addresses of this page's own path.
  const ownPath = route.path;
  const isOwn = () => route.path === ownPath;
  watch(
    () => (isOwn() ? route.fullPath : undefined),
    (path) => void (path && load()),
    { immediate: true },
  );
  watch(locale, () => void (isOwn() && load()));
  onScopeDispose(() => {
    generation++; // a load still under way stops
    unfollow?.();
  });

  return { view, source, problem, loading, announcement, reload: load };
}
