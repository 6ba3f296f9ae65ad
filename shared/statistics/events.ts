import type { RiskAlert } from './schemas.js';

/** Officers and admins receive these in their `role:officer` / `role:admin` rooms without joining anything. */
export const StatisticsEvents = {
  riskAlert: 'risk:alert',
} as const;

export type RiskAlertPayload = RiskAlert;
