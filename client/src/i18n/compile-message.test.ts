import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile-message';

function translator(messages: Record<string, string>) {
  const i18n = createI18n({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'zh-CN',
    messages: { en: messages, 'zh-CN': { onlyChinese: '只有中文 {name}' } },
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  });
  return i18n.global.t;
}

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
});
