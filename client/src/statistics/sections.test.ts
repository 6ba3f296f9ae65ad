import { describe, expect, it } from 'vitest';
import { DashboardSchema, STATS_TABLES } from '@shared/statistics/schemas.js';
import { i18n } from '@client/i18n';
import { dashboardFixture } from './fixtures.test-support';
import { statisticsMessages } from './messages';
import { CHART_TOP, chartSummary, dashboardSections, exportUrl, summaryCards, type Translate } from './sections';

for (const locale of ['zh-CN', 'zh-TW', 'en'] as const)
  i18n.global.mergeLocaleMessage(locale, { statistics: statisticsMessages[locale] });
const t: Translate = (key, named) => i18n.global.t(key, named ?? {}, { locale: 'en' });
const tZh: Translate = (key, named) => i18n.global.t(key, named ?? {}, { locale: 'zh-CN' });

describe('dashboard sections', () => {
  const dashboard = DashboardSchema.parse(dashboardFixture());

  it('has one section per exportable table, in the order of the contract', () => {
    expect(dashboardSections(dashboard, t, 'en').map((s) => s.table)).toEqual([...STATS_TABLES]);
  });

  it('links each table to its CSV export for the range shown', () => {
    expect(exportUrl('complaints-by-merchant', { from: '2026-11-01', to: '2026-11-27' })).toBe(
      '/api/statistics/export/complaints-by-merchant?from=2026-11-01&to=2026-11-27',
    );
  });

  it('charts every day of the range, with zero days as zero bars', () => {
    const [byDay] = dashboardSections(dashboard, t, 'en');
    expect(byDay?.chart?.series[0]?.values).toEqual([100, 0, 1134]);
    expect(byDay?.chart?.labels).toEqual(['21 Nov', '22 Nov', '23 Nov']);
    expect(byDay?.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['21 Nov 2026', '100'],
      ['22 Nov 2026', '0'],
      ['23 Nov 2026', '1,134'],
    ]);
  });

  it('charts the top products only, and the table keeps them all', () => {
    const products = dashboardSections(dashboard, t, 'en').find((s) => s.table === 'scans-by-product');
    expect(products?.chart?.labels).toHaveLength(CHART_TOP);
    expect(products?.rows).toHaveLength(12);
    expect(products?.chartedRows).toBe(CHART_TOP);
    expect(products?.rows[0]?.[0]).toEqual({ text: 'Product 1', to: '/showroom/products/09304967152400' });
  });

  it('names categories and states in the reader’s language, from the shared vocabulary', () => {
    const zh = dashboardSections(dashboard, tZh, 'zh-CN');
    expect(zh.find((s) => s.table === 'complaints-by-category')?.chart?.labels).toEqual(['假冒伪劣', '商品质量问题']);
    expect(zh.find((s) => s.table === 'complaints-by-category')?.title).toBe('投诉类别');
  });

  it('links merchants to their credit page, except complaints about no known merchant', () => {
    const merchants = dashboardSections(dashboard, t, 'en').find((s) => s.table === 'complaints-by-merchant');
    expect(merchants?.rows.map((row) => row[0])).toEqual([
      { text: 'Tasman Foods', to: '/statistics/merchants/m-tasman' },
      { text: 'Street stall' },
    ]);
  });

  it('lists missed deadlines without a chart, saying when one is still open', () => {
    const missed = dashboardSections(dashboard, t, 'en').find((s) => s.table === 'deadlines-missed');
    expect(missed?.chart).toBeNull();
    expect(missed?.rows[0]?.map((c) => c.text)).toEqual([
      'DT-2026-0001',
      'Acceptance',
      '25 Nov 2026, 00:00',
      'Still open',
    ]);
  });

  it('charts course fill and attendance as shares, with a dash in the table where there is no rate', () => {
    const courses = dashboardSections(dashboard, t, 'en').find((s) => s.table === 'courses');
    expect(courses?.chart?.percent).toBe(true);
    expect(courses?.chart?.series.map((s) => s.values)).toEqual([[0.8], [0]]);
    expect(courses?.rows[0]?.map((c) => c.text)).toEqual(['Cross-border operations', '30', '24', '3', '80%', '—']);
  });

  it('summarises each chart in words for screen readers: its size and its highest bar', () => {
    const [byDay] = dashboardSections(dashboard, t, 'en');
    expect(byDay?.summary).toBe(
      'Scans per day, bar chart of 3 items; highest is 23 Nov with 1,134. The table below lists every value.',
    );
    expect(
      chartSummary(
        'Scans',
        { labels: ['a'], series: [{ label: 'n', values: [0] }], horizontal: false, percent: false },
        t,
        String,
      ),
    ).toBe('Scans: no data in this period.');
  });

  it('shows the headline figures, formatted for the locale, with a dash where there is no median', () => {
    const cards = Object.fromEntries(summaryCards(dashboard, t, 'en').map((c) => [c.key, c]));
    expect(cards.scans?.value).toBe('1,234');
    expect(cards.acceptance?.value).toBe('26.3 h');
    expect(cards.acceptance?.note).toBe('4 accepted');
    expect(cards.settlement?.value).toBe('—');
    expect(cards.missed?.value).toBe('1');
    expect(cards.fill?.value).toBe('80%');
    expect(cards.attendance?.value).toBe('—');
  });
});
