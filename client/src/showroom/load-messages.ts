import { featureMessages } from '@client/i18n/feature-messages';

/** The showroom texts under `showroom.`, in the reader's language (or the given ones), next to the eager ones in `i18n.ts`. */
export const loadShowroomMessages = featureMessages('showroom', (locale) => import(`./messages/${locale}.ts`));
