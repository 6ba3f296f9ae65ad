import { mkdirSync, writeFileSync } from 'node:fs';
import { rawFindOne } from './baselines.js';
import { registrationContention } from './contention.js';
import { startDatabase, stopDatabase, type BenchEnv, type Row } from './harness.js';
import { resolveThroughput } from './resolve.js';

/**
 * `npm run bench`: every benchmark named in the issues, each next to an in-run baseline, on the
 * embedded database (or MONGODB_URI). Loopback only; every load is bounded in time.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const env = await startDatabase();
const rows: Row[] = [];
try {
  rows.push(...(await rawFindOne(env)));
  if (wanted('resolve')) rows.push(...(await resolveThroughput(env, SECONDS)));
  if (wanted('contention')) rows.push(...(await registrationContention(env)));
  for (const extra of ['offline-scan', 'fanout'] as const) {
    if (!wanted(extra)) continue;
    const module = (await import(`./${extra}.js`)) as { run(env: BenchEnv): Promise<Row[]> };
    rows.push(...(await module.run(env)));
  }
} finally {
  await stopDatabase(env);
}

console.table(rows.map((r) => ({ ...r, pass: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO' })));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, rows }, null, 2));
console.log('written bench/results.json');
process.exit(rows.some((r) => r.pass === false) ? 1 : 0);
