import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { createI18n, I18nT } from 'vue-i18n';
import { compileMessage } from './compile-message';

function createTestI18n(messages: Record<string, string>) {
  return createI18n({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'zh-CN',
    messages: { en: messages, 'zh-CN': { onlyChinese: '只有中文 {name}' } },
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  });
}

const translator = (messages: Record<string, string>) => createTestI18n(messages).global.t;

describe('compileMessage', () => {
  it('fills named placeholders, with or without spaces inside the braces', () => {
    const t = translator({ greeting: 'Booth {booth}, row { row }' });
    expect(t('greeting', { booth: 'A-12', row: 3 })).toBe('Booth A-12, row 3');
  });

  it('fills the same placeholder twice and leaves text without placeholders as it is', () => {
    const t = translator({ twice: '{n} of {n}', plain: '离线模式 — saved on this device' });
    expect(t('twice', { n: 2 })).toBe('2 of 2');
    expect(t('plain')).toBe('离线模式 — saved on this device');
  });

  it('writes nothing for a value not given, rather than the placeholder', () => {
    const t = translator({ who: 'Hello {name}!' });
    expect(t('who')).toBe('Hello !');
  });

  it('keeps working through the fallback language', () => {
    const t = translator({});
    expect(t('onlyChinese', { name: 'A' })).toBe('只有中文 A');
  });

  it('compiles a text once, however often it is shown', () => {
    const context = { key: 'k', locale: 'en' };
    expect(compileMessage('{a}-{b}', context)).toBe(compileMessage('{a}-{b}', context));
  });

  it('puts a component into a placeholder for <I18nT>', () => {
    const i18n = createTestI18n({ syncedAt: 'Updated {time} on this device' });
    const wrapper = mount(
      () =>
        h(
          I18nT,
          { keypath: 'syncedAt', tag: 'p', scope: 'global' },
          { time: () => h('time', { datetime: '10:05' }, '10:05') },
        ),
      { global: { plugins: [i18n] } },
    );
    expect(wrapper.html()).toBe('<p>Updated <time datetime="10:05">10:05</time> on this device</p>');
  });
});
