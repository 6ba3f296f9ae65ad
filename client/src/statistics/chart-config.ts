import type { ChartConfiguration } from 'chart.js';
import type { Locale } from '@client/i18n/locales';
import { formatCount, formatShare } from './format';
import type { ChartSpec } from './sections';

/**
 * Bar colours: the brand teal (9.3:1 on white) and a dark amber (5:1), both far above the 3:1 that
 * graphics need; the second series also differs in lightness, so it reads in greyscale too.
 */
export const SERIES_COLOURS = ['#0b4f63', '#b45309'] as const;
const AXIS_TEXT = '#3b4a50';
const GRID = '#dde5e8';
/** Axis labels longer than this are cut with an ellipsis (the table has the full names). */
export const LABEL_CHARS = 14;

export function shortLabel(label: string, max = LABEL_CHARS): string {
  const chars = [...label];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : label;
}

/** Tall enough for every bar to be touched on a phone; a fixed height for charts over time. */
export function chartHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 220;
  const perRow = spec.series.length > 1 ? 44 : 30;
  return Math.max(120, spec.labels.length * perRow + (spec.series.length > 1 ? 80 : 50));
}

export function chartConfig(spec: ChartSpec, locale: Locale, animate: boolean): ChartConfiguration<'bar'> {
  const format = (value: number) => (spec.percent ? formatShare(value, locale) : formatCount(value, locale));
  const valueAxis = {
    beginAtZero: true,
    ...(spec.percent ? { max: 1 } : {}),
    grid: { color: GRID },
    ticks: {
      color: AXIS_TEXT,
      precision: spec.percent ? 2 : 0,
      callback: (value: string | number) => format(Number(value)),
    },
  };
  const labelAxis = {
    grid: { display: false },
    ticks: {
      color: AXIS_TEXT,
      autoSkip: !spec.horizontal,
      maxRotation: 0,
      callback(this: { getLabelForValue(value: number): string }, value: string | number) {
        return shortLabel(this.getLabelForValue(Number(value)));
      },
    },
  };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderRadius: 2,
        maxBarThickness: 28,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      locale,
      animation: animate ? { duration: 300 } : false,
      scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: AXIS_TEXT } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`,
          },
        },
      },
    },
  };
}
