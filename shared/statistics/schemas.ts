import { z } from 'zod';
import { CaseStatusSchema, CategorySchema } from '../disputes/vocabulary.js';

/**
 * The officers' statistics, merchant credit and product risk (issue #8). Days are calendar days in
 * Asia/Shanghai written `YYYY-MM-DD`; a range includes both ends.
 */
const DaySchema = z.iso.date('Give the date as YYYY-MM-DD, e.g. 2026-11-20.');
export const MAX_RANGE_DAYS = 366;

export const StatsRangeQuerySchema = z
  .strictObject({
    from: DaySchema.optional(),
    to: DaySchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start date must not be after the end date.' })
  .meta({ id: 'StatsRangeQuery' });
export type StatsRangeQuery = z.infer<typeof StatsRangeQuerySchema>;

const Count = z.number().int().min(0);
/** A share between 0 and 1, or null when there is nothing to divide by. */
const Ratio = z.number().min(0).max(1).nullable();

export const ScanStatsSchema = z.object({
  total: Count,
  /** Every day of the range, zero-filled. */
  byDay: z.array(z.object({ day: DaySchema, count: Count })),
  /** Most scanned first. */
  byProduct: z.array(z.object({ gtin: z.string(), name: z.string(), count: Count })),
});

/** The current clearance state of every batch in the showroom. */
export const ClearanceMixSchema = z.array(z.object({ code: z.string(), label: z.string(), count: Count }));

export const DeadlineMissSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.enum(['acceptance', 'mediation']),
  dueAt: z.string(),
  /** When the step was done, or null while it is still overdue. */
  doneAt: z.string().nullable(),
});

export const ComplaintStatsSchema = z.object({
  total: Count,
  byCategory: z.array(z.object({ category: CategorySchema, label: z.string(), count: Count })),
  byMerchant: z.array(z.object({ merchantId: z.string().nullable(), name: z.string(), count: Count })),
  byState: z.array(z.object({ status: CaseStatusSchema, label: z.string(), count: Count })),
  /** Hours from filing to acceptance, over the cases of the range that were accepted; null when none. */
  medianHoursToAcceptance: z.number().min(0).nullable(),
  acceptedCount: Count,
  /** Days from filing to settlement, over the cases of the range that were settled; null when none. */
  medianDaysToSettlement: z.number().min(0).nullable(),
  settledCount: Count,
  deadlinesMissed: z.array(DeadlineMissSchema),
});

export const CourseStatsSchema = z.object({
  code: z.string(),
  title: z.string(),
  capacity: Count,
  confirmed: Count,
  waitlisted: Count,
  fillRate: Ratio,
  /** Check-ins over confirmed seats × sessions already started. */
  attendanceRate: Ratio,
});
export const TrainingStatsSchema = z.object({
  courses: z.array(CourseStatsSchema),
  fillRate: Ratio,
  attendanceRate: Ratio,
});

export const DashboardSchema = z
  .object({
    range: z.object({ from: DaySchema, to: DaySchema }),
    generatedAt: z.string(),
    scans: ScanStatsSchema,
    clearance: ClearanceMixSchema,
    complaints: ComplaintStatsSchema,
    training: TrainingStatsSchema,
  })
  .meta({ id: 'StatisticsDashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;

/** Each table of the dashboard, exportable as CSV at `/api/statistics/export/:table`. */
export const STATS_TABLES = [
  'scans-by-day',
  'scans-by-product',
  'clearance-status',
  'complaints-by-category',
  'complaints-by-merchant',
  'complaints-by-state',
  'deadlines-missed',
  'courses',
] as const;
export const StatsTableSchema = z.enum(STATS_TABLES);
export type StatsTable = z.infer<typeof StatsTableSchema>;
export const StatsExportParamsSchema = z.strictObject({ table: StatsTableSchema });

export const MerchantIdParamsSchema = z.strictObject({ merchantId: z.string().min(1).max(64) });

/** The facts a merchant's credit score is computed from (see credit.ts for the formula). */
export const CreditFactsSchema = z.object({
  /** Complaints against the merchant filed in the window. */
  complaints: Count,
  settledForConsumer: Count,
  notSettled: Count,
  counterfeitFound: Count,
  /**
   * Accepted cases where the merchant answered later than RESPONSE_WORKING_DAYS working days after
   * acceptance, or has not answered and more than that many have passed (counted up to now, or up to
   * the end of mediation when it ended without an answer).
   */
  slowResponses: Count,
  /** Median working days from acceptance to the merchant's first response; null when none. */
  medianResponseWorkingDays: z.number().min(0).nullable(),
});
export type CreditFacts = z.infer<typeof CreditFactsSchema>;

export const MerchantCreditSchema = z
  .object({
    merchantId: z.string(),
    name: z.string(),
    booth: z.string(),
    score: z.number().min(0).max(100),
    redListed: z.boolean(),
    facts: CreditFactsSchema,
    /** Each deduction: which fact, how many points. Sums with the score to 100. */
    deductions: z.array(z.object({ factor: z.string(), points: z.number() })),
    window: z.object({ from: DaySchema, to: DaySchema }),
  })
  .meta({ id: 'MerchantCredit' });
export type MerchantCredit = z.infer<typeof MerchantCreditSchema>;

export const RiskScopeSchema = z.enum(['product', 'batch']);
export const RiskAlertSchema = z
  .object({
    id: z.string(),
    scope: RiskScopeSchema,
    gtin: z.string(),
    lot: z.string().nullable(),
    productName: z.string(),
    /** Complaints in the 30 days up to `raisedAt`. */
    complaints: Count,
    threshold: Count,
    raisedAt: z.string(),
    caseNumbers: z.array(z.string()),
  })
  .meta({ id: 'RiskAlert' });
export type RiskAlert = z.infer<typeof RiskAlertSchema>;

export const ProductRiskSchema = z
  .object({
    gtin: z.string(),
    flagged: z.boolean(),
    /** Alerts for the product or its batches raised in the last 30 days, newest first. */
    alerts: z.array(RiskAlertSchema),
  })
  .meta({ id: 'ProductRisk' });
export type ProductRisk = z.infer<typeof ProductRiskSchema>;

export const GtinParamsSchema = z.strictObject({ gtin: z.string().regex(/^\d{14}$/, 'A GTIN here has 14 digits.') });
