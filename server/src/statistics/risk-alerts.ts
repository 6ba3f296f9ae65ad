import { RISK_THRESHOLDS, RISK_WINDOW_DAYS } from '@shared/statistics/credit.js';
import { StatisticsEvents } from '@shared/statistics/events.js';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { DEFAULT_LOCALE, type Locale } from '@shared/showroom/locale.js';
import { trusted } from '../db/trusted.js';
import { Case } from '../disputes/models.js';
import type { DomainEvents } from '../domain-events.js';
import type { AppContext } from '../feature.js';
import { showroomOf } from '../showroom/showroom.js';
import { RiskAlertModel } from './models.js';

const DAY_MS = 24 * 3600_000;
export const OFFICER_ROOMS = ['role:officer', 'role:admin'];
type Scope = keyof typeof RISK_THRESHOLDS;
type FiledCase = { caseNumber: string; filedAt: Date; product?: { gtin?: string | null; lot?: string | null } | null };

export const riskWindowStart = (now: Date) => new Date(now.getTime() - RISK_WINDOW_DAYS * DAY_MS);
const alertKey = (scope: Scope, gtin: string, lot: string | null) => `${scope}|${gtin}|${lot ?? ''}`;

/**
 * The scopes whose complaint count within the window has reached its threshold: the product (any batch)
 * and, when the new complaint names a lot, that batch. Pure.
 */
export function scopesAtRisk(recent: readonly FiledCase[], gtin: string, lot: string | null) {
  const product = recent.filter((c) => c.product?.gtin === gtin);
  const batch = lot ? product.filter((c) => c.product?.lot === lot) : [];
  const candidates: { scope: Scope; lot: string | null; cases: FiledCase[] }[] = [
    { scope: 'product', lot: null, cases: product },
    ...(lot ? [{ scope: 'batch' as const, lot, cases: batch }] : []),
  ];
  return candidates.filter((c) => c.cases.length >= RISK_THRESHOLDS[c.scope]);
}

export function toRiskAlert(
  doc: {
    _id: unknown;
    scope: string;
    gtin: string;
    lot?: string | null;
    complaints: number;
    threshold: number;
    raisedAt: Date;
    caseNumbers: string[];
  },
  productName: (gtin: string) => string | undefined,
): RiskAlert {
  return {
    id: String(doc._id),
    scope: doc.scope as Scope,
    gtin: doc.gtin,
    lot: doc.lot ?? null,
    productName: productName(doc.gtin) ?? doc.gtin,
    complaints: doc.complaints,
    threshold: doc.threshold,
    raisedAt: doc.raisedAt.toISOString(),
    caseNumbers: doc.caseNumbers,
  };
}

export async function productNamer(ctx: AppContext, locale: Locale) {
  const snapshot = await showroomOf(ctx).current();
  return (gtin: string) => snapshot.products.get(gtin)?.name[locale];
}

/** Raises the alert unless one for the same key was raised within the window; the unique index decides. */
async function raise(
  ctx: AppContext,
  at: { scope: Scope; gtin: string; lot: string | null; cases: FiledCase[] },
  now: Date,
): Promise<RiskAlert | null> {
  const key = alertKey(at.scope, at.gtin, at.lot);
  const latest = await RiskAlertModel.findOne({ key }, { seq: 1, raisedAt: 1 }).sort({ seq: -1 }).lean();
  if (latest && latest.raisedAt.getTime() > riskWindowStart(now).getTime()) return null;
  const cases = [...at.cases].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  try {
    const doc = await RiskAlertModel.create({
      key,
      seq: (latest?.seq ?? 0) + 1,
      scope: at.scope,
      gtin: at.gtin,
      lot: at.lot,
      complaints: cases.length,
      threshold: RISK_THRESHOLDS[at.scope],
      raisedAt: now,
      caseNumbers: cases.map((c) => c.caseNumber),
    });
    return toRiskAlert(doc.toObject(), await productNamer(ctx, DEFAULT_LOCALE));
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return null; // a concurrent filing raised it
    throw error;
  }
}

/**
 * After a complaint naming a product is filed: count the complaints about that GTIN (and that batch)
 * filed in the RISK_WINDOW_DAYS up to now, and raise an alert per scope that reached its threshold,
 * pushed live to every officer and admin. Alerts are pushed with the product's name in zh-CN (the park's
 * language); the REST reads name it in the reader's language.
 */
export async function checkProductRisk(ctx: AppContext, filed: DomainEvents['case.filed']): Promise<RiskAlert[]> {
  const gtin = filed.product?.gtin;
  if (!gtin) return [];
  const now = ctx.now();
  const recent = await Case.find(
    { 'product.gtin': gtin, filedAt: trusted({ $gt: riskWindowStart(now), $lte: now }) },
    { caseNumber: 1, filedAt: 1, product: 1 },
  ).lean();
  const raised: RiskAlert[] = [];
  for (const atRisk of scopesAtRisk(recent, gtin, filed.product?.lot ?? null)) {
    const alert = await raise(ctx, { ...atRisk, gtin }, now);
    if (!alert) continue;
    raised.push(alert);
    ctx.io.to(OFFICER_ROOMS).emit(StatisticsEvents.riskAlert, alert);
  }
  return raised;
}

/** Alerts raised in the last RISK_WINDOW_DAYS, newest first; of one product (and its batches) if given. */
export async function recentAlerts(ctx: AppContext, locale: Locale, gtin?: string): Promise<RiskAlert[]> {
  const docs = await RiskAlertModel.find({
    raisedAt: trusted({ $gt: riskWindowStart(ctx.now()) }),
    ...(gtin ? { gtin } : {}),
  })
    .sort({ raisedAt: -1, _id: -1 })
    .lean();
  const name = await productNamer(ctx, locale);
  return docs.map((d) => toRiskAlert(d, name));
}
