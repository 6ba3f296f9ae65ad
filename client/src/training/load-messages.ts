import { featureMessages } from '@client/i18n/feature-messages';

/** The training texts under `training.`, in the reader's language (or the given ones), next to the eager ones in `i18n.ts`. */
export const loadTrainingMessages = featureMessages('training', (locale) => import(`./messages/${locale}.ts`));
