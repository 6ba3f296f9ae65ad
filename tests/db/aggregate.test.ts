import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContractDb, type ContractDb } from './support.js';

type Sale = { _id: number; shop: string; zone: string; qty: number; price: number; at: Date; tags: string[] };

const sales: Sale[] = [
  { _id: 1, shop: 's1', zone: 'A', qty: 2, price: 10, at: new Date('2025-03-01T09:00:00Z'), tags: ['wine'] },
  { _id: 2, shop: 's1', zone: 'A', qty: 1, price: 30, at: new Date('2025-03-02T09:00:00Z'), tags: ['wine', 'gift'] },
  { _id: 3, shop: 's2', zone: 'A', qty: 5, price: 4, at: new Date('2025-03-02T10:00:00Z'), tags: [] },
  { _id: 4, shop: 's3', zone: 'B', qty: 3, price: 20, at: new Date('2025-03-03T09:00:00Z'), tags: ['amber'] },
  { _id: 5, shop: 's3', zone: 'B', qty: 1, price: 50, at: new Date('2025-03-04T09:00:00Z'), tags: ['amber', 'gift'] },
  { _id: 6, shop: 's4', zone: 'C', qty: 4, price: 8, at: new Date('2025-03-05T09:00:00Z'), tags: ['food'] },
];

let t: ContractDb;
let c: mongoose.mongo.Collection<Sale>;
beforeAll(async () => {
  t = await openContractDb();
  c = t.collection<Sale>('sales');
  await c.insertMany(sales);
});
afterAll(() => t?.close());

const run = (pipeline: mongoose.mongo.Document[]) => c.aggregate(pipeline).toArray();

