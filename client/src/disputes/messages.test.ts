import { describe } from 'vitest';
import { checkTranslations } from '@client/i18n/translation-checks.test-support';
import { disputesMessages } from './messages';

// locales-complete.test.ts checks the eager `i18n.ts`; the texts loaded with the pages get the same checks here.
describe('disputes texts loaded with the pages', () => checkTranslations(disputesMessages));
