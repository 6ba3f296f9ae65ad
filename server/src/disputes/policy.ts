import type { Policy } from '../http/policy.js';

/**
 * Who may call what. Whose case it is (its complainant, or any mediator or admin) is checked by the
 * service with the same principal, answering 404 to everyone else.
 */
export const disputesPolicy = {
  file: { name: 'disputes.complaints.file', allow: ['consumer'] },
  addEvidence: { name: 'disputes.evidence.add', allow: ['consumer'] },
  readCase: { name: 'disputes.cases.read', allow: 'signed-in' },
  listMine: { name: 'disputes.cases.list_mine', allow: 'signed-in' },
  /** Messages from both sides, and the mediators' steps; rules.ts decides per event type. */
  append: { name: 'disputes.events.append', allow: 'signed-in' },
  addNote: { name: 'disputes.notes.add', allow: ['mediator', 'admin'] },
  readCalendar: { name: 'calendar.overrides.read', allow: 'anyone' },
  manageCalendar: { name: 'calendar.overrides.manage', allow: ['admin'] },
} as const satisfies Record<string, Policy>;
