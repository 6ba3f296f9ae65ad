import { z } from 'zod';

/** Every client→server socket event is acknowledged with one of these. */
export type Ack<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Rooms a client may ask to join; the server checks each against the feature's policy. */
export const RoomJoinSchema = z.strictObject({
  room: z
    .string()
    .min(3)
    .max(100)
    .regex(/^[a-z]+:[A-Za-z0-9_.:-]+$/),
});

export const CoreEvents = {
  roomJoin: 'room:join',
  roomLeave: 'room:leave',
  sessionEnded: 'session:ended',
} as const;
