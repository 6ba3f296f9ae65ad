import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Undo folding (RFC 5545 §3.1) to read the logical lines back. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('ics', () => {
  const calendar = {
    prodId: '-//Lugang//Training//EN',
    now: new Date('2026-11-27T04:00:00Z'),
    events: [
      {
        uid: 'r1-s1@lugang',
        start: new Date('2026-12-07T09:00:00+08:00'),
        end: new Date('2026-12-07T16:30:00+08:00'),
        summary: '跨境电商平台店铺运营实务（第 1 天）',
        location: '大同国际陆港跨境电商双创中心 3楼 301',
      },
      {
        uid: 'r1-s2@lugang',
        start: new Date('2026-12-08T09:00:00+08:00'),
        end: new Date('2026-12-08T16:30:00+08:00'),
        summary: 'Day 2',
      },
    ],
  };

  it('writes one VEVENT per session, with UTC times that calendars place in China time', () => {
    const lines = unfold(buildIcs(calendar));

    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART:20261207T010000Z');
    expect(lines).toContain('DTEND:20261207T083000Z');
    expect(lines).toContain('DTSTAMP:20261127T040000Z');
    expect(lines).toContain('UID:r1-s2@lugang');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
  });

  it('ends every line, the last one too, with CRLF', () => {
    const ics = buildIcs(calendar);

    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');

    const ics = buildIcs({ ...calendar, events: [{ ...calendar.events[1]!, summary: 'Customs; 9610, 1210\nDay 1' }] });
    expect(unfold(ics)).toContain('SUMMARY:Customs\\; 9610\\, 1210\\nDay 1');
  });

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const long = `SUMMARY:${'跨境电商通关实务'.repeat(6)}`;

    const folded = foldLine(long);

    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
