import type { Locale } from '@shared/showroom/locale';

/** Where the park is: customs and shipping times read as Datong time, wherever the phone is set. */
const PARK_TIME_ZONE = 'Asia/Shanghai';

/** Dates in English as in the shared clearance texts ("9 Sept"): British order, 24-hour clock. */
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** A moment of the park's records (provenance, clearance), e.g. "9 Sept 2026, 17:00". */
export function formatEventTime(iso: string, locale: Locale): string {
  const format = cached(
    `event|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: PARK_TIME_ZONE }),
  );
  return format.format(new Date(iso));
}

/** A moment on this device (the last sync), in the device's own time zone. */
export function formatLocalTime(iso: string, locale: Locale): string {
  const format = cached(
    `local|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

/** A calendar date such as a production date (`2026-08-03`), which has no time zone. */
export function formatDay(isoDate: string, locale: Locale): string {
  const format = cached(
    `day|${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatPrice(fen: number, locale: Locale): string {
  const format = cached(`price|${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }));
  return format.format(fen / 100);
}

/** 'AU' → 🇦🇺: two regional indicator symbols. Empty for anything that is not two letters. */
export function flagEmoji(countryCode: string): string {
  if (!/^[A-Za-z]{2}$/.test(countryCode)) return '';
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(...[...countryCode.toUpperCase()].map((c) => base + c.charCodeAt(0)));
}
