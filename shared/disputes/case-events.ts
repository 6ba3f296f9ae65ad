import { z } from 'zod';
import { MediationEndReasonSchema, NotAcceptGroundSchema } from './legal-grounds.js';
import { CnyAmountSchema, FenSchema } from './money.js';
import {
  ActorSchema,
  CategorySchema,
  CloseOutcomeSchema,
  MerchantChannelSchema,
  ProposerSchema,
} from './vocabulary.js';

/**
 * A case is an append-only log of these events, numbered 1, 2, 3 … per case (`seq`). The log is the
 * audit trail; the case's state is `reduceCase(events)` (case-state.ts), on the server and the device alike.
 */
export const EVENT_TYPES = [
  'filed',
  'evidence_added',
  'claimed',
  'accepted',
  'not_accepted',
  'message',
  'internal_note',
  'merchant_response',
  'settlement_proposed',
  'settled',
  'not_settled',
  'closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Events only mediators and admins see. They never change a case's state, so both audiences reduce alike. */
export const STAFF_ONLY_EVENTS: readonly EventType[] = ['internal_note'];
export const isStaffOnly = (type: EventType) => STAFF_ONLY_EVENTS.includes(type);

/** A client-made id (UUID or similar) that makes a replayed message or action create nothing new. */
export const ClientIdSchema = z
  .string()
  .min(8, 'Client ids are 8 to 100 characters.')
  .max(100, 'Client ids are 8 to 100 characters.')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'Client ids may use letters, digits and _ . : - only.');

const longText = z.string().trim().min(1).max(2000);
const mediumText = z.string().trim().min(1).max(1000);
const Person = z.object({ id: z.string(), name: z.string() });

export const EventDataSchemas = {
  filed: z.object({
    caseNumber: z.string(),
    category: CategorySchema,
    respondentName: z.string(),
    merchantId: z.string().optional(),
    amountFen: FenSchema,
    evidenceExpected: z.number().int().min(0),
  }),
  evidence_added: z.object({
    photoId: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    bytes: z.number().int(),
  }),
  claimed: z.object({ mediator: Person }),
  accepted: z.object({ note: z.string().optional() }),
  not_accepted: z.object({ ground: NotAcceptGroundSchema, explanation: z.string() }),
  message: z.object({ text: z.string() }),
  internal_note: z.object({ text: z.string() }),
  merchant_response: z.object({ channel: MerchantChannelSchema, summary: z.string(), respondedOn: z.string() }),
  settlement_proposed: z.object({ proposedBy: ProposerSchema, terms: z.string(), amountFen: FenSchema }),
  settled: z.object({ terms: z.string(), amountFen: FenSchema }),
  not_settled: z.object({ reason: MediationEndReasonSchema, explanation: z.string() }),
  /** `counterfeitFound` is absent on events written before it existed: read that as false. */
  closed: z.object({
    outcome: CloseOutcomeSchema,
    amountFen: FenSchema,
    summary: z.string().optional(),
    counterfeitFound: z.boolean().optional(),
  }),
} satisfies Record<EventType, z.ZodType>;
export type EventData<T extends EventType> = z.infer<(typeof EventDataSchemas)[T]>;

const base = {
  caseId: z.string(),
  /** 1, 2, 3 … per case. Consumers do not see staff-only events, so their copy may skip numbers. */
  seq: z.number().int().positive(),
  at: z.string(),
  actor: ActorSchema,
  /** The client's id for a message or note, so the sender can match its optimistic copy. */
  clientId: z.string().optional(),
};
const eventOf = <T extends EventType>(type: T) =>
  z.object({ ...base, type: z.literal(type), data: EventDataSchemas[type] });

export const CaseEventSchema = z
  .discriminatedUnion('type', [
    eventOf('filed'),
    eventOf('evidence_added'),
    eventOf('claimed'),
    eventOf('accepted'),
    eventOf('not_accepted'),
    eventOf('message'),
    eventOf('internal_note'),
    eventOf('merchant_response'),
    eventOf('settlement_proposed'),
    eventOf('settled'),
    eventOf('not_settled'),
    eventOf('closed'),
  ])
  .meta({ id: 'CaseEvent' });
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/**
 * What a participant may append through `POST /api/disputes/:id/events` (messages and notes also by
 * socket). `filed`, `evidence_added` and `claimed` have their own endpoints. Amounts are in yuan here
 * and stored as fen.
 */
export const CaseCommandSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('message'), clientMessageId: ClientIdSchema, text: longText }),
    z.strictObject({ type: z.literal('internal_note'), clientMessageId: ClientIdSchema, text: longText }),
    z.strictObject({ type: z.literal('accepted'), note: z.string().trim().max(1000).optional() }),
    z.strictObject({ type: z.literal('not_accepted'), ground: NotAcceptGroundSchema, explanation: mediumText }),
    z.strictObject({
      type: z.literal('merchant_response'),
      channel: MerchantChannelSchema,
      summary: longText,
      respondedOn: z.iso.date(),
    }),
    z.strictObject({
      type: z.literal('settlement_proposed'),
      proposedBy: ProposerSchema,
      terms: mediumText,
      amount: CnyAmountSchema,
    }),
    z.strictObject({ type: z.literal('settled'), terms: mediumText, amount: CnyAmountSchema }),
    z.strictObject({ type: z.literal('not_settled'), reason: MediationEndReasonSchema, explanation: mediumText }),
    z.strictObject({
      type: z.literal('closed'),
      outcome: CloseOutcomeSchema,
      amount: CnyAmountSchema,
      summary: z.string().trim().max(1000).optional(),
      /** The mediator found the goods counterfeit (it lowers the merchant's credit, shared/statistics/credit.ts). */
      counterfeitFound: z.boolean().optional(),
    }),
  ])
  .meta({ id: 'CaseCommand' });
export type CaseCommand = z.infer<typeof CaseCommandSchema>;
export type CommandType = CaseCommand['type'];

export const EventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const EventsPageSchema = z
  .object({
    events: z.array(CaseEventSchema),
    /** The highest seq you can see: ask again with `after=lastSeq` when `hasMore`. */
    lastSeq: z.number().int().min(0),
    hasMore: z.boolean(),
  })
  .meta({ id: 'CaseEventsPage' });
export type EventsPage = z.infer<typeof EventsPageSchema>;
