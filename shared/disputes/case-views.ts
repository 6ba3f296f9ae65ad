import { z } from 'zod';
import { CaseStateSchema } from './case-state.js';
import { CaseDeadlinesSchema, DeadlineSchema } from './deadlines.js';
import { CaseNumberSchema } from './filing.js';
import { CaseStatusSchema, CategorySchema } from './vocabulary.js';

const Person = z.object({ id: z.string(), name: z.string() });

export const CursorSchema = z.object({ deliveredSeq: z.number().int().min(0), readSeq: z.number().int().min(0) });
/** How far each side has received and read the case's events. `staff` is the furthest of any mediator. */
export const ReceiptsSchema = z.object({ consumer: CursorSchema, staff: CursorSchema, mine: CursorSchema });

export const EvidenceItemSchema = z.object({
  photoId: z.string(),
  received: z.boolean(),
  /** Set once received; only the complainant and mediators can fetch it. */
  url: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  bytes: z.number().int().optional(),
});

/** One case as its complainant or a mediator sees it. Consumers never see internal notes. */
export const CaseViewSchema = z
  .object({
    id: z.string(),
    caseNumber: CaseNumberSchema,
    /** Who is looking: `staff` views carry a masked phone (reveal with POST …/complainant-contact). */
    audience: z.enum(['consumer', 'staff']),
    status: CaseStatusSchema,
    filedAt: z.string(),
    category: CategorySchema,
    /** Null once the complainant erased their account: the case stays, as a regulatory record. */
    complainant: z.object({ name: z.string(), phone: z.string(), address: z.string() }).nullable(),
    respondent: z.object({ merchantId: z.string().optional(), name: z.string(), address: z.string() }),
    order: z.object({ number: z.string().optional(), purchaseDate: z.string(), amountFen: z.number().int() }),
    product: z.object({ gtin: z.string().optional(), lot: z.string().optional() }).nullable(),
    facts: z.string(),
    request: z.string(),
    evidence: z.array(EvidenceItemSchema),
    assignee: Person.nullable(),
    deadlines: CaseDeadlinesSchema,
    state: CaseStateSchema,
    receipts: ReceiptsSchema,
    /** Whether the complainant has the case open right now. */
    consumerOnline: z.boolean(),
  })
  .meta({ id: 'CaseView' });
export type CaseView = z.infer<typeof CaseViewSchema>;

/** A line of "my complaints". */
export const MyCaseSummarySchema = z
  .object({
    id: z.string(),
    caseNumber: CaseNumberSchema,
    status: CaseStatusSchema,
    category: CategorySchema,
    respondentName: z.string(),
    filedAt: z.string(),
    lastSeq: z.number().int(),
    lastEventAt: z.string().nullable(),
    readSeq: z.number().int(),
    deadline: DeadlineSchema.nullable(),
  })
  .meta({ id: 'MyCaseSummary' });
export type MyCaseSummary = z.infer<typeof MyCaseSummarySchema>;

/** A line of the mediators' queue. */
export const QueueItemSchema = z
  .object({
    id: z.string(),
    caseNumber: CaseNumberSchema,
    status: CaseStatusSchema,
    category: CategorySchema,
    merchantId: z.string().optional(),
    respondentName: z.string(),
    complainantName: z.string().nullable(),
    filedAt: z.string(),
    amountFen: z.number().int(),
    assignee: Person.nullable(),
    /** The clock that runs now (accept decision, then mediation), or null when none does. */
    deadline: DeadlineSchema.nullable(),
    overdue: z.boolean(),
    evidence: z.object({ expected: z.number().int(), received: z.number().int() }),
    lastSeq: z.number().int(),
    lastEventAt: z.string().nullable(),
  })
  .meta({ id: 'QueueItem' });
export type QueueItem = z.infer<typeof QueueItemSchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1).max(10));

/** Filters of `GET /api/mediation/queue`. Without `status` it lists every case not yet closed. */
export const QueueQuerySchema = z.strictObject({
  status: list(CaseStatusSchema).optional(),
  category: list(CategorySchema).optional(),
  merchant: z.string().max(60).optional(),
  overdue: flag.optional(),
  assignee: z.enum(['me', 'unassigned', 'anyone']).default('anyone'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export const QueuePageSchema = z
  .object({ items: z.array(QueueItemSchema), total: z.number().int() })
  .meta({ id: 'QueuePage' });
export type QueuePage = z.infer<typeof QueuePageSchema>;

export const ComplainantContactSchema = z.object({ name: z.string(), phone: z.string(), address: z.string() });
