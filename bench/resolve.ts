import { startBareExpress } from './baselines.js';
import { round, type BenchEnv, type Row, startApp } from './harness.js';
import { load } from './http-load.js';
import { pacedLoad } from './paced-load.js';

const ROUNDS = 3;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The showroom's hot path against a bare Express JSON route measured in the same run. Throughput
 * alternates between the two, round after round, so a slower minute on a shared machine weighs on
 * both sides of the ratio alike. Latency is measured at a steady 500 requests a second.
 */
export async function resolveThroughput(env: BenchEnv, seconds: number): Promise<Row[]> {
  const bare = await startBareExpress();
  const app = await startApp(env);
  try {
    const url = `${app.baseUrl}/api/products/resolve?code=${encodeURIComponent('(01)09304967152415(10)A010552')}`;
    const check = await fetch(url);
    if (check.status !== 200) throw new Error(`resolve answered ${check.status}`);
    const bareRps: number[] = [];
    const resolveRps: number[] = [];
    let failures = 0;
    for (let i = 0; i < ROUNDS; i++) {
      bareRps.push((await load(bare.url, { seconds, connections: 50 })).rps);
      const max = await load(url, { seconds, connections: 50 });
      resolveRps.push(max.rps);
      failures += max.errors + max.non2xx;
    }
    const bareAt500 = await pacedLoad(bare.url, { seconds, rate: 500 });
    const at500 = await pacedLoad(url, { seconds, rate: 500 });
    failures += at500.errors + at500.non2xx;
    const ratio = round(mean(resolveRps) / mean(bareRps), 2);
    const each = (values: number[]) => `rounds: ${values.map((v) => Math.round(v)).join(', ')}`;
    return [
      {
        benchmark: 'baseline: bare Express JSON route',
        metric: `max throughput (${each(bareRps)})`,
        value: round(mean(bareRps), 0),
        unit: 'req/s',
      },
      { benchmark: 'baseline: bare Express JSON route', metric: 'p99 at 500 req/s', value: bareAt500.p99, unit: 'ms' },
      {
        benchmark: 'resolve API',
        metric: `max throughput (${each(resolveRps)})`,
        value: round(mean(resolveRps), 0),
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
        value: failures,
        unit: 'count',
        goal: '0',
        pass: failures === 0,
      },
    ];
  } finally {
    bare.close();
    await app.close();
  }
}
