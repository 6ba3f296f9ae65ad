import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_STORAGE_KEY } from './locales';

// Each test loads the i18n module afresh, as a page load would.
async function freshLocale() {
  vi.resetModules();
  const { useLocale } = await import('./useLocale');
  const { i18n } = await import('./index');
  return { ...useLocale(), t: i18n.global.t };
}

describe('useLocale', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('starts in Simplified Chinese on a new device', async () => {
    const { locale, t } = await freshLocale();

    expect(locale.value).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(t('showroom.tab')).toBe('展厅');
  });

  it('starts in the language chosen on an earlier visit', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');

    const { locale, t } = await freshLocale();

    expect(locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('showroom.tab')).toBe('Showroom');
  });

  it('ignores a stored value that is not one of our languages', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');

    const { locale } = await freshLocale();

    expect(locale.value).toBe('zh-CN');
  });

  it('assigning the locale switches the text and remembers it', async () => {
    const { locale, t } = await freshLocale();

    locale.value = 'zh-TW';

    expect(t('disputes.tab')).toBe('糾紛');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-TW');
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it('still switches when the browser blocks storage', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { locale, t } = await freshLocale();

    locale.value = 'en';

    expect(locale.value).toBe('en');
    expect(t('training.tab')).toBe('Training');
  });
});
