import { computed, type WritableComputedRef } from 'vue';
import { currentLocale, setLocale } from './index';
import { LOCALES, LOCALE_NAMES, type Locale } from './locales';

export interface UseLocale {
  /** The current language; assigning to it switches and remembers the language. */
  locale: WritableComputedRef<Locale>;
  locales: readonly Locale[];
  names: Record<Locale, string>;
  setLocale: (locale: Locale) => void;
}

export function useLocale(): UseLocale {
  const locale = computed<Locale>({
    get: currentLocale,
    set: setLocale,
  });
  return { locale, locales: LOCALES, names: LOCALE_NAMES, setLocale };
}
