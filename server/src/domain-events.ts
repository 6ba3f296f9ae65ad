import type { AppContext } from './feature.js';

/**
 * In-process domain events between features: the publisher does not know who listens, so a feature can
 * react to another's facts (statistics to a filed complaint) without the two importing each other.
 * One bus per app (several test apps may share a process). Listeners run one after another and are
 * awaited; a failing listener is logged and never fails the publisher's use case.
 */
export type DomainEvents = {
  /** A complaint was newly filed (not an idempotent replay). */
  'case.filed': {
    caseId: string;
    caseNumber: string;
    filedAt: Date;
    product?: { gtin?: string | null; lot?: string | null };
  };
};
type Name = keyof DomainEvents;
type Listener<N extends Name> = (payload: DomainEvents[N], ctx: AppContext) => Promise<void> | void;

class DomainEventBus {
  private readonly listeners = new Map<Name, Listener<Name>[]>();

  on<N extends Name>(name: N, listener: Listener<N>): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener as Listener<Name>]);
  }

  async publish<N extends Name>(ctx: AppContext, name: N, payload: DomainEvents[N]): Promise<void> {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        await listener(payload, ctx);
      } catch (err) {
        ctx.logger.warn({ err, event: name }, 'a domain event listener failed');
      }
    }
  }
}

// Keyed by the app's Socket.IO server, like the showroom: one bus per app, the same in every hook.
const buses = new WeakMap<object, DomainEventBus>();
export function domainEventsOf(ctx: Pick<AppContext, 'io'>): DomainEventBus {
  let bus = buses.get(ctx.io);
  if (!bus) buses.set(ctx.io, (bus = new DomainEventBus()));
  return bus;
}
