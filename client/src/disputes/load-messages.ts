import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

let loading: Promise<void> | undefined;

/**
 * Adds the disputes texts (`messages.ts`) under `disputes.` next to the eager ones in `i18n.ts`.
 * Every disputes and mediation route awaits this before its page renders.
 */
export function loadDisputesMessages(): Promise<void> {
  loading ??= import('./messages').then(({ disputesMessages }) => {
    for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { disputes: disputesMessages[locale] });
  });
  return loading;
}
