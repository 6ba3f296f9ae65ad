import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContractDb, rejection, type ContractDb } from './support.js';

let t: ContractDb;
beforeAll(async () => {
  t = await openContractDb();
});
afterAll(() => t?.close());

describe('inserts and unique indexes', () => {
  it('insertOne and insertMany store the documents and report how many', async () => {
    const c = t.collection('plain');
    const one = await c.insertOne({ name: 'a' });
    expect(one.acknowledged).toBe(true);
    const many = await c.insertMany([{ name: 'b' }, { name: 'c' }, { name: 'd' }]);
    expect(many.insertedCount).toBe(3);
    expect(Object.keys(many.insertedIds)).toHaveLength(3);
    expect(await c.countDocuments()).toBe(4);
  });

  it('a unique index rejects a duplicate insertOne with E11000', async () => {
    const c = t.collection('users');
    await c.createIndex({ phone: 1 }, { unique: true });
    await c.insertOne({ phone: '13800000001' });
    const err = await rejection(c.insertOne({ phone: '13800000001' }));
    expect(err.code).toBe(11000);
    expect(err.message).toContain('E11000');
    expect(await c.countDocuments({ phone: '13800000001' })).toBe(1);
  });

  it('an ordered insertMany stops at the first duplicate and reports the count inserted before it', async () => {
    const c = t.collection('ordered');
    await c.createIndex({ k: 1 }, { unique: true });
    const docs = [{ k: 1 }, { k: 2 }, { k: 1 }, { k: 3 }, { k: 4 }];
    const err = await rejection(c.insertMany(docs, { ordered: true }));
    expect(err.code).toBe(11000);
    expect(err.insertedCount).toBe(2);
    expect(await c.countDocuments()).toBe(2);
    expect((await c.find().sort({ k: 1 }).toArray()).map((d) => d.k)).toEqual([1, 2]);
  });

  it('an unordered insertMany inserts every non-duplicate and reports each duplicate', async () => {
    const c = t.collection('unordered');
    await c.createIndex({ k: 1 }, { unique: true });
    const docs = [{ k: 1 }, { k: 2 }, { k: 1 }, { k: 3 }, { k: 2 }, { k: 4 }];
    const err = await rejection(c.insertMany(docs, { ordered: false }));
    expect(err.code).toBe(11000);
    expect(err.insertedCount).toBe(4);
    const writeErrors = err.writeErrors as { index: number; code: number }[] | { index: number; code: number };
    const list = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
    expect(list.map((e) => e.index).sort()).toEqual([2, 4]);
    expect(list.every((e) => e.code === 11000)).toBe(true);
    expect((await c.find().sort({ k: 1 }).toArray()).map((d) => d.k)).toEqual([1, 2, 3, 4]);
  });

  it('a duplicate _id is rejected with E11000 without an explicit index', async () => {
    const c = t.collection('ids');
    await c.insertOne({ _id: 'fixed' as never, v: 1 });
    const err = await rejection(c.insertOne({ _id: 'fixed' as never, v: 2 }));
    expect(err.code).toBe(11000);
    expect((await c.findOne({ _id: 'fixed' as never }))?.v).toBe(1);
  });

  it('a unique compound index allows repeats of each part but not of the pair', async () => {
    const c = t.collection('seats_small');
    await c.createIndex({ course: 1, seat: 1 }, { unique: true });
    await c.insertMany([
      { course: 'A', seat: 1 },
      { course: 'A', seat: 2 },
      { course: 'B', seat: 1 },
    ]);
    expect((await rejection(c.insertOne({ course: 'B', seat: 1 }))).code).toBe(11000);
    expect(await c.countDocuments()).toBe(3);
  });

  it('a unique compound index holds across connections: 200 concurrent inserts racing for 30 seats leave exactly 30', async () => {
    const conn = await t.pool(16);
    const c = conn.db!.collection('seats');
    await c.createIndex({ course: 1, seat: 1 }, { unique: true });
    const started = Date.now();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        c.insertOne({ course: 'forklift-2025', seat: (i % 30) + 1, trainee: `t${i}` }),
      ),
    );
    const ms = Date.now() - started;
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    console.log(`[contract] 200 racing inserts for 30 seats through a pool of 16: ${ms} ms, ${failures.length} E11000`);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(30);
    expect(failures.every((f) => (f.reason as { code?: number }).code === 11000)).toBe(true);
    expect(await t.collection('seats').countDocuments({ course: 'forklift-2025' })).toBe(30);
    const seats = await t.collection('seats').distinct('seat', { course: 'forklift-2025' });
    expect(seats.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('a sparse unique index allows many documents without the field but no duplicate value', async () => {
    const c = t.collection('sparse');
    await c.createIndex({ idNumber: 1 }, { unique: true, sparse: true });
    await c.insertMany([{ name: 'no id 1' }, { name: 'no id 2' }, { name: 'no id 3' }]);
    await c.insertOne({ name: 'with id', idNumber: '140202199001011234' });
    const err = await rejection(c.insertOne({ name: 'same id', idNumber: '140202199001011234' }));
    expect(err.code).toBe(11000);
    expect(await c.countDocuments()).toBe(4);
    expect(await c.countDocuments({ idNumber: { $exists: false } })).toBe(3);
  });

  it('a Mongoose model builds its unique sparse index, and building it again (ensureIndexes on every start) is a no-op', async () => {
    const schema = new mongoose.Schema({ name: String, idNumber: String });
    schema.index({ idNumber: 1 }, { unique: true, sparse: true });
    const Person = mongoose.model('ContractPerson', schema);
    await Person.createIndexes();
    await Person.create({ name: 'a', idNumber: '1' });
    await Person.createIndexes();
    const err = await rejection(Person.create({ name: 'b', idNumber: '1' }));
    expect(err.code).toBe(11000);
    await Person.create([{ name: 'c' }, { name: 'd' }]);
    expect(await Person.countDocuments()).toBe(3);
    const index = (await Person.listIndexes()).find((i) => i.name === 'idNumber_1');
    expect(index).toMatchObject({ key: { idNumber: 1 }, unique: true });
  });
});
