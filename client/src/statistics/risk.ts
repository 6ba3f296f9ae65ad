import { RISK_WINDOW_DAYS } from '@shared/statistics/credit.js';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import type { Translate } from './sections';

/** Adds an alert that arrived live to the list: newest first, each alert once. */
export function withAlert(alerts: readonly RiskAlert[], alert: RiskAlert): RiskAlert[] {
  return [alert, ...alerts.filter((a) => a.id !== alert.id)].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

/** "Cream (09304967152415), batch A010552". */
export function alertSubject(alert: RiskAlert, t: Translate): string {
  const named = { name: alert.productName, gtin: alert.gtin, lot: alert.lot ?? '' };
  return alert.scope === 'batch' && alert.lot ? t('statistics.risk.batch', named) : t('statistics.risk.product', named);
}

/** The live announcement: what crossed the threshold, in one sentence. */
export function alertToast(alert: RiskAlert, t: Translate): string {
  const named = { name: alert.productName, lot: alert.lot ?? '', n: alert.complaints, days: RISK_WINDOW_DAYS };
  return alert.scope === 'batch' && alert.lot
    ? t('statistics.risk.toastBatch', named)
    : t('statistics.risk.toast', named);
}

/** The product page of an alert, on the batch when the alert is about one. */
export function alertLink(alert: RiskAlert): string {
  const query = alert.scope === 'batch' && alert.lot ? `?lot=${encodeURIComponent(alert.lot)}` : '';
  return `/showroom/products/${alert.gtin}${query}`;
}
