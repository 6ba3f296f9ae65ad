import { CASE_ROOM_PREFIX, DisputeEvents, caseRoom, type Presence } from '@shared/disputes/events.js';
import type { AppContext } from '../feature.js';
import { hasRole } from '../http/policy.js';
import { principalOfSocket } from '../realtime/sockets.js';

/**
 * Who has a case open, from the sockets in its room (this server's; with several instances behind a
 * load balancer this would need the adapter's fetchSockets()). The room rule records each case's
 * complainant when it lets someone in, so the adapter's join/leave events can be answered at once.
 */
const complainantOf = new Map<string, string>();
const lastPresence = new Map<string, string>();

export function rememberComplainant(caseId: string, userId: string): void {
  complainantOf.set(caseId, userId);
}

export function presenceOf(ctx: AppContext, caseId: string): Presence {
  const namespace = ctx.io.of('/');
  const complainant = complainantOf.get(caseId);
  let consumerOnline = false;
  let staffOnline = false;
  for (const socketId of namespace.adapter.rooms.get(caseRoom(caseId)) ?? []) {
    const socket = namespace.sockets.get(socketId);
    const principal = socket ? principalOfSocket(socket) : null;
    if (!principal) continue;
    if (principal.userId === complainant) consumerOnline = true;
    else if (hasRole(principal, 'mediator', 'admin')) staffOnline = true;
  }
  return { caseId, consumerOnline, staffOnline };
}

/** Tells a case's room when its complainant or its mediators come and go. */
export function watchPresence(ctx: AppContext): void {
  const adapter = ctx.io.of('/').adapter;
  const roomChanged = (room: string) => {
    if (!room.startsWith(CASE_ROOM_PREFIX)) return;
    const presence = presenceOf(ctx, room.slice(CASE_ROOM_PREFIX.length));
    const key = `${presence.consumerOnline}/${presence.staffOnline}`;
    if (lastPresence.get(room) === key) return;
    lastPresence.set(room, key);
    ctx.io.to(room).emit(DisputeEvents.presenceUpdate, presence);
  };
  adapter.on('join-room', roomChanged);
  adapter.on('leave-room', roomChanged);
  adapter.on('delete-room', (room: string) => {
    lastPresence.delete(room);
    if (room.startsWith(CASE_ROOM_PREFIX)) complainantOf.delete(room.slice(CASE_ROOM_PREFIX.length));
  });
}
