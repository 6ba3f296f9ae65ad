import type { Policy } from '../http/policy.js';

export const mediationPolicy = {
  queue: { name: 'mediation.queue.read', allow: ['mediator', 'admin'] },
  claim: { name: 'mediation.cases.claim', allow: ['mediator', 'admin'] },
  revealContact: { name: 'mediation.complainant.reveal', allow: ['mediator', 'admin'] },
} as const satisfies Record<string, Policy>;
