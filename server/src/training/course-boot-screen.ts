import type { RecordBootScreen } from '../feature.js';
import { Course } from './models.js';

/** A course page's first screen: the course's title and whether it earns a subsidy. */
export const courseBootScreen: RecordBootScreen = {
  route: '/training/courses/:code',
  values: async ({ code }, locale) => {
    const course = await Course.findOne({ code }, { title: 1, subsidyEligible: 1 }).lean();
    if (!course) return undefined;
    return { title: course.title?.[locale] || course.title?.['zh-CN'] || '', subsidy: course.subsidyEligible };
  },
};
