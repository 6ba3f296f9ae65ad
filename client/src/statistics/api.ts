import { z } from 'zod';
import {
  DashboardSchema,
  MerchantCreditSchema,
  RiskAlertSchema,
  type Dashboard,
  type MerchantCredit,
  type RiskAlert,
} from '@shared/statistics/schemas.js';
import { apiFetch } from '@client/shell/api';
import { rangeSearch, type DayRange } from './range';

/** The statistics API (officers and admins), each answer checked against the shared contract. */
export function fetchDashboard(range: DayRange, signal?: AbortSignal): Promise<Dashboard> {
  return apiFetch(`/api/statistics/dashboard?${rangeSearch(range)}`, { schema: DashboardSchema, signal });
}

export function fetchRiskAlerts(signal?: AbortSignal): Promise<RiskAlert[]> {
  return apiFetch('/api/risk/alerts', { schema: z.array(RiskAlertSchema), signal });
}

export function fetchCredits(signal?: AbortSignal): Promise<MerchantCredit[]> {
  return apiFetch('/api/merchants/credit', { schema: z.array(MerchantCreditSchema), signal });
}

export function fetchCredit(merchantId: string, signal?: AbortSignal): Promise<MerchantCredit> {
  return apiFetch(`/api/merchants/${encodeURIComponent(merchantId)}/credit`, { schema: MerchantCreditSchema, signal });
}