describe('aggregate', () => {
  it('$match filters like find', async () => {
    const rows = await run([{ $match: { zone: 'A', qty: { $gte: 2 } } }, { $sort: { _id: 1 } }]);
    expect(rows.map((r) => r._id)).toEqual([1, 3]);
  });

  // FerretDB 1.24 computes only the FIRST accumulator of a $group (the others come back 0) and has
  // only $sum and $count: one accumulator per $group stage; see engine-limits.test.ts.
  it('$group by a field with $sum of a field', async () => {
    const rows = await run([{ $group: { _id: '$zone', qty: { $sum: '$qty' } } }, { $sort: { _id: 1 } }]);
    expect(rows).toEqual([
      { _id: 'A', qty: 8 },
      { _id: 'B', qty: 4 },
      { _id: 'C', qty: 4 },
    ]);
  });

  it('$group by a field with $sum: 1 counts the rows', async () => {
    const rows = await run([
      { $match: { qty: { $gte: 2 } } },
      { $group: { _id: '$zone', n: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    expect(rows).toEqual([
      { _id: 'A', n: 2 },
      { _id: 'B', n: 1 },
      { _id: 'C', n: 1 },
    ]);
  });

  it('$group by a document of fields, with the $count accumulator', async () => {
    const rows = await run([
      { $group: { _id: { zone: '$zone', shop: '$shop' }, sales: { $count: {} } } },
      { $sort: { '_id.zone': 1, '_id.shop': 1 } },
    ]);
    expect(rows).toEqual([
      { _id: { zone: 'A', shop: 's1' }, sales: 2 },
      { _id: { zone: 'A', shop: 's2' }, sales: 1 },
      { _id: { zone: 'B', shop: 's3' }, sales: 2 },
      { _id: { zone: 'C', shop: 's4' }, sales: 1 },
    ]);
  });

  it('$group with _id null totals the whole collection', async () => {
    expect(await run([{ $group: { _id: null, qty: { $sum: '$qty' } } }])).toEqual([{ _id: null, qty: 16 }]);
    expect(await run([{ $group: { _id: null, n: { $sum: 1 } } }])).toEqual([{ _id: null, n: 6 }]);
  });

  it('several totals per group: one $group per accumulator, joined in code', async () => {
    const [qty, count] = await Promise.all([
      run([{ $group: { _id: '$zone', v: { $sum: '$qty' } } }]),
      run([{ $group: { _id: '$zone', v: { $count: {} } } }]),
    ]);
    const byZone = new Map<string, { qty?: number; n?: number }>();
    for (const r of qty) byZone.set(r._id, { ...byZone.get(r._id), qty: r.v });
    for (const r of count) byZone.set(r._id, { ...byZone.get(r._id), n: r.v });
    expect(Object.fromEntries(byZone)).toEqual({ A: { qty: 8, n: 3 }, B: { qty: 4, n: 2 }, C: { qty: 4, n: 1 } });
  });

  it('$min, $max and $avg of a field: $sort + $limit 1, and $sum / count, in code', async () => {
    const [cheapest] = await run([{ $match: { zone: 'A' } }, { $sort: { price: 1 } }, { $limit: 1 }]);
    const [dearest] = await run([{ $match: { zone: 'A' } }, { $sort: { price: -1 } }, { $limit: 1 }]);
    expect([cheapest?.price, dearest?.price]).toEqual([4, 30]);
    const [sum] = await run([{ $match: { zone: 'A' } }, { $group: { _id: null, v: { $sum: '$price' } } }]);
    const n = await c.countDocuments({ zone: 'A' });
    expect(sum!.v / n).toBeCloseTo(44 / 3);
  });

  it('$match after $group filters the groups', async () => {
    const rows = await run([
      { $group: { _id: '$shop', n: { $sum: 1 } } },
      { $match: { n: { $gte: 2 } } },
      { $sort: { _id: 1 } },
    ]);
    expect(rows).toEqual([
      { _id: 's1', n: 2 },
      { _id: 's3', n: 2 },
    ]);
  });

  it('$sort, $skip and $limit page a pipeline', async () => {
    const rows = await run([{ $sort: { price: -1 } }, { $skip: 1 }, { $limit: 2 }]);
    expect(rows.map((r) => r._id)).toEqual([2, 4]);
  });

  it('$unwind gives one row per array member and drops empty arrays', async () => {
    const rows = await run([{ $unwind: '$tags' }, { $sort: { _id: 1, tags: 1 } }, { $project: { _id: 1, tags: 1 } }]);
    expect(rows).toEqual([
      { _id: 1, tags: 'wine' },
      { _id: 2, tags: 'gift' },
      { _id: 2, tags: 'wine' },
      { _id: 4, tags: 'amber' },
      { _id: 5, tags: 'amber' },
      { _id: 5, tags: 'gift' },
      { _id: 6, tags: 'food' },
    ]);
  });

  it('$unwind then $group counts tag use', async () => {
    const rows = await run([
      { $unwind: '$tags' },
      { $group: { _id: '$tags', n: { $sum: 1 } } },
      { $sort: { n: -1, _id: 1 } },
    ]);
    expect(rows).toEqual([
      { _id: 'amber', n: 2 },
      { _id: 'gift', n: 2 },
      { _id: 'wine', n: 2 },
      { _id: 'food', n: 1 },
    ]);
  });

  it('$count names the number of rows reaching it', async () => {
    expect(await run([{ $match: { zone: { $in: ['A', 'B'] } } }, { $count: 'total' }])).toEqual([{ total: 5 }]);
  });

  it('$project inclusion keeps the listed fields and _id; exclusion drops the listed ones', async () => {
    expect(await run([{ $match: { _id: 1 } }, { $project: { shop: 1, qty: 1 } }])).toEqual([
      { _id: 1, shop: 's1', qty: 2 },
    ]);
    expect(await run([{ $match: { _id: 1 } }, { $project: { _id: 0, shop: 1 } }])).toEqual([{ shop: 's1' }]);
    expect(await run([{ $match: { _id: 1 } }, { $project: { tags: 0, at: 0, price: 0 } }])).toEqual([
      { _id: 1, shop: 's1', zone: 'A', qty: 2 },
    ]);
  });

  it('a Mongoose Model.aggregate runs the same pipeline', async () => {
    const Sales = mongoose.model(
      'ContractSale',
      new mongoose.Schema({ zone: String, qty: Number }, { collection: 'sales' }),
    );
    const rows = await Sales.aggregate<{ _id: string; qty: number }>([
      { $group: { _id: '$zone', qty: { $sum: '$qty' } } },
      { $sort: { qty: -1, _id: 1 } },
      { $limit: 1 },
    ]);
    expect(rows).toEqual([{ _id: 'A', qty: 8 }]);
  });
});
