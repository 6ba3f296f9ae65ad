import type { Locale } from '@client/i18n/locales';

/** Courses take place in Datong: times are shown in China time whatever the phone's zone. */
export const COURSE_TIME_ZONE = 'Asia/Shanghai';

type Localized = Record<Locale, string>;

/** The title in the reader's language, falling back to Simplified Chinese when it is empty. */
export function localized(text: Localized, locale: Locale): string {
  return text[locale] || text['zh-CN'];
}

// Making an Intl formatter costs far more than using one: each is made once per language and options.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale | 'en-CA', options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: COURSE_TIME_ZONE, ...options })));
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** "2026年12月7日周一" / "Mon, Dec 7, 2026". */
export function formatDay(iso: string, locale: Locale): string {
  return formatter(locale, DAY).format(new Date(iso));
}

/** A deadline or a moment: day and time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, DAY_TIME).format(new Date(iso));
}

/** One session: "Mon, Dec 7, 2026, 09:00 – 16:30". */
export function formatSession(session: { startsAt: string; endsAt: string }, locale: Locale): string {
  return formatter(locale, DAY_TIME).formatRange(new Date(session.startsAt), new Date(session.endsAt));
}

/** First to last session day of a course. */
export function formatCourseDates(sessions: { startsAt: string }[], locale: Locale): string {
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (!first || !last) return '';
  if (first === last) return formatDay(first.startsAt, locale);
  return formatter(locale, { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(
    new Date(first.startsAt),
    new Date(last.startsAt),
  );
}

const feeFormatters = new Map<Locale, Intl.NumberFormat>();
export function formatFee(feeCny: number, locale: Locale): string {
  let format = feeFormatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 });
    feeFormatters.set(locale, format);
  }
  return format.format(feeCny);
}

/** The calendar day in China time, `YYYY-MM-DD`, for date filters (run for every session on every filter change). */
export function dayInChina(iso: string): string {
  return formatter('en-CA', {}).format(new Date(iso));
}

/** `<input type="datetime-local">` value ↔ ISO instant, reading and writing China time. */
export function toLocalInput(iso: string): string {
  const parts = formatter('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** China has no daylight saving time: a fixed +08:00 offset is exact. */
export function fromLocalInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : value;
}
