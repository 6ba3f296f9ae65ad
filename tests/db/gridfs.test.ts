import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContractDb, rejection, type ContractDb } from './support.js';

let t: ContractDb;
let bucket: mongoose.mongo.GridFSBucket;
beforeAll(async () => {
  t = await openContractDb();
  bucket = new mongoose.mongo.GridFSBucket(t.db, { bucketName: 'photos' });
});
afterAll(() => t?.close());

async function upload(
  name: string,
  data: Buffer,
  metadata?: Record<string, unknown>,
): Promise<mongoose.mongo.ObjectId> {
  const stream = bucket.openUploadStream(name, { metadata });
  await pipeline(Readable.from([data]), stream);
  return stream.id;
}

async function download(id: mongoose.mongo.ObjectId): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of bucket.openDownloadStream(id)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('GridFS', () => {
  it('stores ~300 KB in 255 KB chunks and gives back the same bytes', async () => {
    const data = randomBytes(300 * 1024);
    const id = await upload('receipt.jpg', data, { shop: 's1' });
    const [file] = await bucket.find({ _id: id }).toArray();
    expect(file).toMatchObject({
      filename: 'receipt.jpg',
      length: data.length,
      chunkSize: 255 * 1024,
      metadata: { shop: 's1' },
    });
    expect(await t.collection('photos.chunks').countDocuments({ files_id: id })).toBe(2);
    const back = await download(id);
    expect(back.length).toBe(data.length);
    expect(back.equals(data)).toBe(true);
  });

  it('finds files by metadata and by name, and downloads by name', async () => {
    const data = Buffer.from('第二张照片'.repeat(1000));
    await upload('second.jpg', data, { shop: 's2' });
    const files = await bucket.find({ 'metadata.shop': 's2' }).toArray();
    expect(files.map((f) => f.filename)).toEqual(['second.jpg']);
    const chunks: Buffer[] = [];
    for await (const chunk of bucket.openDownloadStreamByName('second.jpg')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
  });

  it('deletes a file with its chunks; downloading it then fails', async () => {
    const id = await upload('gone.bin', randomBytes(10_000));
    await bucket.delete(id);
    expect(await bucket.find({ _id: id }).toArray()).toEqual([]);
    expect(await t.collection('photos.chunks').countDocuments({ files_id: id })).toBe(0);
    const err = await rejection(download(id));
    expect(err.message).toMatch(/not found/i);
  });
});
