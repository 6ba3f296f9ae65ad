import type { Course, CourseCategorySchema } from '@shared/training/course-schemas';
import type { z } from 'zod';
import { dayInChina } from './format';

export interface CatalogueFilter {
  q: string;
  category: z.infer<typeof CourseCategorySchema> | '';
  county: string;
  /** `YYYY-MM-DD`, China time; a course matches when one of its sessions is on or after/before it. */
  from: string;
  to: string;
  seatsLeft: boolean;
}

export const emptyFilter = (): CatalogueFilter => ({
  q: '',
  category: '',
  county: '',
  from: '',
  to: '',
  seatsLeft: false,
});

/** The same rules as the server's `GET /api/courses`, applied on the device to the cached list. */
export function matchesFilter(course: Course, filter: CatalogueFilter): boolean {
  if (filter.category && course.category !== filter.category) return false;
  if (filter.county && course.county !== filter.county) return false;
  if (filter.seatsLeft && course.seatsLeft === 0) return false;
  const days = course.sessions.map((s) => dayInChina(s.startsAt));
  if (filter.from && !days.some((d) => d >= filter.from)) return false;
  if (filter.to && !days.some((d) => d <= filter.to)) return false;
  const needle = filter.q.trim().toLowerCase();
  if (needle && !Object.values(course.title).some((title) => title.toLowerCase().includes(needle))) return false;
  return true;
}

export function countiesOf(courses: Course[]): string[] {
  return [...new Set(courses.map((c) => c.county))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
