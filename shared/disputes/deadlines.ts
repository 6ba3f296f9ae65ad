import { z } from 'zod';
import type { CaseState } from './case-state.js';
import {
  ACCEPT_DECISION_WORKING_DAYS,
  MEDIATION_WORKING_DAYS,
  shanghaiDay,
  type WorkingCalendar,
} from './working-days.js';

/**
 * `running`: not done, not yet due; `overdue`: not done, past due; `met` / `missed`: done on time / late.
 */
export const DeadlineSchema = z
  .object({
    kind: z.enum(['accept_decision', 'mediation']),
    dueDate: z.string(),
    dueAt: z.string(),
    workingDays: z.number().int(),
    provisional: z.boolean(),
    reason: z.string().optional(),
    state: z.enum(['running', 'overdue', 'met', 'missed']),
    /** Working days left, today included when it is one; 0 once past due or done. */
    workingDaysLeft: z.number().int().min(0),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof DeadlineSchema>;

export const CaseDeadlinesSchema = z.object({
  acceptDecision: DeadlineSchema.nullable(),
  mediation: DeadlineSchema.nullable(),
});
export type CaseDeadlines = z.infer<typeof CaseDeadlinesSchema>;

function deadline(
  calendar: WorkingCalendar,
  kind: Deadline['kind'],
  from: string,
  workingDays: number,
  doneAt: string | null,
  now: Date,
): Deadline {
  const due = calendar.dueAfter(new Date(from), workingDays);
  const late = (at: Date) => at.getTime() > Date.parse(due.dueAt);
  if (doneAt) return { kind, ...due, state: late(new Date(doneAt)) ? 'missed' : 'met', workingDaysLeft: 0 };
  if (late(now)) return { kind, ...due, state: 'overdue', workingDaysLeft: 0 };
  return { kind, ...due, state: 'running', workingDaysLeft: calendar.workingDaysLeft(shanghaiDay(now), due.dueDate) };
}

/** The statutory clocks of a case: the accept decision from filing, mediation from acceptance. */
export function caseDeadlines(state: CaseState, calendar: WorkingCalendar, now: Date): CaseDeadlines {
  const mediationDone = state.settlement?.at ?? state.mediationEnded?.at ?? state.closure?.at ?? null;
  return {
    acceptDecision: state.filedAt
      ? deadline(
          calendar,
          'accept_decision',
          state.filedAt,
          ACCEPT_DECISION_WORKING_DAYS,
          state.decidedAt ?? state.closure?.at ?? null,
          now,
        )
      : null,
    mediation: state.acceptedAt
      ? deadline(calendar, 'mediation', state.acceptedAt, MEDIATION_WORKING_DAYS, mediationDone, now)
      : null,
  };
}

/** The clock that matters now (for sorting a queue): the first one still running or overdue. */
export const currentDeadline = (d: CaseDeadlines): Deadline | null =>
  [d.acceptDecision, d.mediation].find((x) => x && (x.state === 'running' || x.state === 'overdue')) ?? null;
