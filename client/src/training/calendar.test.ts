import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@client/i18n/locales';
import { registrationIcs } from './calendar';
import { aRegistration } from './fixtures.test-support';
import { loadTrainingMessages } from './load-messages';

describe('add to calendar', () => {
  beforeAll(() => loadTrainingMessages(LOCALES));
  it('makes one event per session, in the reader’s language, linking back to the course', () => {
    const ics = registrationIcs(aRegistration(), 'en', 'https://lugang.example', new Date('2026-11-27T00:00:00Z'));
    const lines = ics.replace(/\r\n /g, '').split('\r\n');

    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('SUMMARY:Running a cross-border marketplace store · Session 2');
    expect(lines).toContain('DTSTART:20261208T010000Z');
    expect(lines).toContain('UID:65f0c0ffee0000000000000a-s1@lugang');
    expect(lines).toContain('URL:https://lugang.example/training/courses/ce-ops-101');
    expect(lines).toContain('LOCATION:大同国际陆港跨境电商双创中心 3楼 301');
  });
});
