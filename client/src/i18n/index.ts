import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile-message';
import type { FeatureMessages, MessageTree } from './define';
import { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, LOCALE_STORAGE_KEY, isLocale, type Locale } from './locales';

/**
 * Every `client/src/<folder>/i18n.ts` (shell and each feature) is picked up here, and its
 * messages are placed under the folder's name: a feature adds messages without editing this file.
 */
const modules = import.meta.glob<FeatureMessages>('../*/i18n.ts', { eager: true, import: 'default' });

function namespaceOf(path: string): string {
  const match = /\.\.\/([^/]+)\/i18n\.ts$/.exec(path);
  if (!match?.[1]) throw new Error(`Not a feature messages file: ${path}`);
  return match[1];
}

function mergeMessages(files: Record<string, FeatureMessages>): Record<Locale, MessageTree> {
  const merged = Object.fromEntries(LOCALES.map((locale) => [locale, {}])) as Record<Locale, MessageTree>;
  for (const [path, messages] of Object.entries(files)) {
    const namespace = namespaceOf(path);
    for (const locale of LOCALES) merged[locale][namespace] = messages[locale];
  }
  return merged;
}

const messages = mergeMessages(modules);

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (private mode, enterprise policy): fall back to the default.
    return DEFAULT_LOCALE;
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  messageCompiler: compileMessage,
});

export function currentLocale(): Locale {
  const locale = i18n.global.locale.value;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The document's language for assistive technology, and a cookie with it for the server, which
 * sends a page's boot screen (server/src/client-shell.ts) in that language.
 */
function applyDocumentLang(locale: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** Switches the language everywhere, tells assistive technology via <html lang>, remembers it. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  applyDocumentLang(locale);
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch still applies now.
  }
}

applyDocumentLang(currentLocale());
