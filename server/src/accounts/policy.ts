import type { Policy } from '../http/policy.js';

/** Who may do what with accounts. Owners act on their own record only: the session names it. */
export const accountsPolicy = {
  signup: { name: 'accounts.signup', allow: 'anyone' },
  login: { name: 'accounts.login', allow: 'anyone' },
  logout: { name: 'accounts.logout', allow: 'anyone' },
  readSession: { name: 'accounts.session.read', allow: 'anyone' },
  readSelf: { name: 'accounts.self.read', allow: 'signed-in' },
  changeSelf: { name: 'accounts.self.change', allow: 'signed-in' },
  manageStaff: { name: 'accounts.staff.manage', allow: ['admin'] },
  revealContact: { name: 'accounts.contact.reveal', allow: ['admin', 'mediator', 'officer'] },
  readAudit: { name: 'accounts.audit.read', allow: ['admin'] },
} as const satisfies Record<string, Policy>;
