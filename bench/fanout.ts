import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { io } from 'socket.io-client';
import { percentile, round, startApp, type BenchEnv, type Row } from './harness.js';

const PROCESSES = 4;
const SOCKETS_PER_PROCESS = 125;
const MESSAGES = 20;

async function login(baseUrl: string, login: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { origin: baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'Lugang-demo-2026' }),
  });
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** One case event fanned out to 500 sockets held by several processes. */
export async function run(env: BenchEnv): Promise<Row[]> {
  const app = await startApp(env);
  const children: ReturnType<typeof spawn>[] = [];
  try {
    const consumer = await login(app.baseUrl, '13800000001');
    const mediator = await login(app.baseUrl, 'mediator@lugang.example');
    const post = (cookie: string, path: string, body: unknown, key = randomUUID()) =>
      fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
    const filed = await post(consumer, '/api/disputes', {
      complainant: { name: '王小明', phone: '13800000001', address: '山西省大同市平城区魏都大道 100 号' },
      respondent: { merchantId: 'm-tasman' },
      order: { number: 'BENCH-1', purchaseDate: '2026-01-05', amount: 10 },
      category: 'quality',
      facts: '基准测试：奶粉罐体凹陷，封口漏气，商家拒绝更换。',
      request: '更换或退款。',
      evidence: [],
    });
    const filing = (await filed.json()) as { id: string };
    if (filed.status !== 201) throw new Error(`filing failed: ${filed.status} ${JSON.stringify(filing)}`);
    const { id } = filing;
    await post(mediator, `/api/disputes/${id}/claim`, {});

    const results: Promise<number[]>[] = [];
    const ready: Promise<void>[] = [];
    for (let p = 0; p < PROCESSES; p++) {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/fanout-client.ts',
          app.baseUrl,
          mediator,
          id,
          String(SOCKETS_PER_PROCESS),
          String(MESSAGES),
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      children.push(child);
      const lines = createInterface({ input: child.stdout! }); // stdio 'pipe' gives a stdout stream
      ready.push(new Promise<void>((resolve) => lines.on('line', (line) => line === 'ready' && resolve())));
      results.push(
        new Promise((resolve) =>
          lines.on(
            'line',
            (line) => line.startsWith('{') && resolve((JSON.parse(line) as { latencies: number[] }).latencies),
          ),
        ),
      );
    }
    await Promise.all(ready);

    const sender = io(app.baseUrl, { transports: ['websocket'], extraHeaders: { cookie: consumer } });
    await new Promise<void>((resolve) => sender.once('connect', () => resolve()));
    for (let m = 0; m < MESSAGES; m++) {
      const sentAt = performance.timeOrigin + performance.now();
      await sender.emitWithAck('message:send', { caseId: id, clientMessageId: randomUUID(), text: `t=${sentAt}` });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const latencies = (await Promise.all(results)).flat();
    sender.close();
    const name = `case event fan-out (${PROCESSES * SOCKETS_PER_PROCESS} sockets in ${PROCESSES} processes, ${MESSAGES} messages)`;
    const p99 = percentile(latencies, 99);
    return [
      {
        benchmark: name,
        metric: 'deliveries',
        value: latencies.length,
        unit: 'count',
        goal: `= ${PROCESSES * SOCKETS_PER_PROCESS * MESSAGES}`,
        pass: latencies.length === PROCESSES * SOCKETS_PER_PROCESS * MESSAGES,
      },
      { benchmark: name, metric: 'p50 delivery', value: round(percentile(latencies, 50), 1), unit: 'ms' },
      { benchmark: name, metric: 'p99 delivery', value: round(p99, 1), unit: 'ms', goal: '≤ 100 ms', pass: p99 <= 100 },
    ];
  } finally {
    for (const child of children) child.kill();
    await app.close();
  }
}
