import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from './locales';

/** A feature's language chunks as a test holds them: each arrives when the test lets it. */
function chunks(texts: Record<Locale, string>) {
  const asked: Locale[] = [];
  const waiting = new Map<Locale, () => void>();
  const importLocale = (locale: Locale) => {
    asked.push(locale);
    return new Promise<{ default: { greeting: string } }>((resolve) =>
      waiting.set(locale, () => resolve({ default: { greeting: texts[locale] } })),
    );
  };
  const arrive = async (locale: Locale) => {
    waiting.get(locale)?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { asked, importLocale, arrive };
}

const TEXTS = { 'zh-CN': '你好', 'zh-TW': '妳好', en: 'Hello' };

// Each test loads the i18n modules afresh, as a page load would.
async function fresh() {
  vi.resetModules();
  const { featureMessages, switchLocale } = await import('./feature-messages');
  const { i18n, currentLocale } = await import('./index');
  return { featureMessages, switchLocale, currentLocale, t: (key: string) => i18n.global.t(key) };
}

describe('feature texts, one chunk per language', () => {
  beforeEach(() => localStorage.clear());

  it('loads only the reader’s language, once', async () => {
    const { featureMessages, t } = await fresh();
    const feature = chunks(TEXTS);
    const load = featureMessages('demo', feature.importLocale);

    const first = load();
    const second = load();
    await feature.arrive('zh-CN');
    await Promise.all([first, second]);

    expect(feature.asked).toEqual(['zh-CN']);
    expect(t('demo.greeting')).toBe('你好');
  });

  it('switches the language only once every feature in use has its texts in it', async () => {
    const { featureMessages, switchLocale, currentLocale, t } = await fresh();
    const feature = chunks(TEXTS);
    const load = featureMessages('demo', feature.importLocale);
    const loaded = load();
    await feature.arrive('zh-CN');
    await loaded;

    const switched = switchLocale('en');
    expect(feature.asked).toEqual(['zh-CN', 'en']);
    expect(currentLocale()).toBe('zh-CN');
    expect(t('demo.greeting')).toBe('你好');

    await feature.arrive('en');
    await switched;
    expect(currentLocale()).toBe('en');
    expect(t('demo.greeting')).toBe('Hello');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches at once to a language already here, and the last choice wins', async () => {
    const { featureMessages, switchLocale, currentLocale } = await fresh();
    const feature = chunks(TEXTS);
    const load = featureMessages('demo', feature.importLocale);
    const loaded = load(['zh-CN', 'zh-TW']);
    await feature.arrive('zh-CN');
    await feature.arrive('zh-TW');
    await loaded;

    const slow = switchLocale('en');
    void switchLocale('zh-TW');
    expect(currentLocale()).toBe('zh-TW');

    await feature.arrive('en');
    await slow;
    expect(currentLocale()).toBe('zh-TW');
  });

  it('asks again for a chunk that failed to arrive', async () => {
    const { featureMessages, t } = await fresh();
    let attempts = 0;
    const load = featureMessages('demo', async (locale) => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: { greeting: TEXTS[locale] } };
    });

    await expect(load()).rejects.toThrow('Failed to fetch');
    await load();

    expect(attempts).toBe(2);
    expect(t('demo.greeting')).toBe('你好');
  });
});
