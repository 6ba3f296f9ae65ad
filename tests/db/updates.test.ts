import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openContractDb, type ContractDb } from './support.js';

// Untyped on purpose: these tests write shapes a typed schema would forbid.
// Loosely typed on purpose: these tests write shapes a schema type would forbid.
interface Doc {
  _id: string;
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** Array operators on loosely typed fields defeat the driver's types: pass them through. */
const u = (update: object) => update as mongoose.mongo.UpdateFilter<Doc>;

let t: ContractDb;
let c: mongoose.mongo.Collection<Doc>;
beforeAll(async () => {
  t = await openContractDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  c = t.collection<Doc>(`u_${Math.random().toString(36).slice(2, 8)}`);
  await c.insertOne({
    _id: 'd1',
    name: 'shop',
    stock: 5,
    low: 10,
    high: 10,
    profile: { city: '大同', zip: '037000' },
    tags: ['a', 'b'],
    log: [],
  });
});
const get = async () => (await c.findOne({ _id: 'd1' }))!;

describe('update operators', () => {
  it('$set on a dotted path changes one subfield and keeps its siblings', async () => {
    const r = await c.updateOne({ _id: 'd1' }, { $set: { 'profile.city': 'Datong', 'profile.geo.lat': 40.1 } });
    expect(r).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect((await get()).profile).toEqual({ city: 'Datong', zip: '037000', geo: { lat: 40.1 } });
  });

  it('$unset removes a field and a dotted subfield', async () => {
    await c.updateOne({ _id: 'd1' }, { $unset: { stock: '', 'profile.zip': '' } });
    const d = await get();
    expect(d).not.toHaveProperty('stock');
    expect(d.profile).toEqual({ city: '大同' });
  });

  it('$inc adds to a number, creates a missing field, and accepts negatives', async () => {
    await c.updateOne({ _id: 'd1' }, { $inc: { stock: -2, sold: 3 } });
    const d = await get();
    expect(d.stock).toBe(3);
    expect(d.sold).toBe(3);
  });

  it('$min and $max change the field only when the new value is lower or higher', async () => {
    await c.updateOne({ _id: 'd1' }, { $min: { low: 12 }, $max: { high: 8 } });
    expect(await get()).toMatchObject({ low: 10, high: 10 });
    await c.updateOne({ _id: 'd1' }, { $min: { low: 3 }, $max: { high: 30 } });
    expect(await get()).toMatchObject({ low: 3, high: 30 });
  });

  it('$min and $max compare dates', async () => {
    const early = new Date('2025-01-01T00:00:00Z');
    const late = new Date('2025-06-01T00:00:00Z');
    await c.updateOne({ _id: 'd1' }, { $set: { first: late, last: early } });
    await c.updateOne({ _id: 'd1' }, { $min: { first: early }, $max: { last: late } });
    expect(await get()).toMatchObject({ first: early, last: late });
  });

  it('$push appends one value, or several with $each, in order', async () => {
    await c.updateOne({ _id: 'd1' }, u({ $push: { log: { $each: [1, 2, 3] } } }));
    await c.updateOne({ _id: 'd1' }, u({ $push: { log: 4 } }));
    await c.updateOne({ _id: 'd1' }, u({ $push: { log: { at: 5, by: 'u1' } } }));
    expect((await get()).log).toEqual([1, 2, 3, 4, { at: 5, by: 'u1' }]);
    await c.updateOne({ _id: 'd1' }, u({ $push: { 'profile.history': 'created' } }));
    expect((await get()).profile).toMatchObject({ history: ['created'] });
  });

  it('$addToSet adds only missing values, also with $each', async () => {
    await c.updateOne({ _id: 'd1' }, u({ $addToSet: { tags: 'a' } }));
    expect((await get()).tags).toEqual(['a', 'b']);
    await c.updateOne({ _id: 'd1' }, u({ $addToSet: { tags: { $each: ['b', 'c', 'd'] } } }));
    expect((await get()).tags).toEqual(['a', 'b', 'c', 'd']);
  });

  it('$pull of a value removes every equal member; $pullAll removes several values', async () => {
    await c.updateOne({ _id: 'd1' }, { $set: { tags: ['a', 'b', 'a', 'c', 'd'] } });
    await c.updateOne({ _id: 'd1' }, u({ $pull: { tags: 'a' } }));
    expect((await get()).tags).toEqual(['b', 'c', 'd']);
    await c.updateOne({ _id: 'd1' }, u({ $pullAll: { tags: ['b', 'd'] } }));
    expect((await get()).tags).toEqual(['c']);
  });

  it('$pull of a whole subdocument removes the equal member', async () => {
    await c.updateOne(
      { _id: 'd1' },
      {
        $set: {
          log: [
            { by: 'u1', at: 1 },
            { by: 'u2', at: 2 },
          ],
        },
      },
    );
    await c.updateOne({ _id: 'd1' }, u({ $pull: { log: { by: 'u1', at: 1 } } }));
    expect((await get()).log).toEqual([{ by: 'u2', at: 2 }]);
  });

  it('$currentDate sets a date', async () => {
    const before = Date.now();
    await c.updateOne({ _id: 'd1' }, { $currentDate: { touchedAt: true } });
    const at = (await get()).touchedAt as Date;
    expect(at).toBeInstanceOf(Date);
    expect(at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  });

  it('an update that changes nothing reports matched 1, modified 0', async () => {
    const r = await c.updateOne({ _id: 'd1' }, { $set: { stock: 5 } });
    expect(r).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
  });
});

describe('update commands', () => {
  it('updateMany changes every matching document and counts them', async () => {
    await c.insertMany([
      { _id: 'd2', kind: 'x', n: 1 },
      { _id: 'd3', kind: 'x', n: 2 },
      { _id: 'd4', kind: 'y', n: 3 },
    ]);
    const r = await c.updateMany({ kind: 'x' }, { $inc: { n: 10 }, $set: { seen: true } });
    expect(r).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    const docs = await c
      .find({ kind: { $exists: true } })
      .sort({ _id: 1 })
      .toArray();
    expect(docs.map((d) => [d._id, d.n, d.seen ?? false])).toEqual([
      ['d2', 11, true],
      ['d3', 12, true],
      ['d4', 3, false],
    ]);
  });

  it('upsert inserts from the filter and $setOnInsert, then updates the same document', async () => {
    const first = await c.updateOne(
      { _id: 'counter' },
      { $inc: { n: 1 }, $setOnInsert: { createdBy: 'upsert' } },
      { upsert: true },
    );
    expect(first).toMatchObject({ upsertedCount: 1, upsertedId: 'counter' });
    const second = await c.updateOne(
      { _id: 'counter' },
      { $inc: { n: 1 }, $setOnInsert: { createdBy: 'other' } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect(await c.findOne({ _id: 'counter' })).toEqual({ _id: 'counter', n: 2, createdBy: 'upsert' });
  });

  it('upsert by a non-_id filter copies the equality fields into the new document', async () => {
    await c.updateOne({ course: 'C1', trainee: 'T9' }, { $set: { score: 88 } }, { upsert: true });
    const d = await c.findOne({ course: 'C1', trainee: 'T9' });
    expect(d).toMatchObject({ course: 'C1', trainee: 'T9', score: 88 });
  });

  it('replaceOne swaps the whole document and keeps the _id', async () => {
    const r = await c.replaceOne({ _id: 'd1' }, { name: 'new', v: 2 });
    expect(r).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await get()).toEqual({ _id: 'd1', name: 'new', v: 2 });
  });

  it('bulkWrite applies inserts, updates, upserts, replaces and deletes in order and counts each kind', async () => {
    const r = await c.bulkWrite([
      { insertOne: { document: { _id: 'b1', n: 1 } } },
      { insertOne: { document: { _id: 'b2', n: 2 } } },
      { updateOne: { filter: { _id: 'b1' }, update: { $inc: { n: 100 } } } },
      { updateMany: { filter: { _id: { $in: ['b1', 'b2'] } }, update: { $set: { bulk: true } } } },
      { updateOne: { filter: { _id: 'b3' }, update: { $set: { n: 3 } }, upsert: true } },
      { replaceOne: { filter: { _id: 'b2' }, replacement: { n: 22 } } },
      { deleteOne: { filter: { _id: 'd1' } } },
    ]);
    expect(r).toMatchObject({ insertedCount: 2, matchedCount: 4, modifiedCount: 4, upsertedCount: 1, deletedCount: 1 });
    const docs = await c.find().sort({ _id: 1 }).toArray();
    expect(docs).toEqual([
      { _id: 'b1', n: 101, bulk: true },
      { _id: 'b2', n: 22 },
      { _id: 'b3', n: 3 },
    ]);
  });

  it('findOneAndUpdate with returnDocument "after" returns the changed document, "before" the old one', async () => {
    const after = await c.findOneAndUpdate({ _id: 'd1' }, { $inc: { stock: 1 } }, { returnDocument: 'after' });
    expect(after?.stock).toBe(6);
    const before = await c.findOneAndUpdate({ _id: 'd1' }, { $inc: { stock: 1 } }, { returnDocument: 'before' });
    expect(before?.stock).toBe(6);
    expect((await get()).stock).toBe(7);
    const none = await c.findOneAndUpdate({ _id: 'missing' }, { $inc: { stock: 1 } }, { returnDocument: 'after' });
    expect(none).toBeNull();
  });

  it('findOneAndUpdate with upsert and "after" returns the created document', async () => {
    const doc = await c.findOneAndUpdate(
      { _id: 'seq' },
      { $inc: { value: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(doc).toEqual({ _id: 'seq', value: 1 });
  });

  it('a Mongoose model findOneAndUpdate with { new: true } returns the new document', async () => {
    const Stock = mongoose.model('ContractStock', new mongoose.Schema({ sku: String, qty: Number }));
    const created = await Stock.create({ sku: 'SKU-1', qty: 5 });
    const updated = await Stock.findOneAndUpdate({ _id: created._id }, { $inc: { qty: -2 } }, { new: true }).lean();
    expect(updated?.qty).toBe(3);
    const byField = await Stock.findOneAndUpdate(
      { sku: 'SKU-1' },
      { $set: { qty: 9 } },
      { returnDocument: 'after' },
    ).lean();
    expect(byField?.qty).toBe(9);
  });

  it('writes select by a field of array members with $in: [value] (plain equality there matches nothing on FerretDB)', async () => {
    await c.insertOne({
      _id: 'm1',
      members: [
        { user: 'u1', role: 'owner' },
        { user: 'u2', role: 'staff' },
      ],
    });
    expect((await c.updateOne({ 'members.user': { $in: ['u2'] } }, { $set: { touched: true } })).modifiedCount).toBe(1);
    const updated = await c.findOneAndUpdate(
      { 'members.user': { $in: ['u1'] } },
      { $inc: { n: 1 } },
      { returnDocument: 'after' },
    );
    expect(updated).toMatchObject({ _id: 'm1', touched: true, n: 1 });
    expect((await c.deleteMany({ 'members.role': { $in: ['owner'] } })).deletedCount).toBe(1);
  });

  it('writes select by equality on a dotted path into a subdocument', async () => {
    expect((await c.updateOne({ 'profile.city': '大同' }, { $set: { found: true } })).modifiedCount).toBe(1);
    expect((await c.deleteOne({ 'profile.zip': '037000' })).deletedCount).toBe(1);
  });

  it('deleteOne and deleteMany report how many they removed', async () => {
    await c.insertMany([
      { _id: 'x1', k: 1 },
      { _id: 'x2', k: 1 },
      { _id: 'x3', k: 2 },
    ]);
    expect((await c.deleteOne({ k: 1 })).deletedCount).toBe(1);
    expect((await c.deleteMany({ k: { $in: [1, 2] } })).deletedCount).toBe(2);
    expect(await c.countDocuments()).toBe(1);
  });
});
