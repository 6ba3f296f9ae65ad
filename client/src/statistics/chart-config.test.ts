import { describe, expect, it } from 'vitest';
import { chartConfig, chartHeight, shortLabel } from './chart-config';
import type { ChartSpec } from './sections';

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  labels: ['a', 'b', 'c'],
  series: [{ label: 'Count', values: [1, 2, 3] }],
  horizontal: true,
  percent: false,
  ...over,
});

describe('chart configuration', () => {
  it('gives horizontal bar charts room for every bar, and charts over time a fixed height', () => {
    expect(chartHeight(spec())).toBe(140);
    expect(chartHeight(spec({ labels: Array.from({ length: 10 }, String) }))).toBe(350);
    expect(chartHeight(spec({ horizontal: false }))).toBe(220);
  });

  it('cuts long axis labels (the table has the full names), counting characters not bytes', () => {
    expect(shortLabel('澳大利亚麦卢卡蜂蜜 UMF 10+ 250克')).toBe('澳大利亚麦卢卡蜂蜜 UMF…');
    expect(shortLabel('Short')).toBe('Short');
  });

  it('shows a legend only with two series, and caps share axes at 100%', () => {
    const one = chartConfig(spec(), 'en', true);
    const two = chartConfig(
      spec({
        percent: true,
        series: [
          { label: 'Fill', values: [0.5] },
          { label: 'Attendance', values: [0.4] },
        ],
      }),
      'zh-CN',
      false,
    );
    expect(one.options?.plugins?.legend?.display).toBe(false);
    expect(two.options?.plugins?.legend?.display).toBe(true);
    expect(two.options?.scales?.x).toMatchObject({ max: 1, beginAtZero: true });
    expect(two.options?.locale).toBe('zh-CN');
    expect(two.data.datasets.map((d) => d.backgroundColor)).toEqual(['#0b4f63', '#b45309']);
  });
});
