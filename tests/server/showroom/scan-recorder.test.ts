import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/logger.js';
import { ScanCountModel, ScanModel } from '../../../server/src/showroom/models.js';
import { ScanRecorder } from '../../../server/src/showroom/scan-recorder.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t?.close());

it('writes a rush of scans one batch at a time, every scan once, counted per day and product', async () => {
  const collection = ScanModel.collection;
  const insertMany = collection.insertMany.bind(collection);
  let inFlight = 0;
  let mostInFlight = 0;
  let batches = 0;
  // Watches the real writes (they still go to the database) for how many run at once.
  collection.insertMany = (async (...args: Parameters<typeof insertMany>) => {
    inFlight += 1;
    batches += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    try {
      return await insertMany(...args);
    } finally {
      inFlight -= 1;
    }
  }) as typeof collection.insertMany;
  try {
    const recorder = new ScanRecorder(createLogger('silent'));
    const at = new Date('2026-11-20T10:00:00+08:00');
    for (let i = 0; i < 3000; i++) {
      recorder.record({ gtin: i % 3 === 0 ? '09304967152415' : '04001956843785', at, source: 'gtin' });
      if (i % 250 === 0) await new Promise((resolve) => setImmediate(resolve)); // requests keep coming meanwhile
    }
    await recorder.flush();

    expect(mostInFlight).toBe(1);
    expect(batches).toBeLessThan(3000 / 200 + 1);
    expect(await ScanModel.countDocuments({ day: '2026-11-20' })).toBe(3000);
    const counts = await ScanCountModel.find({ day: '2026-11-20' }).lean();
    const total = (gtin: string) => counts.filter((c) => c.gtin === gtin).reduce((n, c) => n + c.count, 0);
    expect(total('09304967152415')).toBe(1000);
    expect(total('04001956843785')).toBe(2000);
  } finally {
    collection.insertMany = insertMany;
  }
});
