import type { Dashboard, StatsTable } from '@shared/statistics/schemas.js';
import { categoryText, statusText } from '@client/disputes/labels';
import type { Locale } from '@client/i18n/locales';
import { formatCount, formatDay, formatMeasure, formatMoment, formatShare, formatShortDay } from './format';
import { rangeSearch, type DayRange } from './range';

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** A table cell: text, optionally a link inside the app. */
export type Cell = { text: string; to?: string; numeric?: boolean };

export type ChartSeries = { label: string; values: number[] };
/** What the chart wrapper draws: bars, one series or two; `percent` values are shares 0…1. */
export type ChartSpec = { labels: string[]; series: ChartSeries[]; horizontal: boolean; percent: boolean };

export type Section = {
  table: StatsTable;
  title: string;
  columns: string[];
  rows: Cell[][];
  chart: ChartSpec | null;
  /** The chart's text alternative (its aria-label); the table holds every value. */
  summary: string;
  /** Only the first rows are drawn when there are many (the table still lists all). */
  chartedRows: number;
};

/** Long lists are charted as their top rows: more bars do not fit a phone. */
export const CHART_TOP = 10;

/** `/api/statistics/export/<table>?from=…&to=…`: a CSV of one table for the range shown. */
export function exportUrl(table: StatsTable, range: DayRange): string {
  return `/api/statistics/export/${table}?${rangeSearch(range)}`;
}

const num = (n: number, locale: Locale): Cell => ({ text: formatCount(n, locale), numeric: true });
const share = (r: number | null, locale: Locale): Cell => ({ text: formatShare(r, locale), numeric: true });
const text = (value: string, to?: string): Cell => (to ? { text: value, to } : { text: value });

/** The text alternative of a chart: what it shows and its highest bar. */
export function chartSummary(
  title: string,
  chart: ChartSpec | null,
  t: Translate,
  format: (value: number) => string,
): string {
  const series = chart?.series[0];
  if (!chart || !series || series.values.every((v) => v === 0)) return t('statistics.chart.empty', { title });
  let top = 0;
  series.values.forEach((value, i) => {
    if (value > (series.values[top] ?? 0)) top = i;
  });
  return t('statistics.chart.summary', {
    title,
    n: chart.labels.length,
    label: chart.labels[top] ?? '',
    value: format(series.values[top] ?? 0),
  });
}

type Build = Omit<Section, 'summary' | 'title' | 'chartedRows'>;

function finish(build: Build, t: Translate, locale: Locale): Section {
  const title = t(`statistics.sections.${build.table}`);
  const format = (v: number) => (build.chart?.percent ? formatShare(v, locale) : formatCount(v, locale));
  return {
    ...build,
    title,
    summary: chartSummary(title, build.chart, t, format),
    chartedRows: build.chart?.labels.length ?? 0,
  };
}

function bars(labels: string[], label: string, values: number[], horizontal: boolean): ChartSpec {
  return {
    labels: labels.slice(0, CHART_TOP),
    series: [{ label, values: values.slice(0, CHART_TOP) }],
    horizontal,
    percent: false,
  };
}

