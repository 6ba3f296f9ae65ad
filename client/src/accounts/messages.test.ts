import { describe, expect, it } from 'vitest';
import type { MessageTree } from '@client/i18n/define';
import { LOCALES } from '@client/i18n/locales';
import { outboxMessages } from '@client/shell/outbox/i18n';
import { accountsMessages } from './messages';

// locales-complete.test.ts checks the eager `i18n.ts` files; the texts loaded later get the same checks here.
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

describe.each([
  ['accounts (loaded with the accounts pages)', accountsMessages],
  ['outbox (loaded with the outbox list)', outboxMessages],
])('%s', (_name, messages) => {
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

  it('has no vue-i18n syntax characters by accident (@ | { } outside placeholders)', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messages[locale])) {
        expect(text.replace(/\{\s*\w+\s*\}/g, ''), `${locale} ${key}`).not.toMatch(/[@|{}]/);
      }
    }
  });
});
