import { IonicVue } from '@ionic/vue';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import { LOCALE_STORAGE_KEY } from '@client/i18n/locales';
import LanguageSwitch from './LanguageSwitch.vue';

async function choose(wrapper: ReturnType<typeof mount>, value: string): Promise<void> {
  const group = wrapper.get('ion-radio-group').element;
  group.dispatchEvent(new CustomEvent('ionChange', { detail: { value }, bubbles: true }));
  await wrapper.vm.$nextTick();
}

describe('LanguageSwitch', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    localStorage.clear();
  });

  const mountSwitch = () => mount(LanguageSwitch, { global: { plugins: [IonicVue, i18n] } });

  it('offers each language named in itself, marked with its language for screen readers', () => {
    const wrapper = mountSwitch();

    const options = wrapper.findAll('ion-radio').map((radio) => [radio.attributes('lang'), radio.text()]);
    expect(options).toEqual([
      ['zh-CN', '简体中文'],
      ['zh-TW', '繁體中文'],
      ['en', 'English'],
    ]);
    expect(wrapper.get('h2').text()).toBe('语言');
  });

  it('when English is chosen, the text changes language and <html lang> follows', async () => {
    const wrapper = mountSwitch();
    expect(wrapper.get('h2').text()).toBe('语言');

    await choose(wrapper, 'en');

    expect(wrapper.get('h2').text()).toBe('Language');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice on the device', async () => {
    const wrapper = mountSwitch();

    await choose(wrapper, 'zh-TW');

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-TW');
    expect(wrapper.get('h2').text()).toBe('語言');
  });

  it('ignores a value that is not a language we offer', async () => {
    const wrapper = mountSwitch();

    await choose(wrapper, 'fr');

    expect(wrapper.get('h2').text()).toBe('语言');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });
});
