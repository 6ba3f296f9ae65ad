import { describe, expect, it } from 'vitest';
import {
  CLEARANCE_CODES,
  CLEARANCE_CODE_LIST,
  clearanceState,
  latestClearanceEvent,
} from '@shared/showroom/clearance.js';
import { LOCALES, localeFromAcceptLanguage } from '@shared/showroom/locale.js';
import { maskDeclarationNo } from '@shared/showroom/mask.js';

const now = new Date('2026-11-20T10:00:00+08:00');

describe('clearance status words', () => {
  it('cover every status code of the import list, with a phase and words in each language', () => {
    expect(CLEARANCE_CODE_LIST.sort((a, b) => a - b)).toEqual([
      1, 2, 3, 100, 120, 300, 399, 500, 501, 502, 503, 599, 700, 800, 899,
    ]);
    for (const code of CLEARANCE_CODE_LIST) {
      const info = CLEARANCE_CODES[code];
      for (const locale of LOCALES) {
        expect(info.label[locale], `${code} ${locale}`).not.toBe('');
        expect(info.explanation[locale], `${code} ${locale}`).toMatch(/[。.]$/);
        expect(info.state[locale], `${code} ${locale}`).toContain('{date}');
      }
    }
    expect(CLEARANCE_CODES[502].phase).toBe('held');
    expect(CLEARANCE_CODES[700].phase).toBe('returned');
  });

  it('say the current state in plain words on the day as it was in Datong', () => {
    // 16:30 UTC on 11 Aug is already 12 Aug in Datong.
    const released = { code: 800 as const, at: '2026-08-11T16:30:00Z' };
    expect(clearanceState(released, 'en', now)).toEqual({ phase: 'released', text: 'Released by customs on 12 Aug' });
    expect(clearanceState(released, 'zh-CN', now)).toEqual({ phase: 'released', text: '已于8月12日海关放行' });
    expect(clearanceState(released, 'zh-TW', now).text).toBe('已於8月12日海關放行');
  });

  it('name the year only when it is not this year', () => {
    expect(clearanceState({ code: 501, at: '2025-12-30T02:00:00Z' }, 'en', now).text).toBe(
      'Held by customs since 30 Dec 2025',
    );
  });

  it('take the latest event by time, not by the order it arrived in', () => {
    const events = [
      { code: 800 as const, at: '2026-09-09T00:00:00+08:00' },
      { code: 399 as const, at: '2026-09-08T18:00:00+08:00' },
    ];
    expect(latestClearanceEvent(events)?.code).toBe(800);
    expect(clearanceState(undefined, 'en', now)).toEqual({ phase: 'in_progress', text: 'No customs record yet' });
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ja;q=1, en;q=0.2, zh-TW;q=0.8', 'zh-TW'],
    ['en;q=0, fr', 'zh-CN'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe('declaration numbers for shoppers', () => {
  it('keep the first four and last three digits', () => {
    expect(maskDeclarationNo('468420261899722')).toBe('4684********722');
  });
});
