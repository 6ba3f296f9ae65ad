import { trusted } from '../db/trusted.js';
import type { MyRegistration } from '@shared/training/schemas.js';
import type { AppContext } from '../feature.js';
import { User } from '../accounts/user.model.js';
import { Checkin, Course, Registration } from './models.js';
import { tokensFor } from './checkins.js';

/** The waitlist position is the rank by arrival among those still waiting, read from the database. */
async function positionOf(course: string, arrival: number): Promise<number> {
  return (await Registration.countDocuments({ course, status: 'waitlisted', arrival: trusted({ $lt: arrival }) })) + 1;
}

export async function myRegistrations(ctx: AppContext, userId: string): Promise<MyRegistration[]> {
  const registrations = await Registration.find({ userId }).sort({ createdAt: -1 }).lean();
  if (!registrations.length) return [];
  const [courses, user, checkins] = await Promise.all([
    Course.find({ code: trusted({ $in: registrations.map((r) => r.course) }) }).lean(),
    User.findById(userId, { name: 1 }).lean(),
    Checkin.find({ userId }).lean(),
  ]);
  const courseByCode = new Map(courses.map((c) => [c.code, c]));
  const result: MyRegistration[] = [];
  for (const r of registrations) {
    const course = courseByCode.get(r.course);
    if (!course) continue;
    const sessions = course.sessions.map((s) => ({
      id: s.id ?? '',
      startsAt: (s.startsAt ?? new Date(0)).toISOString(),
      endsAt: (s.endsAt ?? new Date(0)).toISOString(),
    }));
    const tokens =
      r.status === 'confirmed'
        ? tokensFor(
            ctx,
            { id: String(r._id), course: r.course, name: user?.name ?? '' },
            sessions.map((s) => s.id),
          )
        : [];
    result.push({
      id: String(r._id),
      course: r.course,
      status: r.status as 'confirmed' | 'waitlisted',
      seat: r.seat ?? undefined,
      position: r.status === 'waitlisted' ? await positionOf(r.course, r.arrival) : undefined,
      createdAt: r.createdAt.toISOString(),
      promotedAt: r.promotedAt?.toISOString(),
      courseInfo: {
        title: {
          'zh-CN': course.title?.['zh-CN'] ?? '',
          'zh-TW': course.title?.['zh-TW'] ?? '',
          en: course.title?.en ?? '',
        },
        venue: course.venue,
        sessions,
        registrationClosesAt: course.registrationClosesAt.toISOString(),
      },
      checkins: tokens.map((t) => ({
        ...t,
        checkedInAt: checkins
          .find((c) => String(c.registrationId) === String(r._id) && c.sessionId === t.sessionId)
          ?.checkedInAt.toISOString(),
      })),
    });
  }
  return result;
}
