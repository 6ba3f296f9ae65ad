import { featureMessages } from '@client/i18n/feature-messages';

/**
 * The disputes texts under `disputes.`, in the reader's language (or the given ones), next to the eager ones in
 * `i18n.ts`. Every disputes and mediation route awaits this before its page renders.
 */
export const loadDisputesMessages = featureMessages('disputes', (locale) => import(`./messages/${locale}.ts`));
