import { describe, expect, it } from 'vitest';
import { PARSE_REASON_CODES } from '@shared/codes';
import { IMPORT_REJECTION_CODES } from '@shared/showroom/schemas';
import type { MessageTree } from '@client/i18n/define';
import { LOCALES } from '@client/i18n/locales';
import eager from './i18n';
import { showroomMessages } from './messages';

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
const reference = leaves(showroomMessages['zh-CN']);

describe('showroom texts loaded with the pages', () => {
  it.each(LOCALES.filter((locale) => locale !== 'zh-CN'))('%s has exactly the keys of zh-CN', (locale) => {
    expect([...leaves(showroomMessages[locale]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)('%s has no empty text, the placeholders of zh-CN, and no vue-i18n syntax (| @)', (locale) => {
    for (const [key, text] of leaves(showroomMessages[locale])) {
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(reference.get(key) ?? ''));
      expect(text, `${locale} ${key}`).not.toMatch(/[|@]/);
    }
  });

  it('explains every reason a code cannot be parsed, and every import rejection', () => {
    for (const code of PARSE_REASON_CODES) expect(reference.has(`reasons.${code}`), code).toBe(true);
    for (const code of IMPORT_REJECTION_CODES) expect(reference.has(`officer.rejection.${code}`), code).toBe(true);
  });

  it('shares no key with the eager i18n.ts, so merging them loses nothing', () => {
    const eagerKeys = leaves(eager['zh-CN']);
    for (const key of reference.keys()) expect(eagerKeys.has(key), key).toBe(false);
  });
});
