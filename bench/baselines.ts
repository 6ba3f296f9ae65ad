import type { AddressInfo } from 'node:net';
import express from 'express';
import mongoose from 'mongoose';
import { percentile, round, type BenchEnv, type Row } from './harness.js';

/** A bare Express JSON route on 127.0.0.1: what any route of ours is measured against. */
export async function startBareExpress(): Promise<{ url: string; close(): void }> {
  const app = express();
  app.get('/json', (_req, res) => void res.json({ hello: 'world' }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/json`,
    close: () => void server.close(),
  };
}

/** A raw driver findOne by _id through one connection, the engine's floor for any database read. */
export async function rawFindOne(env: BenchEnv, count = 1000): Promise<Row[]> {
  const connection = await mongoose.createConnection(env.uri, { maxPoolSize: 1, dbName: 'bench_raw' }).asPromise();
  const collection = connection.collection('docs');
  await collection.deleteMany({});
  const inserted = await collection.insertMany(Array.from({ length: 1000 }, (_, i) => ({ n: i, name: `doc ${i}` })));
  const ids = Object.values(inserted.insertedIds);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await collection.findOne({ _id: ids[i % ids.length] });
    times.push(performance.now() - start);
  }
  await connection.dropDatabase();
  await connection.close();
  return [
    {
      benchmark: 'baseline: raw driver findOne by _id (1,000 docs)',
      metric: 'p50',
      value: round(percentile(times, 50), 2),
      unit: 'ms',
    },
    {
      benchmark: 'baseline: raw driver findOne by _id (1,000 docs)',
      metric: 'p99',
      value: round(percentile(times, 99), 2),
      unit: 'ms',
    },
  ];
}