/** Every section of the dashboard, in the order of STATS_TABLES, with its chart, table and summary. */
export function dashboardSections(d: Dashboard, t: Translate, locale: Locale): Section[] {
  const col = (key: string) => t(`statistics.columns.${key}`);
  const count = col('count');
  const { scans, complaints, training } = d;
  const builds: Build[] = [
    {
      table: 'scans-by-day',
      columns: [col('day'), count],
      rows: scans.byDay.map((r) => [text(formatDay(r.day, locale)), num(r.count, locale)]),
      // Every day is a bar: a range of 90 days still reads as a shape, and the table has the days.
      chart: {
        labels: scans.byDay.map((r) => formatShortDay(r.day, locale)),
        series: [{ label: count, values: scans.byDay.map((r) => r.count) }],
        horizontal: false,
        percent: false,
      },
    },
    {
      table: 'scans-by-product',
      columns: [col('product'), col('gtin'), count],
      rows: scans.byProduct.map((r) => [
        text(r.name, `/showroom/products/${r.gtin}`),
        text(r.gtin),
        num(r.count, locale),
      ]),
      chart: bars(
        scans.byProduct.map((r) => r.name),
        count,
        scans.byProduct.map((r) => r.count),
        true,
      ),
    },
    {
      table: 'clearance-status',
      columns: [col('status'), count],
      rows: d.clearance.map((r) => [text(r.label), num(r.count, locale)]),
      chart: bars(
        d.clearance.map((r) => r.label),
        count,
        d.clearance.map((r) => r.count),
        true,
      ),
    },
    {
      table: 'complaints-by-category',
      columns: [col('category'), count],
      rows: complaints.byCategory.map((r) => [text(categoryText(r.category, locale)), num(r.count, locale)]),
      chart: bars(
        complaints.byCategory.map((r) => categoryText(r.category, locale)),
        count,
        complaints.byCategory.map((r) => r.count),
        true,
      ),
    },
    {
      table: 'complaints-by-merchant',
      columns: [col('merchant'), count],
      rows: complaints.byMerchant.map((r) => [
        text(r.name, r.merchantId ? `/statistics/merchants/${encodeURIComponent(r.merchantId)}` : undefined),
        num(r.count, locale),
      ]),
      chart: bars(
        complaints.byMerchant.map((r) => r.name),
        count,
        complaints.byMerchant.map((r) => r.count),
        true,
      ),
    },
    {
      table: 'complaints-by-state',
      columns: [col('status'), count],
      rows: complaints.byState.map((r) => [text(statusText(r.status, locale)), num(r.count, locale)]),
      chart: bars(
        complaints.byState.map((r) => statusText(r.status, locale)),
        count,
        complaints.byState.map((r) => r.count),
        true,
      ),
    },
    {
      table: 'deadlines-missed',
      columns: [col('caseNumber'), col('kind'), col('dueAt'), col('doneAt')],
      rows: complaints.deadlinesMissed.map((r) => [
        // No link: the case pages are the mediators' (officers may not open them).
        text(r.caseNumber),
        text(t(`statistics.deadlines.${r.kind}`)),
        text(formatMoment(r.dueAt, locale)),
        text(r.doneAt ? formatMoment(r.doneAt, locale) : t('statistics.deadlines.open')),
      ]),
      chart: null,
    },
    {
      table: 'courses',
      columns: [
        col('course'),
        col('capacity'),
        col('confirmed'),
        col('waitlisted'),
        col('fillRate'),
        col('attendanceRate'),
      ],
      rows: training.courses.map((c) => [
        text(c.title, `/training/courses/${encodeURIComponent(c.code)}`),
        num(c.capacity, locale),
        num(c.confirmed, locale),
        num(c.waitlisted, locale),
        share(c.fillRate, locale),
        share(c.attendanceRate, locale),
      ]),
      chart: {
        labels: training.courses.slice(0, CHART_TOP).map((c) => c.title),
        series: [
          { label: col('fillRate'), values: training.courses.slice(0, CHART_TOP).map((c) => c.fillRate ?? 0) },
          {
            label: col('attendanceRate'),
            values: training.courses.slice(0, CHART_TOP).map((c) => c.attendanceRate ?? 0),
          },
        ],
        horizontal: true,
        percent: true,
      },
    },
  ];
  return builds.map((build) => finish(build, t, locale));
}

export type SummaryCard = { key: string; label: string; value: string; note?: string };

/** The figures at the top of the dashboard. */
export function summaryCards(d: Dashboard, t: Translate, locale: Locale): SummaryCard[] {
  const { complaints, training } = d;
  const measure = (key: string, value: number | null) =>
    value === null ? '—' : t(key, { value: formatMeasure(value, locale) });
  return [
    { key: 'scans', label: t('statistics.summary.scans'), value: formatCount(d.scans.total, locale) },
    { key: 'complaints', label: t('statistics.summary.complaints'), value: formatCount(complaints.total, locale) },
    {
      key: 'acceptance',
      label: t('statistics.summary.acceptance'),
      value: measure('statistics.summary.hours', complaints.medianHoursToAcceptance),
      note: t('statistics.summary.acceptedCount', { n: formatCount(complaints.acceptedCount, locale) }),
    },
    {
      key: 'settlement',
      label: t('statistics.summary.settlement'),
      value: measure('statistics.summary.days', complaints.medianDaysToSettlement),
      note: t('statistics.summary.settledCount', { n: formatCount(complaints.settledCount, locale) }),
    },
    {
      key: 'missed',
      label: t('statistics.summary.missed'),
      value: formatCount(complaints.deadlinesMissed.length, locale),
    },
    { key: 'fill', label: t('statistics.summary.fill'), value: formatShare(training.fillRate, locale) },
    {
      key: 'attendance',
      label: t('statistics.summary.attendance'),
      value: formatShare(training.attendanceRate, locale),
    },
  ];
}
