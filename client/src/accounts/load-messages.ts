import { featureMessages } from '@client/i18n/feature-messages';

/** The accounts texts under `accounts.`, in the reader's language (or the given ones), next to the eager ones in `i18n.ts`. */
export const loadAccountsMessages = featureMessages('accounts', (locale) => import(`./messages/${locale}.ts`));
