import type { Locale } from '@client/i18n/locales';
import { featureMessages } from '@client/i18n/feature-messages';
import { loadDisputesMessages } from '@client/disputes/load-messages';

const loadOwnMessages = featureMessages('mediation', (locale) => import(`./messages/${locale}.ts`));

/** The mediation texts under `mediation.`, and the disputes texts its pages share. */
export async function loadMediationMessages(locales?: readonly Locale[]): Promise<void> {
  await Promise.all([loadDisputesMessages(locales), loadOwnMessages(locales)]);
}
