import { describe } from 'vitest';
import { checkTranslations } from '@client/i18n/translation-checks.test-support';
import { outboxMessages } from '@client/shell/outbox/i18n';
import { accountsMessages } from './messages';

// locales-complete.test.ts checks the eager `i18n.ts` files; the texts loaded later get the same checks here.
describe.each([
  ['accounts (loaded with the accounts pages)', accountsMessages],
  ['outbox (loaded with the outbox list)', outboxMessages],
])('%s', (_name, messages) => checkTranslations(messages));
