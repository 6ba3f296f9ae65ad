import type { Feature } from '../feature.js';
import { registerRoomRule } from '../realtime/sockets.js';
import { Cancellation, Checkin, Registration, Seat } from './models.js';
import { trainingRoutes } from './routes.js';
import { seedCourses } from './seed.js';
import { courseBootScreen } from './course-boot-screen.js';
import { courseState, forgetCourseState } from './course-state.js';
import { fillFreeSeats, withCourseQueue } from './registration-desk.js';

export const trainingFeature: Feature = {
  name: 'training',
  routes: trainingRoutes,
  bootScreens: [courseBootScreen],
  sockets: () => registerRoomRule({ prefix: 'course:', authorize: () => true }),
  seed: async ({ demo, now }) => {
    if (demo) await seedCourses(now());
  },
  personalData: {
    export: async (userId) => ({
      registrations: await Registration.find({ userId }, { userId: 0 }).lean(),
      cancelled: await Cancellation.find({ userId }, { userId: 0 }).lean(),
      checkins: await Checkin.find({ userId }, { userId: 0 }).lean(),
    }),
    /** Erasing a person frees their seats, which go to the people waiting, as after a cancellation. */
    erase: async (userId, ctx) => {
      const courses = new Set((await Registration.find({ userId }, { course: 1 }).lean()).map((r) => r.course));
      await Promise.all([Checkin.deleteMany({ userId }), Cancellation.deleteMany({ userId })]);
      for (const code of courses) {
        await withCourseQueue(code, async () => {
          await Seat.deleteMany({ course: code, userId });
          await Registration.deleteMany({ course: code, userId });
          forgetCourseState(code);
          const state = await courseState(code);
          if (state) await fillFreeSeats(ctx, state);
        });
      }
    },
  },
};
