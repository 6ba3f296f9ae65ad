import type { Socket } from 'socket.io';
import {
  CASE_ROOM_PREFIX,
  CaseRefSchema,
  CursorMoveSchema,
  DisputeEvents,
  MessageSendSchema,
  NoteAddSchema,
  caseRoom,
  type MessageReceipt,
  type TypingUpdate,
} from '@shared/disputes/events.js';
import type { Actor } from '@shared/disputes/vocabulary.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import type { Principal } from '../http/policy.js';
import { onEvent, registerRoomRule } from '../realtime/sockets.js';
import { actorOf, openCase } from './access.js';
import { logHead } from './case-log.js';
import { runCommand } from './commands.js';
import { disputesPolicy as policy } from './policy.js';
import { presenceOf, rememberComplainant, watchPresence } from './presence.js';
import { moveCursor, visibleSeqAtOrBelow } from './receipts.js';

let roomRuleRegistered = false;

/** `case:<id>`: its complainant, mediators and admins; anyone else is told there is no such room. */
function registerCaseRooms(): void {
  // Room rules are process-wide; several test apps may share a process.
  if (roomRuleRegistered) return;
  roomRuleRegistered = true;
  registerRoomRule({
    prefix: CASE_ROOM_PREFIX,
    authorize: async (principal, caseId) => {
      try {
        const { caseDoc } = await openCase(principal, caseId);
        rememberComplainant(caseId, String(caseDoc.userId));
        return true;
      } catch {
        return false;
      }
    },
  });
}

const needPrincipal = (p: Principal | null): Principal => {
  if (!p) throw new AppError(401, 'unauthenticated', 'Please sign in first.');
  return p;
};

/** Typing and receipts are for people who have the case open: in its room, where the rule let them in. */
function requireRoom(socket: Socket, caseId: string): void {
  if (!socket.rooms.has(caseRoom(caseId))) throw new AppError(404, 'not_found', 'Join the case’s room first.');
}

async function moveAndTell(
  ctx: AppContext,
  principal: Principal,
  kind: 'delivered' | 'read',
  caseId: string,
  seq: number,
) {
  const { caseDoc, audience } = await openCase(principal, caseId);
  const head = await logHead(caseId);
  // Never past the end of what this reader can see, so a later event never shows as read.
  const upTo = Math.min(seq, audience === 'consumer' ? head.publicSeq : head.state.lastSeq);
  const cursor = await moveCursor({ caseId, userId: principal.userId, side: audience }, kind, upTo, ctx.now());
  const receipt: MessageReceipt = { caseId, reader: await actorOf(principal, audience), ...cursor };
  const complainantRoom = `user:${String(caseDoc.userId)}`;
  if (audience === 'consumer') ctx.io.to(caseRoom(caseId)).emit(DisputeEvents.messageReceipt, receipt);
  else {
    ctx.io.to(caseRoom(caseId)).except(complainantRoom).emit(DisputeEvents.messageReceipt, receipt);
    const visible = {
      ...receipt,
      deliveredSeq: await visibleSeqAtOrBelow(caseId, cursor.deliveredSeq),
      readSeq: await visibleSeqAtOrBelow(caseId, cursor.readSeq),
    };
    ctx.io.to(complainantRoom).emit(DisputeEvents.messageReceipt, visible);
  }
  return cursor;
}

function onConnection(ctx: AppContext, socket: Socket): void {
  const actors = new Map<string, Actor>();
  const actorFor = async (principal: Principal, caseId: string) => {
    const known = actors.get(caseId);
    if (known) return known;
    const { audience } = await openCase(principal, caseId);
    const actor = await actorOf(principal, audience);
    actors.set(caseId, actor);
    return actor;
  };
  const chat = { event: DisputeEvents.messageSend, policy: policy.append, schema: MessageSendSchema };
  onEvent(socket, ctx, {
    ...chat,
    handler: async ({ caseId, clientMessageId, text }, principal) =>
      (
        await runCommand(
          ctx,
          needPrincipal(principal),
          caseId,
          { type: 'message', clientMessageId, text },
          undefined,
          socket.handshake.address,
        )
      ).event,
  });
  onEvent(socket, ctx, {
    event: DisputeEvents.noteAdd,
    policy: policy.addNote,
    schema: NoteAddSchema,
    handler: async ({ caseId, clientMessageId, text }, principal) =>
      (
        await runCommand(
          ctx,
          needPrincipal(principal),
          caseId,
          { type: 'internal_note', clientMessageId, text },
          undefined,
          socket.handshake.address,
        )
      ).event,
  });
  for (const [event, typing] of [
    [DisputeEvents.typingStart, true],
    [DisputeEvents.typingStop, false],
  ] as const) {
    onEvent(socket, ctx, {
      event,
      policy: policy.append,
      schema: CaseRefSchema,
      handler: async ({ caseId }, principal) => {
        requireRoom(socket, caseId);
        const update: TypingUpdate = { caseId, user: await actorFor(needPrincipal(principal), caseId), typing };
        socket.to(caseRoom(caseId)).emit(DisputeEvents.typingUpdate, update);
        return null;
      },
    });
  }
  for (const [event, kind] of [
    [DisputeEvents.messageDelivered, 'delivered'],
    [DisputeEvents.messageRead, 'read'],
  ] as const) {
    onEvent(socket, ctx, {
      event,
      policy: policy.append,
      schema: CursorMoveSchema,
      handler: ({ caseId, seq }, principal) => {
        requireRoom(socket, caseId);
        return moveAndTell(ctx, needPrincipal(principal), kind, caseId, seq);
      },
    });
  }
  onEvent(socket, ctx, {
    event: DisputeEvents.presenceGet,
    policy: policy.readCase,
    schema: CaseRefSchema,
    handler: async ({ caseId }, principal) => {
      const { caseDoc } = await openCase(principal, caseId);
      rememberComplainant(caseId, String(caseDoc.userId));
      return presenceOf(ctx, caseId);
    },
  });
}

export function installDisputeSockets(ctx: AppContext): void {
  registerCaseRooms();
  watchPresence(ctx);
  ctx.io.on('connection', (socket) => onConnection(ctx, socket));
}
