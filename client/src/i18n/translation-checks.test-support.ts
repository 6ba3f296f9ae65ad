import { expect, it } from 'vitest';
import type { FeatureMessages, MessageTree } from './define';
import { LOCALES } from './locales';

/** Every text of a message tree by its dotted key. */
export function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1] ?? '').sort();

/**
 * The checks every set of texts gets, eager (`i18n.ts`) or loaded with its pages (`messages.ts`):
 * zh-TW and en have exactly zh-CN's keys, no text is empty, each keeps zh-CN's placeholders, and none
 * holds a character vue-i18n would read as syntax by accident (the app compiles texts with
 * `compile-message.ts`, which knows placeholders only). Call inside a `describe`.
 */
export function checkTranslations(messages: FeatureMessages): void {
  const reference = leaves(messages['zh-CN']);

  it.each(LOCALES.filter((locale) => locale !== 'zh-CN'))('%s has exactly the keys of zh-CN', (locale) => {
    expect([...leaves(messages[locale]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)('%s has no empty text, and the placeholders of zh-CN', (locale) => {
    for (const [key, text] of leaves(messages[locale])) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it.each(LOCALES)('%s has no vue-i18n syntax by accident (@ | { } outside placeholders)', (locale) => {
    for (const [key, text] of leaves(messages[locale])) {
      expect(text.replace(/\{\s*\w+\s*\}/g, ''), `${locale} ${key}`).not.toMatch(/[@|{}]/);
    }
  });
}
