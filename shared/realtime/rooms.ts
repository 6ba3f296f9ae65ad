import { z } from 'zod';

/** Rooms a client may ask to join; the server checks each against the feature's policy. */
export const RoomJoinSchema = z.strictObject({
  room: z
    .string()
    .min(3)
    .max(100)
    .regex(/^[a-z]+:[A-Za-z0-9_.:-]+$/),
});
