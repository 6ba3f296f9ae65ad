import type { MyRegistration } from '@shared/training/schemas';
import { i18n } from '@client/i18n';
import type { Locale } from '@client/i18n/locales';
import { downloadBlob } from './download';
import { localized } from './format';
import { buildIcs } from './ics';

/** An .ics file with one event per session of a registration, made on the device. */
export function registrationIcs(
  registration: MyRegistration,
  locale: Locale,
  origin: string,
  now = new Date(),
): string {
  const { courseInfo } = registration;
  const title = localized(courseInfo.title, locale);
  const t = i18n.global.t;
  return buildIcs({
    prodId: '-//Lugang//Training//EN',
    name: title,
    now,
    events: courseInfo.sessions.map((session, index) => ({
      uid: `${registration.id}-${session.id}@lugang`,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      summary: `${title} · ${t('training.course.session', { n: index + 1 }, { locale })}`,
      location: courseInfo.venue,
      url: `${origin}/training/courses/${encodeURIComponent(registration.course)}`,
    })),
  });
}

export function downloadRegistrationIcs(registration: MyRegistration, locale: Locale): void {
  const ics = registrationIcs(registration, locale, window.location.origin);
  downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${registration.course}.ics`);
}
