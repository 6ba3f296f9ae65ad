export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Where the chosen language is remembered on the device. */
export const LOCALE_STORAGE_KEY = 'lugang.locale';
/** The same, for the server: it sends a page's boot screen in that language. */
export const LOCALE_COOKIE = 'lugang_locale';

/** Each language named in itself, so a reader finds their own whatever the current locale. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
