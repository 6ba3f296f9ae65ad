import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContractDb, type ContractDb } from './support.js';

type Shop = {
  _id: number;
  name: string;
  zone: string;
  rating: number;
  openedAt: Date;
  tags: string[];
  owner: { city: string; verified?: boolean };
  closed?: boolean;
};

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const shops: Shop[] = [
  {
    _id: 1,
    name: 'Alpha Wines',
    zone: 'A',
    rating: 5,
    openedAt: day(1),
    tags: ['wine', 'import'],
    owner: { city: '大同', verified: true },
  },
  { _id: 2, name: 'beta Furs', zone: 'A', rating: 3, openedAt: day(5), tags: ['fur'], owner: { city: 'Moscow' } },
  {
    _id: 3,
    name: 'Gamma Amber',
    zone: 'B',
    rating: 4,
    openedAt: day(10),
    tags: ['amber', 'import', 'gift'],
    owner: { city: 'Kaliningrad', verified: false },
  },
  {
    _id: 4,
    name: 'Delta Tea',
    zone: 'B',
    rating: 2,
    openedAt: day(15),
    tags: [],
    owner: { city: '大同' },
    closed: true,
  },
  {
    _id: 5,
    name: 'Epsilon Milk',
    zone: 'C',
    rating: 4,
    openedAt: day(20),
    tags: ['food', 'import'],
    owner: { city: 'Ulaanbaatar', verified: true },
  },
  {
    _id: 6,
    name: 'Zeta Honey',
    zone: 'C',
    rating: 1,
    openedAt: day(25),
    tags: ['food', 'gift'],
    owner: { city: 'Almaty' },
  },
];

let t: ContractDb;
let c: mongoose.mongo.Collection<Shop>;
beforeAll(async () => {
  t = await openContractDb();
  c = t.collection<Shop>('shops');
  await c.insertMany(shops);
});
afterAll(() => t?.close());

const ids = async (filter: mongoose.mongo.Filter<Shop>) =>
  (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);

describe('find: sort, skip, limit, projection', () => {
  it('sorts ascending and descending, also by two keys', async () => {
    expect((await c.find().sort({ rating: -1, _id: 1 }).toArray()).map((d) => d._id)).toEqual([1, 3, 5, 2, 4, 6]);
    expect((await c.find().sort({ zone: 1, openedAt: -1 }).toArray()).map((d) => d._id)).toEqual([2, 1, 4, 3, 6, 5]);
  });

  it('pages with skip and limit over a sorted result', async () => {
    const page = (n: number) =>
      c
        .find()
        .sort({ openedAt: 1 })
        .skip(n * 2)
        .limit(2)
        .toArray();
    expect((await page(0)).map((d) => d._id)).toEqual([1, 2]);
    expect((await page(1)).map((d) => d._id)).toEqual([3, 4]);
    expect((await page(2)).map((d) => d._id)).toEqual([5, 6]);
    expect(await page(3)).toEqual([]);
  });

  it('an inclusion projection returns only those fields (and _id unless excluded)', async () => {
    const d = await c.findOne({ _id: 1 }, { projection: { name: 1, 'owner.city': 1 } });
    expect(d).toEqual({ _id: 1, name: 'Alpha Wines', owner: { city: '大同' } });
    const noId = await c.findOne({ _id: 1 }, { projection: { name: 1, _id: 0 } });
    expect(noId).toEqual({ name: 'Alpha Wines' });
  });

  it('an exclusion projection returns everything else', async () => {
    const d = await c.findOne({ _id: 2 }, { projection: { tags: 0, owner: 0, openedAt: 0 } });
    expect(d).toEqual({ _id: 2, name: 'beta Furs', zone: 'A', rating: 3 });
  });

  it('a Mongoose lean query with select, sort and limit returns plain objects', async () => {
    const Shops = mongoose.model(
      'ContractShop',
      new mongoose.Schema({ name: String, zone: String, rating: Number }, { collection: 'shops' }),
    );
    const rows = await Shops.find({ zone: 'C' }).select({ name: 1 }).sort({ rating: -1 }).limit(1).lean();
    expect(rows).toEqual([{ _id: 5, name: 'Epsilon Milk' }]);
  });
});

describe('counting and distinct', () => {
  it('countDocuments counts all or a filter; estimatedDocumentCount counts all', async () => {
    expect(await c.countDocuments()).toBe(6);
    expect(await c.countDocuments({ zone: 'A' })).toBe(2);
    expect(await c.countDocuments({ zone: 'none' })).toBe(0);
    expect(await c.estimatedDocumentCount()).toBe(6);
  });

  it('distinct returns each value once, flattening arrays, and takes a filter', async () => {
    expect((await c.distinct('zone')).sort()).toEqual(['A', 'B', 'C']);
    expect((await c.distinct('tags')).sort()).toEqual(['amber', 'food', 'fur', 'gift', 'import', 'wine']);
    expect((await c.distinct('owner.city', { zone: 'A' })).sort()).toEqual(['Moscow', '大同']);
  });
});

