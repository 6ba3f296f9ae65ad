import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

let loading: Promise<void> | undefined;

/** Adds the statistics texts (`messages.ts`) under `statistics.` next to the eager ones in `i18n.ts`. */
export function loadStatisticsMessages(): Promise<void> {
  loading ??= import('./messages').then(({ statisticsMessages }) => {
    for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { statistics: statisticsMessages[locale] });
  });
  return loading;
}
