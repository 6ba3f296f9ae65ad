import { describe, expect, it } from 'vitest';
import { PARSE_REASON_CODES } from '@shared/codes';
import { IMPORT_REJECTION_CODES } from '@shared/showroom/schemas';
import { checkTranslations, leaves } from '@client/i18n/translation-checks.test-support';
import eager from './i18n';
import { showroomMessages } from './messages';

// locales-complete.test.ts checks the eager `i18n.ts`; the texts loaded with the pages get the same checks here.
const reference = leaves(showroomMessages['zh-CN']);

describe('showroom texts loaded with the pages', () => {
  checkTranslations(showroomMessages);

  it('explains every reason a code cannot be parsed, and every import rejection', () => {
    for (const code of PARSE_REASON_CODES) expect(reference.has(`reasons.${code}`), code).toBe(true);
    for (const code of IMPORT_REJECTION_CODES) expect(reference.has(`officer.rejection.${code}`), code).toBe(true);
  });

  it('shares no key with the eager i18n.ts, so merging them loses nothing', () => {
    const eagerKeys = leaves(eager['zh-CN']);
    for (const key of reference.keys()) expect(eagerKeys.has(key), key).toBe(false);
  });
});
