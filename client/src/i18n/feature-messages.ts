import type { MessageTree } from './define';
import { currentLocale, i18n, setLocale } from './index';
import type { Locale } from './locales';

type FeatureTexts = {
  has: (locale: Locale) => boolean;
  load: (locale: Locale) => Promise<void>;
};

/** Every feature whose texts are in use: what a language switch must load first. */
const inUse: FeatureTexts[] = [];

/**
 * Loads a feature's texts (`<feature>/messages/<locale>.ts`) under `namespace.`, one language per
 * chunk: a page fetches only its reader's language, once. `importLocale` is the feature's own
 * dynamic import, so that the bundler makes a chunk of each language file.
 */
export function featureMessages(
  namespace: string,
  importLocale: (locale: Locale) => Promise<{ default: MessageTree }>,
): (locales?: readonly Locale[]) => Promise<void> {
  const merged = new Set<Locale>();
  const loading = new Map<Locale, Promise<void>>();
  const texts: FeatureTexts = {
    has: (locale) => merged.has(locale),
    load(locale) {
      let loaded = loading.get(locale);
      if (!loaded) {
        loaded = importLocale(locale).then((module) => {
          i18n.global.mergeLocaleMessage(locale, { [namespace]: module.default });
          merged.add(locale);
        });
        // A chunk that failed to arrive is asked for again next time.
        loaded.catch(() => loading.delete(locale));
        loading.set(locale, loaded);
      }
      return loaded;
    },
  };
  return async (locales = [currentLocale()]) => {
    if (!inUse.includes(texts)) inUse.push(texts);
    await Promise.all(locales.map(texts.load));
  };
}

let wanted: Locale | undefined;

/**
 * Switches the language once every feature in use has its texts in it (at once when they are
 * already here), so that no page shows a mix of two languages. The last choice wins.
 */
export async function switchLocale(locale: Locale): Promise<void> {
  wanted = locale;
  const missing = inUse.filter((texts) => !texts.has(locale));
  if (missing.length) await Promise.all(missing.map((texts) => texts.load(locale)));
  if (wanted === locale) setLocale(locale);
}
