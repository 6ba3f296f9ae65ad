import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadResult } from './http-load.js';

const VEGETA = 'github.com/tsenart/vegeta/v12@v12.13.0';
const binDir = resolve('.cache', 'bin');
const binary = join(binDir, 'vegeta');

/** Vegeta, built from the Go module proxy on first use (like the embedded FerretDB). */
function vegeta(): string {
  if (!existsSync(binary)) {
    mkdirSync(binDir, { recursive: true });
    console.log(`[bench] building ${VEGETA} …`);
    execFileSync('go', ['install', VEGETA], { env: { ...process.env, GOBIN: binDir }, stdio: 'inherit' });
  }
  return binary;
}

type VegetaReport = {
  latencies: { '50th': number; '99th': number };
  requests: number;
  throughput: number;
  status_codes: Record<string, number>;
  errors: string[] | null;
};

/**
 * An open-loop load at a constant rate: one request every 1/rate seconds however slow the answers,
 * latency counted from when each request was due. autocannon's `overallRate` instead sends each
 * second's quota back to back and then waits, which measures a burst, not a steady rate.
 */
export async function pacedLoad(url: string, options: { seconds: number; rate: number }): Promise<LoadResult> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('load tests only target 127.0.0.1');
  const bin = vegeta();
  const attack = spawn(bin, ['attack', `-rate=${options.rate}/1s`, `-duration=${options.seconds}s`, '-timeout=10s'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const report = spawn(bin, ['report', '-type=json'], { stdio: ['pipe', 'pipe', 'inherit'] });
  attack.stdout.pipe(report.stdin);
  attack.stdin.end(`GET ${url}\n`);
  let out = '';
  report.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((done, fail) => {
    report.once('error', fail);
    report.once('close', (code) => (code === 0 ? done() : fail(new Error(`vegeta report exited ${code}`))));
  });
  const result = JSON.parse(out) as VegetaReport;
  const ok = Object.entries(result.status_codes)
    .filter(([status]) => status.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  const failed = result.status_codes['0'] ?? 0;
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  return {
    rps: result.throughput,
    p50: ms(result.latencies['50th']),
    p99: ms(result.latencies['99th']),
    errors: failed,
    non2xx: result.requests - ok - failed,
    requests: result.requests,
  };
}
