import type { RegistrationResult } from './schemas.js';

export const TrainingEvents = {
  /** To `user:<id>`: a waitlisted registration got a seat. */
  registrationPromoted: 'registration:promoted',
  /** To `course:<code>`: confirmed/waitlisted counts changed. */
  courseSeats: 'course:seats',
} as const;

export type RegistrationPromoted = RegistrationResult & { promotedAt: string };
export type CourseSeats = { code: string; confirmed: number; waitlisted: number; seatsLeft: number };
