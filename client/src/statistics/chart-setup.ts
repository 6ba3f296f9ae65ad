import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

let registered = false;

/** Only what the dashboard draws (bars on category and linear axes): the rest of Chart.js is left out. */
export function registerCharts(): void {
  if (registered) return;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
  registered = true;
}

export { Chart };
