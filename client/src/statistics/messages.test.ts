import { describe, expect, it } from 'vitest';
import type { MessageTree } from '@client/i18n/define';
import { LOCALES } from '@client/i18n/locales';
import { statisticsMessages } from './messages';

// locales-complete.test.ts checks the eager `i18n.ts`; the texts loaded with the pages get the same checks here.
function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1] ?? '').sort();
const reference = leaves(statisticsMessages['zh-CN']);

describe('statistics texts loaded with the pages', () => {
  it.each(LOCALES.filter((locale) => locale !== 'zh-CN'))('%s has exactly the keys of zh-CN', (locale) => {
    expect([...leaves(statisticsMessages[locale]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)('%s has no empty text, and the placeholders of zh-CN', (locale) => {
    for (const [key, text] of leaves(statisticsMessages[locale])) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });

  it.each(LOCALES)('%s uses no character vue-i18n would read as syntax (| plural, @ link)', (locale) => {
    for (const [key, text] of leaves(statisticsMessages[locale])) expect(text, `${locale} ${key}`).not.toMatch(/[|@]/);
  });
});
