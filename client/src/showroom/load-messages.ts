import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

let loading: Promise<void> | undefined;

/**
 * Adds the showroom's texts (`messages.ts`) under `showroom.` next to the eager ones in `i18n.ts`.
 * Every showroom route awaits this before its page renders; the texts then stay for the session.
 */
export function loadShowroomMessages(): Promise<void> {
  loading ??= import('./messages').then(({ showroomMessages }) => {
    for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { showroom: showroomMessages[locale] });
  });
  return loading;
}
