import { describe, expect, it } from 'vitest';
import type { FeatureMessages, MessageTree } from './define';
import { LOCALES } from './locales';

// The same files the app loads (see index.ts): a new feature's messages are checked too.
const files = import.meta.glob<FeatureMessages>('../*/i18n.ts', { eager: true, import: 'default' });

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

describe('translations', () => {
  it('finds the shell and the five features', () => {
    const folders = Object.keys(files).map((path) => path.split('/')[1]);
    expect(folders).toEqual(
      expect.arrayContaining(['shell', 'showroom', 'training', 'disputes', 'mediation', 'accounts']),
    );
  });

  describe.each(Object.entries(files))('%s', (_path, messages) => {
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
  });
});
