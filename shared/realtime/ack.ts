/** Every client→server socket event is acknowledged with one of these. */
export type Ack<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export const CoreEvents = {
  roomJoin: 'room:join',
  roomLeave: 'room:leave',
  sessionEnded: 'session:ended',
} as const;
