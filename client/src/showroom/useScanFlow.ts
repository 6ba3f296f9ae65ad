import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { parseScannedCode } from '@shared/codes';
import { currentLocale } from '@client/i18n';
import { productLocation } from './product-code';
import { reasonText } from './reasons';
import { useShowroomStore } from './store';

/**
 * What happens to a scanned or typed code: parse it (saying exactly why when it cannot be read),
 * resolve it device-first, then open the product page, which refreshes from the server.
 */
export function useScanFlow() {
  const { t } = useI18n();
  const router = useRouter();
  const store = useShowroomStore();
  const busy = ref(false);
  const problem = ref('');

  async function handle(text: string): Promise<void> {
    if (busy.value) return;
    const parsed = parseScannedCode(text);
    if (!parsed.ok) {
      problem.value = t('showroom.scan.invalid', { reason: reasonText(t, parsed.reason) });
      return;
    }
    busy.value = true;
    problem.value = '';
    try {
      const result = await store.resolve(parsed, text, currentLocale());
      const gtin = parsed.gtin;
      if (result.status === 'found') await router.push(productLocation(parsed));
      else if (result.status === 'unknown') problem.value = t('showroom.scan.unknown', { gtin });
      else if (result.status === 'not_on_device') problem.value = t('showroom.scan.notOnDevice', { gtin });
      else if (result.status === 'invalid') {
        problem.value = t('showroom.scan.invalid', { reason: reasonText(t, { code: result.reason, ai: result.ai }) });
      } else problem.value = t('showroom.scan.failed', { message: result.message });
    } finally {
      busy.value = false;
    }
  }

  return { busy, problem, handle };
}
