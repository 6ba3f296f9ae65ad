import type { Policy } from '../http/policy.js';

/** Statistics and merchant credit are the officers' (and admins'); product risk also informs mediators. */
export const statisticsPolicy = {
  dashboard: { name: 'statistics.dashboard.read', allow: ['officer', 'admin'] },
  export: { name: 'statistics.tables.export', allow: ['officer', 'admin'] },
  credit: { name: 'statistics.merchant_credit.read', allow: ['officer', 'admin'] },
  alerts: { name: 'statistics.risk_alerts.read', allow: ['officer', 'admin'] },
  productRisk: { name: 'statistics.product_risk.read', allow: ['officer', 'admin', 'mediator'] },
} as const satisfies Record<string, Policy>;
