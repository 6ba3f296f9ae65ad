import type { Course } from '@shared/training/course-schemas';
import type { CourseSeats } from '@shared/training/events';

export type HeardSeats = {
  /** A seat count heard live. */
  hear(seats: CourseSeats): void;
  /** Taken when a request for courses is sent: what is heard after it may be newer than the answer. */
  mark(): number;
  /** `fresh` from an answer asked for at `mark`, with the seat counts heard since then. */
  since(mark: number, fresh: Course): Course;
};

/**
 * Seat counts heard live, in the order they were heard. A server answer can be older than an event
 * heard while it was on its way (computed before that registration, delivered after its event); it
 * must not put the old count back. The heard count wins; a change after it sends another event, so
 * the page still ends on the latest count.
 */
export function createHeardSeats(): HeardSeats {
  const heard = new Map<string, { seats: CourseSeats; order: number }>();
  let order = 0;
  return {
    hear(seats) {
      heard.set(seats.code, { seats, order: ++order });
    },
    mark: () => order,
    since(mark, fresh) {
      const latest = heard.get(fresh.code);
      if (!latest || latest.order <= mark) return fresh;
      const { confirmed, waitlisted, seatsLeft } = latest.seats;
      return { ...fresh, confirmed, waitlisted, seatsLeft };
    },
  };
}
