import * as z from 'zod/mini';
import { CLEARANCE_CODES, type ClearancePhase } from './clearance-codes.js';
import { LOCALES, type Locale, type LocalizedText } from './locale.js';

export { CLEARANCE_CODES, type ClearanceCodeInfo, type ClearancePhase } from './clearance-codes.js';

export type ClearanceCode = keyof typeof CLEARANCE_CODES;
export const CLEARANCE_CODE_LIST = Object.keys(CLEARANCE_CODES).map(Number) as ClearanceCode[];
export const isClearanceCode = (code: number): code is ClearanceCode => Object.hasOwn(CLEARANCE_CODES, code);

export const ClearancePhaseSchema = z.enum(['in_progress', 'released', 'held', 'returned'] satisfies ClearancePhase[]);
export const ClearanceCodeSchema = z.literal(CLEARANCE_CODE_LIST);
export const ClearanceEventSchema = z.object({ code: ClearanceCodeSchema, at: z.iso.datetime({ offset: true }) });
export type ClearanceEvent = z.infer<typeof ClearanceEventSchema>;

export const ClearanceStateSchema = z.object({ phase: ClearancePhaseSchema, text: z.string() });
export type ClearanceState = z.infer<typeof ClearanceStateSchema>;

const NO_RECORD: LocalizedText = { 'zh-CN': '暂无通关记录', 'zh-TW': '暫無通關紀錄', en: 'No customs record yet' };

const SHANGHAI = 'Asia/Shanghai';
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: Locale, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    // en-GB gives "12 Aug"; the Chinese locales give "8月12日".
    const tag = locale === 'en' ? 'en-GB' : locale;
    const month = locale === 'en' ? 'short' : 'long';
    format = new Intl.DateTimeFormat(tag, {
      timeZone: SHANGHAI,
      day: 'numeric',
      month,
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dayFormats.set(key, format);
  }
  return format;
}

// China has kept UTC+8 all year since 1991: no formatter needed just for the year.
const yearInShanghai = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).getUTCFullYear();

// Formatting is the costly part of a scan answer, and the same few event days come up again and again.
const formattedDays = new Map<string, string>();
const MAX_FORMATTED_DAYS = 5000;

/** The day of an event as people in Datong say it; the year only when it is not this year. */
export function formatEventDay(at: Date, locale: Locale, now: Date = new Date()): string {
  const withYear = yearInShanghai(at) !== yearInShanghai(now);
  const key = `${locale}|${withYear}|${at.getTime()}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    if (formattedDays.size >= MAX_FORMATTED_DAYS) formattedDays.clear();
    text = dayFormat(locale, withYear).format(at);
    formattedDays.set(key, text);
  }
  return text;
}

/** The event that says where the batch stands now: the latest by time; on a tie, the one recorded last. */
export function latestClearanceEvent<E extends { at: string | Date }>(events: readonly E[]): E | undefined {
  let latest: E | undefined;
  for (const event of events) {
    if (!latest || new Date(event.at).getTime() >= new Date(latest.at).getTime()) latest = event;
  }
  return latest;
}

/** "Released by customs on 12 Aug" / "已于8月12日海关放行" for the latest event (none → no record yet). */
export function clearanceState(
  latest: { code: ClearanceCode; at: string | Date } | undefined,
  locale: Locale,
  now?: Date,
): ClearanceState {
  if (!latest) return { phase: 'in_progress', text: NO_RECORD[locale] };
  const info = CLEARANCE_CODES[latest.code];
  const day = formatEventDay(new Date(latest.at), locale, now);
  return { phase: info.phase, text: info.state[locale].replace('{date}', day) };
}

/** The same state in every language, for broadcasts to rooms whose members read different languages. */
export function clearanceStateInAllLocales(
  latest: { code: ClearanceCode; at: string | Date } | undefined,
  now?: Date,
): { phase: ClearancePhase; text: LocalizedText } {
  const text = Object.fromEntries(LOCALES.map((l) => [l, clearanceState(latest, l, now).text])) as LocalizedText;
  return { phase: clearanceState(latest, 'en', now).phase, text };
}
