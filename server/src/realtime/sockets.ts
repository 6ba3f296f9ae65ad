import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { CoreEvents, type Ack } from '@shared/realtime/ack.js';
import { RoomJoinSchema } from '@shared/realtime/rooms.js';
import { readSessionCookie, resolveSession } from '../accounts/sessions.js';
import type { AppContext } from '../feature.js';
import { AppError } from '../http/errors.js';
import { authorize, type Policy, type Principal } from '../http/policy.js';

export const principalOfSocket = (socket: Socket): Principal | null =>
  (socket.data.principal as Principal | null) ?? null;

/** Who may join rooms starting with `prefix` (e.g. `case:` → only the case's parties and mediators). */
export type RoomRule = {
  prefix: string;
  authorize: (principal: Principal | null, id: string) => boolean | Promise<boolean>;
};
const roomRules: RoomRule[] = [];
export function registerRoomRule(rule: RoomRule): void {
  roomRules.push(rule);
}

/** The socket's user comes from the session cookie sent with the handshake, never from a payload. */
export function installSocketAuth(ctx: AppContext): void {
  ctx.io.use(async (socket, next) => {
    try {
      const principal = await resolveSession(readSessionCookie(socket.request), ctx.now());
      const before = principalOfSocket(socket);
      // A recovered connection gets its old rooms back: only if it is still the same session.
      if (socket.recovered && before && before.sessionId !== principal?.sessionId) {
        return next(new Error('session_ended'));
      }
      socket.data.principal = principal;
      next();
    } catch (error) {
      next(error as Error);
    }
  });
  ctx.io.on('connection', (socket) => {
    const principal = principalOfSocket(socket);
    if (principal) {
      void socket.join([
        `user:${principal.userId}`,
        `session:${principal.sessionId}`,
        ...principal.roles.map((r) => `role:${r}`),
      ]);
    }
    onEvent(socket, ctx, {
      event: CoreEvents.roomJoin,
      policy: { name: 'rooms.join', allow: 'anyone' },
      schema: RoomJoinSchema,
      handler: async ({ room }) => {
        const rule = roomRules.find((r) => room.startsWith(r.prefix));
        const allowed = rule ? await rule.authorize(principal, room.slice(rule.prefix.length)) : false;
        if (!allowed) throw new AppError(404, 'not_found', 'There is no such room for you.');
        await socket.join(room);
        return { room };
      },
    });
    socket.on(CoreEvents.roomLeave, (payload: unknown) => {
      const parsed = RoomJoinSchema.safeParse(payload);
      if (parsed.success) void socket.leave(parsed.data.room);
    });
  });
}

/** Validate, authorize, run, acknowledge: the one way a client event is handled. */
export function onEvent<S extends z.ZodType, R>(
  socket: Socket,
  ctx: AppContext,
  spec: {
    event: string;
    policy: Policy;
    schema: S;
    handler: (payload: z.infer<S>, principal: Principal | null) => Promise<R> | R;
  },
): void {
  socket.on(spec.event, async (payload: unknown, ack?: (reply: Ack<R>) => void) => {
    const reply = (r: Ack<R>) => (typeof ack === 'function' ? ack(r) : undefined);
    const principal = principalOfSocket(socket);
    const denied = authorize(spec.policy, principal);
    if (denied) return reply({ ok: false, error: { code: denied.code, message: denied.message } });
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return reply({
        ok: false,
        error: { code: 'validation_failed', message: `Invalid payload — ${issue?.path.join('.')}: ${issue?.message}` },
      });
    }
    try {
      reply({ ok: true, data: await spec.handler(parsed.data, principal) });
    } catch (error) {
      if (error instanceof AppError) return reply({ ok: false, error: { code: error.code, message: error.message } });
      ctx.logger.error({ err: error, event: spec.event }, 'socket handler failed');
      reply({ ok: false, error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } });
    }
  });
}

/** Ended sessions lose their live connections at once. */
export function disconnectSessions(ctx: AppContext, sessionIds: string[]): void {
  for (const id of sessionIds) {
    ctx.io.to(`session:${id}`).emit(CoreEvents.sessionEnded);
    ctx.io.in(`session:${id}`).disconnectSockets(true);
  }
}
