import type { Locale } from '@client/i18n/locales';

const PARK_TIME_ZONE = 'Asia/Shanghai';
/** British order in English, as elsewhere in the app ("9 Sept 2026"). */
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

export function formatCount(n: number, locale: Locale): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(tag(locale))).format(n);
}

/** A share between 0 and 1 as a percentage ("83%"); a dash when there was nothing to divide by. */
export function formatShare(ratio: number | null, locale: Locale): string {
  if (ratio === null) return '—';
  return cached(
    `share|${locale}`,
    () => new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }),
  ).format(ratio);
}

/** A duration or median with at most one decimal ("2.5"); a dash when there is none. */
export function formatMeasure(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return cached(`measure|${locale}`, () => new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 })).format(
    value,
  );
}

/** A calendar day `YYYY-MM-DD` of the park ("27 Nov 2026" / "2026年11月27日"). */
export function formatDay(day: string, locale: Locale): string {
  return cached(
    `day|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(`${day}T00:00:00Z`));
}

/** A short day for chart axes ("27 Nov" / "11月27日"). */
export function formatShortDay(day: string, locale: Locale): string {
  return cached(
    `short|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(`${day}T00:00:00Z`));
}

/** A moment, in Datong time: date and time. */
export function formatMoment(iso: string, locale: Locale): string {
  return cached(
    `moment|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: PARK_TIME_ZONE }),
  ).format(new Date(iso));
}

/** "1 Nov – 27 Nov 2026": a range of park days, in the reader's language. */
export function formatDayRange(range: { from: string; to: string }, locale: Locale): string {
  const format = cached(
    `range|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  return format.formatRange(new Date(`${range.from}T00:00:00Z`), new Date(`${range.to}T00:00:00Z`));
}
