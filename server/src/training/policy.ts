import type { Policy } from '../http/policy.js';

export const trainingPolicy = {
  browse: { name: 'training.courses.read', allow: 'anyone' },
  manageCourses: { name: 'training.courses.manage', allow: ['officer', 'admin'] },
  /** Owners only: the service answers 404 for anyone else's registration. */
  register: { name: 'training.registrations.own', allow: 'signed-in' },
  checkIn: { name: 'training.checkins.record', allow: ['officer', 'trainer', 'admin'] },
  roster: { name: 'training.roster.read', allow: ['officer', 'trainer', 'admin'] },
} as const satisfies Record<string, Policy>;
