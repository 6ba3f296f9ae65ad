import { describe, expect, it } from 'vitest';
import { i18n } from '@client/i18n';
import { checkTranslations } from '@client/i18n/translation-checks.test-support';
import { registerScannerMessages, scannerMessages } from './messages';

describe('scanner texts (loaded with the scanner)', () => {
  checkTranslations(scannerMessages);

  it('once registered, they are found under scanner.', () => {
    registerScannerMessages();

    expect(i18n.global.t('scanner.found', { code: '123' }, { locale: 'en' })).toBe('Read: 123');
  });
});
