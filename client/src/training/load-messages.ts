import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

let loading: Promise<void> | undefined;

/**
 * Adds the training texts (`messages.ts`) under `training.` next to the eager ones in `i18n.ts`.
 * Every training route awaits this before its page renders; the texts then stay for the session.
 */
export function loadTrainingMessages(): Promise<void> {
  loading ??= import('./messages').then(({ trainingMessages }) => {
    for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { training: trainingMessages[locale] });
  });
  return loading;
}
