import type { Course, MyRegistration } from '@shared/training/schemas';

/** A course as `GET /api/courses` returns it. */
export function aCourse(overrides: Partial<Course> = {}): Course {
  return {
    code: 'ce-ops-101',
    title: {
      'zh-CN': '跨境电商平台店铺运营实务',
      'zh-TW': '跨境電商平台店鋪運營實務',
      en: 'Running a cross-border marketplace store',
    },
    category: 'operations',
    venue: '大同国际陆港跨境电商双创中心 3楼 301',
    county: '平城区',
    capacity: 40,
    feeCny: 0,
    subsidyEligible: true,
    registrationClosesAt: '2026-12-05T01:00:00.000Z',
    sessions: [
      { id: 's1', startsAt: '2026-12-07T01:00:00.000Z', endsAt: '2026-12-07T08:30:00.000Z' },
      { id: 's2', startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T08:30:00.000Z' },
    ],
    confirmed: 33,
    waitlisted: 0,
    seatsLeft: 7,
    open: true,
    institution: '大同国际陆港跨境电子商务人才培训基地',
    ...overrides,
  };
}

export function aRegistration(overrides: Partial<MyRegistration> = {}): MyRegistration {
  const course = aCourse();
  return {
    id: '65f0c0ffee0000000000000a',
    course: course.code,
    status: 'confirmed',
    seat: 12,
    createdAt: '2026-11-27T02:00:00.000Z',
    courseInfo: {
      title: course.title,
      venue: course.venue,
      sessions: course.sessions,
      registrationClosesAt: course.registrationClosesAt,
    },
    checkins: [],
    ...overrides,
  };
}
