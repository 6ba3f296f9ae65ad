import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';
import { loadDisputesMessages } from '@client/disputes/load-messages';

let loading: Promise<void> | undefined;

/** The mediation texts under `mediation.`, and the disputes texts its pages share. */
export function loadMediationMessages(): Promise<void> {
  loading ??= Promise.all([
    loadDisputesMessages(),
    import('./messages').then(({ mediationMessages }) => {
      for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { mediation: mediationMessages[locale] });
    }),
  ]).then(() => undefined);
  return loading;
}
