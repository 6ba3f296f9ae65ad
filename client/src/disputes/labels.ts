import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  PROPOSER_LABELS,
  STATUS_LABELS,
  type Labels,
} from '@shared/disputes/vocabulary.js';
import { MEDIATION_END_REASON_LABELS, NOT_ACCEPT_GROUND_LABELS } from '@shared/disputes/legal-grounds.js';
import { fenToYuanText } from '@shared/disputes/money.js';
import { currentLocale } from '@client/i18n';
import type { Locale } from '@client/i18n/locales';

/** The shared vocabulary's text in the app's language (reactive: reads the current locale). */
export const pick = (labels: Labels, locale: Locale = currentLocale()): string => labels[locale];

type Key<T> = keyof T & string;
export const statusText = (s: Key<typeof STATUS_LABELS>, l?: Locale) => pick(STATUS_LABELS[s], l);
export const categoryText = (c: Key<typeof CATEGORY_LABELS>, l?: Locale) => pick(CATEGORY_LABELS[c], l);
export const outcomeText = (o: Key<typeof OUTCOME_LABELS>, l?: Locale) => pick(OUTCOME_LABELS[o], l);
export const channelText = (c: Key<typeof CHANNEL_LABELS>, l?: Locale) => pick(CHANNEL_LABELS[c], l);
export const proposerText = (p: Key<typeof PROPOSER_LABELS>, l?: Locale) => pick(PROPOSER_LABELS[p], l);
export const groundText = (g: Key<typeof NOT_ACCEPT_GROUND_LABELS>, l?: Locale) => pick(NOT_ACCEPT_GROUND_LABELS[g], l);
export const endReasonText = (r: Key<typeof MEDIATION_END_REASON_LABELS>, l?: Locale) =>
  pick(MEDIATION_END_REASON_LABELS[r], l);

/** ¥12.30 */
export const yuan = (fen: number) => `¥${fenToYuanText(fen)}`;

/** A calendar day (YYYY-MM-DD, Shanghai) in the reader's language. */
export function formatDay(day: string, locale: Locale = currentLocale()): string {
  const date = new Date(`${day}T12:00:00+08:00`);
  return shanghai(locale, 'day', { dateStyle: 'medium' }).format(date);
}

/** A moment, short: date and time in Shanghai. */
export function formatMoment(iso: string, locale: Locale = currentLocale()): string {
  return shanghai(locale, 'moment', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

// A case's timeline formats every line: each formatter is made once (making one costs far more than using it).
const formatters = new Map<string, Intl.DateTimeFormat>();
function shanghai(locale: Locale, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Shanghai' })));
  return format;
}
