import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { loadTrainingMessages } from './load-messages';

/** A lazy page that renders only once the training texts are there: nothing of training is on the first page. */
function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadTrainingMessages()]))[0];
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/training',
    name: 'training',
    component: page(() => import('./TrainingCataloguePage.vue')),
    meta: { titleKey: 'training.title' },
  },
  {
    path: '/training/mine',
    name: 'training-mine',
    component: page(() => import('./TrainingMyCoursesPage.vue')),
    meta: { titleKey: 'training.titles.mine', requiresAuth: true },
  },
  {
    path: '/training/check-in',
    name: 'training-check-in',
    component: page(() => import('./TrainingCheckInPage.vue')),
    meta: { titleKey: 'training.titles.checkIn', roles: ['officer', 'trainer', 'admin'] },
  },
  {
    path: '/training/new',
    name: 'training-new',
    component: page(() => import('./TrainingCourseEditPage.vue')),
    meta: { titleKey: 'training.titles.newCourse', roles: ['officer', 'admin'] },
  },
  {
    path: '/training/courses/:code',
    name: 'training-course',
    component: page(() => import('./TrainingCoursePage.vue')),
    meta: { titleKey: 'training.titles.course' },
  },
  {
    path: '/training/courses/:code/edit',
    name: 'training-course-edit',
    component: page(() => import('./TrainingCourseEditPage.vue')),
    meta: { titleKey: 'training.titles.editCourse', roles: ['officer', 'admin'] },
  },
];
