import { computed, type WritableComputedRef } from 'vue'
import { currentLocale, i18n, setLocale } from './index'
import { LOCALES, LOCALE_NAMES, type Locale } from './locales'

export interface UseLocale {
  /** The current language; assigning to it switches and remembers the language. */
  locale: WritableComputedRef<Locale>
  locales: readonly Locale[]
  names: Record<Locale, string>
  setLocale: (locale: Locale) => void
}

export function useLocale(): UseLocale {
  const locale = computed<Locale>({
    // Reading i18n's ref keeps this computed reactive to switches made elsewhere.
    get: () => (i18n.global.locale.value, currentLocale()),
    set: setLocale,
  })
  return { locale, locales: LOCALES, names: LOCALE_NAMES, setLocale }
}
