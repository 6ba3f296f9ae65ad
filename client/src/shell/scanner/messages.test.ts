import { describe, expect, it } from 'vitest';
import { i18n } from '@client/i18n';
import type { MessageTree } from '@client/i18n/define';
import { LOCALES } from '@client/i18n/locales';
import { registerScannerMessages, scannerMessages } from './messages';

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
const reference = leaves(scannerMessages['zh-CN']);

describe('scanner texts (loaded with the scanner)', () => {
  it.each(LOCALES)('%s has exactly the keys of zh-CN, none empty, with its placeholders', (locale) => {
    const texts = leaves(scannerMessages[locale]);
    expect([...texts.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(reference.get(key) ?? ''));
      expect(text, `${locale} ${key}`).not.toMatch(/[|@]/);
    }
  });

  it('once registered, they are found under scanner.', () => {
    registerScannerMessages();

    expect(i18n.global.t('scanner.found', { code: '123' }, { locale: 'en' })).toBe('Read: 123');
  });
});
