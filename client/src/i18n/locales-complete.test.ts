import { describe, expect, it } from 'vitest';
import type { FeatureMessages } from './define';
import { checkTranslations } from './translation-checks.test-support';

// The same files the app loads (see index.ts): a new feature's messages are checked too.
const files = import.meta.glob<FeatureMessages>('../*/i18n.ts', { eager: true, import: 'default' });

describe('translations', () => {
  it('finds the shell and the five features', () => {
    const folders = Object.keys(files).map((path) => path.split('/')[1]);
    expect(folders).toEqual(
      expect.arrayContaining(['shell', 'showroom', 'training', 'disputes', 'mediation', 'accounts']),
    );
  });

  describe.each(Object.entries(files))('%s', (_path, messages) => checkTranslations(messages));
});
