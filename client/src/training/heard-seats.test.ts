import { describe, expect, it } from 'vitest';
import type { Course } from '@shared/training/course-schemas';
import { createHeardSeats } from './heard-seats';

const course = (code: string, seatsLeft: number): Course => ({
  code,
  title: { 'zh-CN': '课程', 'zh-TW': '課程', en: 'Course' },
  category: 'operations',
  venue: 'Hall A',
  county: '平城区',
  capacity: 40,
  feeCny: 0,
  subsidyEligible: true,
  registrationClosesAt: '2026-12-20T16:00:00.000Z',
  sessions: [],
  confirmed: 40 - seatsLeft,
  waitlisted: 0,
  seatsLeft,
  open: true,
  institution: 'Datong',
});

describe('seat counts heard live against server answers', () => {
  it('keeps a count heard while the answer was on its way, over the older count in the answer', () => {
    const heard = createHeardSeats();
    const asked = heard.mark();
    heard.hear({ code: 'ce-ops-101', confirmed: 1, waitlisted: 0, seatsLeft: 39 });

    const shown = heard.since(asked, course('ce-ops-101', 40));

    expect([shown.confirmed, shown.waitlisted, shown.seatsLeft]).toEqual([1, 0, 39]);
    expect(shown.title.en).toBe('Course');
  });

  it('takes the answer as it is when it was asked for after the last count heard', () => {
    const heard = createHeardSeats();
    heard.hear({ code: 'ce-ops-101', confirmed: 1, waitlisted: 0, seatsLeft: 39 });
    const asked = heard.mark();

    const fresh = course('ce-ops-101', 38);
    expect(heard.since(asked, fresh)).toBe(fresh);
  });

  it('changes only the course the count was heard for', () => {
    const heard = createHeardSeats();
    const asked = heard.mark();
    heard.hear({ code: 'ce-ops-101', confirmed: 1, waitlisted: 0, seatsLeft: 39 });

    const other = course('ce-law-201', 12);
    expect(heard.since(asked, other)).toBe(other);
  });

  it('uses the latest of several counts heard for a course', () => {
    const heard = createHeardSeats();
    const asked = heard.mark();
    heard.hear({ code: 'ce-ops-101', confirmed: 1, waitlisted: 0, seatsLeft: 39 });
    heard.hear({ code: 'ce-ops-101', confirmed: 2, waitlisted: 0, seatsLeft: 38 });

    expect(heard.since(asked, course('ce-ops-101', 40)).seatsLeft).toBe(38);
  });
});
