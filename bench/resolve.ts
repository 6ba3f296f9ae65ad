import { round, type BenchEnv, type Row, startApp } from './harness.js';
import { load, type LoadResult } from './http-load.js';

/** The showroom's hot path against the bare Express route measured in the same run. */
export async function resolveThroughput(
  env: BenchEnv,
  bare: { max: LoadResult; at500: LoadResult },
  seconds: number,
): Promise<Row[]> {
  const app = await startApp(env);
  try {
    const url = `${app.baseUrl}/api/products/resolve?code=${encodeURIComponent('(01)09304967152415(10)A010552')}`;
    const check = await fetch(url);
    if (check.status !== 200) throw new Error(`resolve answered ${check.status}`);
    const max = await load(url, { seconds, connections: 50 });
    const at500 = await load(url, { seconds, connections: 20, rate: 500 });
    const ratio = round(max.rps / bare.max.rps, 2);
    return [
      {
        benchmark: 'baseline: bare Express JSON route',
        metric: 'max throughput',
        value: round(bare.max.rps, 0),
        unit: 'req/s',
      },
      { benchmark: 'baseline: bare Express JSON route', metric: 'p99 at 500 req/s', value: bare.at500.p99, unit: 'ms' },
      {
        benchmark: 'resolve API',
        metric: 'max throughput',
        value: round(max.rps, 0),
        unit: 'req/s',
        baseline: 'bare Express',
        ratio,
        goal: 'ratio ≥ 0.5',
        pass: ratio >= 0.5,
      },
      { benchmark: 'resolve API', metric: 'p50 at 500 req/s', value: at500.p50, unit: 'ms' },
      {
        benchmark: 'resolve API',
        metric: 'p99 at 500 req/s',
        value: at500.p99,
        unit: 'ms',
        goal: '≤ 20 ms',
        pass: at500.p99 <= 20,
      },
      {
        benchmark: 'resolve API',
        metric: 'errors + non-2xx',
        value: at500.errors + at500.non2xx + max.errors + max.non2xx,
        unit: 'count',
        goal: '0',
        pass: at500.errors + at500.non2xx + max.errors + max.non2xx === 0,
      },
    ];
  } finally {
    await app.close();
  }
}