describe('filters', () => {
  it('$in and $nin', async () => {
    expect(await ids({ zone: { $in: ['A', 'C'] } })).toEqual([1, 2, 5, 6]);
    expect(await ids({ zone: { $nin: ['A', 'C'] } })).toEqual([3, 4]);
    expect(await ids({ tags: { $in: ['fur', 'amber'] } })).toEqual([2, 3]);
  });

  it('$or and $and', async () => {
    expect(await ids({ $or: [{ zone: 'A' }, { rating: { $lte: 1 } }] })).toEqual([1, 2, 6]);
    expect(await ids({ $and: [{ zone: 'B' }, { rating: { $gte: 4 } }] })).toEqual([3]);
  });

  it('$ne also matches documents missing the field', async () => {
    expect(await ids({ closed: { $ne: true } })).toEqual([1, 2, 3, 5, 6]);
    expect(await ids({ 'owner.verified': { $ne: true } })).toEqual([2, 3, 4, 6]);
  });

  it('$not around an operator', async () => {
    expect(await ids({ rating: { $not: { $gte: 4 } } })).toEqual([2, 4, 6]);
  });

  it('$exists true and false, also on dotted paths', async () => {
    expect(await ids({ closed: { $exists: true } })).toEqual([4]);
    expect(await ids({ 'owner.verified': { $exists: false } })).toEqual([2, 4, 6]);
  });

  it('$gt, $gte, $lt, $lte on dates', async () => {
    expect(await ids({ openedAt: { $gt: day(5), $lt: day(20) } })).toEqual([3, 4]);
    expect(await ids({ openedAt: { $gte: day(5), $lte: day(20) } })).toEqual([2, 3, 4, 5]);
  });

  it('$gt and $lt on numbers', async () => {
    expect(await ids({ rating: { $gt: 2, $lt: 5 } })).toEqual([2, 3, 5]);
  });

  it('$regex: anchored, case-insensitive, and on non-ASCII text', async () => {
    expect(await ids({ name: { $regex: '^[A-Z]' } })).toEqual([1, 3, 4, 5, 6]);
    expect(await ids({ name: { $regex: '^b', $options: 'i' } })).toEqual([2]);
    expect(await ids({ name: /honey$/i })).toEqual([6]);
    expect(await ids({ 'owner.city': { $regex: '^大' } })).toEqual([1, 4]);
  });

  it('$size matches an array length', async () => {
    expect(await ids({ tags: { $size: 0 } })).toEqual([4]);
    expect(await ids({ tags: { $size: 2 } })).toEqual([1, 5, 6]);
  });

  it('$all requires every listed member', async () => {
    expect(await ids({ tags: { $all: ['import', 'gift'] } })).toEqual([3]);
    expect(await ids({ tags: { $all: ['food'] } })).toEqual([5, 6]);
  });

  it('equality on a scalar array member', async () => {
    expect(await ids({ tags: 'import' })).toEqual([1, 3, 5]);
  });

  it('equality on a dotted path into a subdocument', async () => {
    expect(await ids({ 'owner.city': '大同' })).toEqual([1, 4]);
    expect(await ids({ 'owner.verified': true })).toEqual([1, 5]);
  });

  it('$elemMatch with one scalar operator', async () => {
    await t.collection<{ _id: number; s: number[] }>('scores').insertMany([
      { _id: 1, s: [50, 95] },
      { _id: 2, s: [60, 70] },
    ]);
    const found = await t
      .collection('scores')
      .find({ s: { $elemMatch: { $gte: 90 } } })
      .toArray();
    expect(found.map((d) => d._id)).toEqual([1]);
  });

  it('the app connection sanitizes Mongoose filters: an operator object from input is refused unless wrapped in mongoose.trusted', async () => {
    const Shops =
      mongoose.models.ContractShop ??
      mongoose.model('ContractShop', new mongoose.Schema({ zone: String }, { collection: 'shops' }));
    const fromInput = JSON.parse('{"zone":{"$ne":"none"}}') as Record<string, unknown>;
    await expect(Shops.countDocuments(fromInput)).rejects.toThrow(/Cast to string failed/);
    expect(await Shops.countDocuments({ zone: mongoose.trusted({ $ne: 'none' }) })).toBe(6);
    expect(await Shops.countDocuments({ zone: 'A' })).toBe(2);
  });
});
