import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

let loading: Promise<void> | undefined;

/**
 * Adds the accounts texts (`messages.ts`) under `accounts.` next to the eager ones in `i18n.ts`.
 * Every accounts route awaits this before its page renders; the texts then stay for the session.
 */
export function loadAccountsMessages(): Promise<void> {
  loading ??= import('./messages').then(({ accountsMessages }) => {
    for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { accounts: accountsMessages[locale] });
  });
  return loading;
}
