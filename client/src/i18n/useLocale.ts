import { computed, type WritableComputedRef } from 'vue';
import { switchLocale } from './feature-messages';
import { currentLocale } from './index';
import { LOCALES, LOCALE_NAMES, type Locale } from './locales';

export interface UseLocale {
  /** The current language; assigning to it switches (once its texts are here) and remembers the language. */
  locale: WritableComputedRef<Locale>;
  locales: readonly Locale[];
  names: Record<Locale, string>;
  /** Switches and remembers the language, once the texts of the pages in use have arrived in it. */
  setLocale: (locale: Locale) => Promise<void>;
}

export function useLocale(): UseLocale {
  const locale = computed<Locale>({
    get: currentLocale,
    set: (value) => void switchLocale(value),
  });
  return { locale, locales: LOCALES, names: LOCALE_NAMES, setLocale: switchLocale };
}
