import type { Dashboard, StatsTable } from '@shared/statistics/schemas.js';

type Table = { header: string[]; rows: (string | number | null)[][] };

/** Each exportable table of the dashboard: the same rows and numbers, headers in English snake_case. */
export function tableOf(dashboard: Dashboard, table: StatsTable): Table {
  const { scans, clearance, complaints, training } = dashboard;
  switch (table) {
    case 'scans-by-day':
      return { header: ['day', 'scans'], rows: scans.byDay.map((d) => [d.day, d.count]) };
    case 'scans-by-product':
      return { header: ['gtin', 'product', 'scans'], rows: scans.byProduct.map((p) => [p.gtin, p.name, p.count]) };
    case 'clearance-status':
      return { header: ['status_code', 'status', 'batches'], rows: clearance.map((c) => [c.code, c.label, c.count]) };
    case 'complaints-by-category':
      return {
        header: ['category', 'category_label', 'complaints'],
        rows: complaints.byCategory.map((c) => [c.category, c.label, c.count]),
      };
    case 'complaints-by-merchant':
      return {
        header: ['merchant_id', 'merchant', 'complaints'],
        rows: complaints.byMerchant.map((m) => [m.merchantId, m.name, m.count]),
      };
    case 'complaints-by-state':
      return {
        header: ['status', 'status_label', 'complaints'],
        rows: complaints.byState.map((s) => [s.status, s.label, s.count]),
      };
    case 'deadlines-missed':
      return {
        header: ['case_number', 'deadline', 'due_at', 'done_at'],
        rows: complaints.deadlinesMissed.map((d) => [d.caseNumber, d.kind, d.dueAt, d.doneAt]),
      };
    case 'courses':
      return {
        header: ['course_code', 'title', 'capacity', 'confirmed', 'waitlisted', 'fill_rate', 'attendance_rate'],
        rows: training.courses.map((c) => [
          c.code,
          c.title,
          c.capacity,
          c.confirmed,
          c.waitlisted,
          c.fillRate,
          c.attendanceRate,
        ]),
      };
  }
}

export const exportFileName = (table: StatsTable, range: { from: string; to: string }) =>
  `lugang-${table}-${range.from}-${range.to}.csv`;
