import { z } from 'zod';
import { localeFromAcceptLanguage } from '@shared/showroom/locale.js';
import {
  DashboardSchema,
  GtinParamsSchema,
  MerchantCreditSchema,
  MerchantIdParamsSchema,
  ProductRiskSchema,
  RiskAlertSchema,
  StatsExportParamsSchema,
  StatsRangeQuerySchema,
} from '@shared/statistics/schemas.js';
import { audit } from '../accounts/audit.js';
import type { AppContext } from '../feature.js';
import { toCsv } from '../http/csv.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { exportFileName, tableOf } from './csv-tables.js';
import { dashboard } from './dashboard.js';
import { resolveRange } from './days.js';
import { merchantCredits } from './merchant-credit.js';
import { statisticsPolicy as policy } from './policy.js';
import { recentAlerts } from './risk-alerts.js';

const tags = ['statistics'];
const badRange = { description: 'A date is not YYYY-MM-DD, from is after to, or the range is too long' };
const localeOf = (req: { get(name: string): string | undefined }) =>
  localeFromAcceptLanguage(req.get('accept-language'));

export function statisticsRoutes(ctx: AppContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/statistics/dashboard',
      summary: 'Scans, clearance, complaints and training over a date range (default: the last 30 days)',
      tags,
      policy: policy.dashboard,
      query: StatsRangeQuerySchema,
      responses: { 200: { description: 'The dashboard', schema: DashboardSchema }, 400: badRange },
      handler: ({ query, req }) => dashboard(ctx, resolveRange(query, ctx.now()), localeOf(req)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/statistics/export/:table',
      summary: 'One table of the dashboard as CSV (UTF-8 with BOM)',
      tags,
      policy: policy.export,
      params: StatsExportParamsSchema,
      query: StatsRangeQuerySchema,
      responses: {
        200: { description: 'CSV', contentType: 'text/csv', schema: z.string() },
        400: { description: 'Unknown table, or a bad date range' },
      },
      handler: async ({ params, query, req, res, principal }) => {
        const range = resolveRange(query, ctx.now());
        const { header, rows } = tableOf(await dashboard(ctx, range, localeOf(req)), params.table);
        await audit({
          actor: principal,
          action: 'statistics.table_exported',
          target: params.table,
          outcome: 'ok',
          ip: req.ip,
          at: ctx.now(),
          details: range,
        });
        res
          .type('text/csv; charset=utf-8')
          .setHeader('Content-Disposition', `attachment; filename="${exportFileName(params.table, range)}"`);
        res.send(toCsv([header, ...rows]));
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/merchants/credit',
      summary: 'Credit scores of the showroom merchants, lowest first (the red list on top)',
      tags,
      policy: policy.credit,
      responses: { 200: { description: 'Merchant credit', schema: z.array(MerchantCreditSchema) } },
      handler: ({ req }) => merchantCredits(ctx, localeOf(req)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/merchants/:merchantId/credit',
      summary: "One merchant's credit score with the facts and deductions behind it",
      tags,
      policy: policy.credit,
      params: MerchantIdParamsSchema,
      responses: {
        200: { description: 'Merchant credit', schema: MerchantCreditSchema },
        404: { description: 'No such merchant' },
      },
      handler: async ({ params, req }) => (await merchantCredits(ctx, localeOf(req), params.merchantId))[0],
    }),
    defineRoute({
      method: 'get',
      path: '/api/risk/alerts',
      summary: 'Product risk alerts raised in the last 30 days, newest first',
      tags,
      policy: policy.alerts,
      responses: { 200: { description: 'Alerts', schema: z.array(RiskAlertSchema) } },
      handler: ({ req }) => recentAlerts(ctx, localeOf(req)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/products/:gtin/risk',
      summary: 'Whether a product or one of its batches is flagged by complaints in the last 30 days',
      tags,
      policy: policy.productRisk,
      params: GtinParamsSchema,
      responses: { 200: { description: 'Product risk', schema: ProductRiskSchema } },
      handler: async ({ params, req }) => {
        const alerts = await recentAlerts(ctx, localeOf(req), params.gtin);
        return { gtin: params.gtin, flagged: alerts.length > 0, alerts };
      },
    }),
  ];
}
