import { z } from 'zod';
import type { Ack } from '../realtime/ack.js';
import { ClientIdSchema, type CaseEvent } from './case-events.js';
import type { MyCaseSummary, QueueItem } from './case-views.js';
import type { Actor } from './vocabulary.js';

/**
 * Realtime of disputes. Join `case:<id>` with `room:join` (its complainant, mediators and admins
 * only) to follow a case. Mediators and admins get queue events without joining anything (they are
 * in `role:mediator` / `role:admin`); a complainant gets `case:changed` in `user:<id>`.
 */
export const DisputeEvents = {
  // client → server, each acknowledged with Ack<…>
  messageSend: 'message:send',
  noteAdd: 'note:add',
  messageDelivered: 'message:delivered',
  messageRead: 'message:read',
  typingStart: 'typing:start',
  typingStop: 'typing:stop',
  presenceGet: 'presence:get',
  // server → client
  caseEvent: 'case:event',
  caseChanged: 'case:changed',
  queueAdded: 'queue:added',
  queueUpdated: 'queue:updated',
  typingUpdate: 'typing:update',
  messageReceipt: 'message:receipt',
  presenceUpdate: 'presence:update',
} as const;

export const CASE_ROOM_PREFIX = 'case:';
export const caseRoom = (caseId: string) => `${CASE_ROOM_PREFIX}${caseId}`;

const CaseIdSchema = z.string().regex(/^[a-f0-9]{24}$/, 'Not a valid case id.');
export const MessageSendSchema = z.strictObject({
  caseId: CaseIdSchema,
  clientMessageId: ClientIdSchema,
  text: z.string().trim().min(1).max(2000),
});
export const NoteAddSchema = MessageSendSchema;
export const CursorMoveSchema = z.strictObject({ caseId: CaseIdSchema, seq: z.number().int().min(0) });
export const CaseRefSchema = z.strictObject({ caseId: CaseIdSchema });

export type MessageSend = z.infer<typeof MessageSendSchema>;
export type CursorMove = z.infer<typeof CursorMoveSchema>;
export type CaseRef = z.infer<typeof CaseRefSchema>;

/** To `case:<id>`: a new event of the log (staff-only events reach mediators and admins only). */
export type CaseEventPush = { caseId: string; event: CaseEvent };
export type TypingUpdate = { caseId: string; user: Actor; typing: boolean };
/** How far a participant has received and read; for the complainant, a mediator's read never points at a staff-only event. */
export type MessageReceipt = { caseId: string; reader: Actor; deliveredSeq: number; readSeq: number };
export type Presence = { caseId: string; consumerOnline: boolean; staffOnline: boolean };
export type Cursor = { deliveredSeq: number; readSeq: number };

export interface DisputeServerToClientEvents {
  'case:event': (push: CaseEventPush) => void;
  /** To the complainant's `user:<id>` room: their case list line changed. */
  'case:changed': (summary: MyCaseSummary) => void;
  /** To mediators and admins: a new complaint arrived. */
  'queue:added': (item: QueueItem) => void;
  /** To mediators and admins: a case's status, assignee or activity changed. */
  'queue:updated': (item: QueueItem) => void;
  'typing:update': (update: TypingUpdate) => void;
  'message:receipt': (receipt: MessageReceipt) => void;
  'presence:update': (presence: Presence) => void;
}

export interface DisputeClientToServerEvents {
  /** Ack data: the stored event (with its seq); a replay of the same clientMessageId returns the same event. */
  'message:send': (payload: MessageSend, ack: (reply: Ack<CaseEvent>) => void) => void;
  /** Staff only; never reaches the complainant. */
  'note:add': (payload: MessageSend, ack: (reply: Ack<CaseEvent>) => void) => void;
  'message:delivered': (payload: CursorMove, ack: (reply: Ack<Cursor>) => void) => void;
  'message:read': (payload: CursorMove, ack: (reply: Ack<Cursor>) => void) => void;
  'typing:start': (payload: CaseRef, ack?: (reply: Ack<null>) => void) => void;
  'typing:stop': (payload: CaseRef, ack?: (reply: Ack<null>) => void) => void;
  'presence:get': (payload: CaseRef, ack: (reply: Ack<Presence>) => void) => void;
}
