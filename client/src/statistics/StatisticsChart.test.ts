import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './sections';

const made: { config: ChartConfiguration<'bar'>; destroyed: boolean }[] = [];
vi.mock('./chart-setup', () => ({
  registerCharts: () => undefined,
  Chart: class {
    record: { config: ChartConfiguration<'bar'>; destroyed: boolean };
    constructor(_canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>) {
      this.record = { config, destroyed: false };
      made.push(this.record);
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const { default: StatisticsChart } = await import('./StatisticsChart.vue');

const spec: ChartSpec = {
  labels: ['A very long product name indeed', 'B'],
  series: [{ label: 'Count', values: [3, 1] }],
  horizontal: true,
  percent: false,
};

function reducedMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }));
}

describe('the chart wrapper', () => {
  beforeEach(() => made.splice(0));
  afterEach(() => vi.unstubAllGlobals());

  it('is an image for screen readers, named by its summary', () => {
    reducedMotion(false);
    const wrapper = mount(StatisticsChart, { props: { spec, summary: 'Scans per product: highest A' } });
    const canvas = wrapper.get('canvas');
    expect(canvas.attributes('role')).toBe('img');
    expect(canvas.attributes('aria-label')).toBe('Scans per product: highest A');
    wrapper.unmount();
  });

  it('draws the bars of the spec, animated unless the user asks for reduced motion', () => {
    reducedMotion(false);
    mount(StatisticsChart, { props: { spec, summary: 's' } }).unmount();
    reducedMotion(true);
    mount(StatisticsChart, { props: { spec, summary: 's' } }).unmount();

    expect(made[0]?.config.data.datasets[0]?.data).toEqual([3, 1]);
    expect(made[0]?.config.options?.indexAxis).toBe('y');
    expect(made[0]?.config.options?.animation).toEqual({ duration: 300 });
    expect(made[1]?.config.options?.animation).toBe(false);
  });

  it('destroys the chart when it leaves the page, and redraws when the data change', async () => {
    reducedMotion(false);
    const wrapper = mount(StatisticsChart, { props: { spec, summary: 's' } });
    await wrapper.setProps({ spec: { ...spec, series: [{ label: 'Count', values: [5, 2] }] } });
    expect(made).toHaveLength(2);
    expect(made[0]?.destroyed).toBe(true);
    wrapper.unmount();
    expect(made[1]?.destroyed).toBe(true);
  });
});
