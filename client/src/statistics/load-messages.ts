import { featureMessages } from '@client/i18n/feature-messages';

/** The statistics texts under `statistics.`, in the reader's language (or the given ones), next to the eager ones in `i18n.ts`. */
export const loadStatisticsMessages = featureMessages('statistics', (locale) => import(`./messages/${locale}.ts`));
