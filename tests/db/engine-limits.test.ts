import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineIsFerretDb, openContractDb, type ContractDb } from './support.js';

/**
 * Limits of FerretDB 1.24.2 (PostgreSQL handler) that the code must avoid. Most fail SILENTLY
 * (no error, wrong or no effect). Asserted only on FerretDB, so that an upgrade lifting one shows
 * up here; skipped on MongoDB, where these calls behave as documented by MongoDB.
 * Several contradict the first STACK.md table; the sources are in FerretDB v1.24.2 internal/handler.
 */
const ferret = await engineIsFerretDb();

// Loosely typed on purpose: these tests write shapes a schema type would forbid.
interface Doc {
  _id: number;
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** Array operators on loosely typed fields defeat the driver's types: pass them through. */
const u = (update: object) => update as mongoose.mongo.UpdateFilter<Doc>;
let t: ContractDb;
let c: mongoose.mongo.Collection<Doc>;
const items = () => [
  { k: 'a', n: 1 },
  { k: 'b', n: 2 },
];
beforeAll(async () => {
  t = await openContractDb();
  c = t.collection<Doc>('limits');
});
afterAll(() => t?.close());

async function fresh(extra: Record<string, unknown> = {}): Promise<void> {
  await c.deleteMany({});
  await c.insertMany([
    { _id: 1, zone: 'A', q: 2, p: 10, items: items(), log: [] as number[], tags: ['x', 'y', 'z'], ...extra },
    { _id: 2, zone: 'A', q: 1, p: 30, items: [{ k: 'c', n: 3 }], log: [] as number[], tags: [] },
  ]);
}
const one = async () => (await c.findOne({ _id: 1 }))!;

describe.skipIf(!ferret)('FerretDB limits the code avoids', () => {
  it('writes filtered by plain equality on a field of array members match nothing, though find matches', async () => {
    await fresh();
    expect(await c.countDocuments({ 'items.k': 'b' })).toBe(1);
    expect(await c.updateOne({ 'items.k': 'b' }, { $set: { hit: 1 } })).toMatchObject({ matchedCount: 0 });
    expect(await c.findOneAndUpdate({ 'items.k': 'b' }, { $set: { hit: 1 } })).toBeNull();
    expect((await c.deleteMany({ 'items.n': 2 })).deletedCount).toBe(0);
    // the workaround the code uses, which means the same on MongoDB:
    expect(await c.updateOne({ 'items.k': { $in: ['b'] } }, { $set: { hit: 1 } })).toMatchObject({ matchedCount: 1 });
  });

  it('the positional $ update changes nothing and raises no error', async () => {
    await fresh();
    const r = await c.updateOne({ _id: 1, 'items.k': 'b' }, { $set: { 'items.$.n': 20 } });
    expect(r.modifiedCount).toBe(0);
    expect((await one()).items).toEqual(items());
  });

  it('equality with a whole subdocument does not match an array member', async () => {
    await fresh();
    expect(await c.countDocuments({ items: { k: 'b', n: 2 } })).toBe(0);
  });

  it('$push ignores $slice: the array keeps growing', async () => {
    await fresh();
    await c.updateOne({ _id: 1 }, u({ $push: { log: { $each: [1, 2, 3, 4, 5, 6, 7], $slice: -5 } } }));
    expect((await one()).log).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('$pull with a condition removes nothing (only $pull of an equal value works)', async () => {
    await fresh();
    const r = await c.updateOne({ _id: 1 }, u({ $pull: { tags: { $in: ['x', 'y'] } } }));
    expect(r).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    expect((await one()).tags).toEqual(['x', 'y', 'z']);
  });

  it('$group computes only its first accumulator: the others come back 0', async () => {
    await fresh();
    const rows = await c.aggregate([{ $group: { _id: '$zone', q: { $sum: '$q' }, n: { $sum: 1 } } }]).toArray();
    expect(rows).toEqual([{ _id: 'A', q: 3, n: 0 }]);
  });

  it('$group has no $avg, $min, $max, $first or $push accumulators (error)', async () => {
    await fresh();
    for (const op of ['$avg', '$min', '$max', '$first', '$push']) {
      const pipeline = [{ $group: { _id: '$zone', v: { [op]: '$p' } } }];
      await expect(c.aggregate(pipeline).toArray(), op).rejects.toThrow(/not implemented/);
    }
  });

  it('$project { x: "$field" } and $addFields { x: "$field" } give the literal string, not the field', async () => {
    await fresh();
    const projected = await c.aggregate([{ $match: { _id: 1 } }, { $project: { x: '$zone' } }]).toArray();
    expect(projected).toEqual([{ _id: 1, x: '$zone' }]);
    const added = await c
      .aggregate([{ $match: { _id: 1 } }, { $addFields: { x: '$zone' } }, { $project: { x: 1 } }])
      .toArray();
    expect(added).toEqual([{ _id: 1, x: '$zone' }]);
  });

  it('listIndexes does not report sparse: true, so Mongoose diffIndexes/syncIndexes rebuild sparse indexes every time', async () => {
    await c.createIndex({ ref: 1 }, { unique: true, sparse: true });
    const index = (await c.listIndexes().toArray()).find((i) => i.name === 'ref_1');
    expect(index).toMatchObject({ unique: true });
    expect(index?.sparse).toBeUndefined();
  });
});
