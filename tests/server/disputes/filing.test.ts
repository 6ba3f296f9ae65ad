import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { complaint, declare, file, jpeg, newConsumer, signIn, type Caller } from './support.js';

let t: TestApp;
let consumer: Caller;
beforeAll(async () => {
  t = await startTestApp();
  consumer = await newConsumer(t);
});
afterAll(() => t?.close());

describe('filing a complaint', () => {
  it('files a complaint with photos: a case number at once, then each photo uploaded and shown on the case', async () => {
    const photos = [await jpeg({ color: '#aa3333' }), await jpeg({ color: '#33aa33' })];
    const evidence = photos.map((p) => declare(p));
    const res = await file(consumer, complaint({ evidence }));
    expect(res.status).toBe(201);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(res.body.caseNumber).toMatch(new RegExp(`^DT-${year}-\\d{6}$`));
    expect(res.body).toMatchObject({ status: 'filed', acceptDecisionDue: { provisional: expect.any(Boolean) } });
    expect(res.body.evidenceUploads.map((u: { photoId: string }) => u.photoId)).toEqual(evidence.map((e) => e.photoId));

    for (const [i, upload] of res.body.evidenceUploads.entries()) {
      const put = await consumer.put(upload.url, photos[i]!);
      expect(put.status).toBe(201);
      expect(put.body).toMatchObject({ photoId: upload.photoId, contentType: 'image/jpeg', width: 320, height: 240 });
    }
    const view = await consumer.get(`/api/disputes/${res.body.id}`);
    expect(view.status).toBe(200);
    expect(view.body.evidence.every((e: { received: boolean }) => e.received)).toBe(true);
    expect(view.body).toMatchObject({
      caseNumber: res.body.caseNumber,
      status: 'filed',
      respondent: { merchantId: 'm-tasman' },
      order: { amountFen: 32950 },
    });
    expect(view.body.product.gtin).toBe('09304967152415');
  });

  it('numbers cases one after another within the year', async () => {
    const a = (await file(consumer)).body.caseNumber as string;
    const b = (await file(consumer)).body.caseNumber as string;
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
  });

  it('answers a replay with the same key with the same case, and creates nothing new', async () => {
    const key = randomUUID();
    const first = await file(consumer, complaint(), key);
    const again = await file(consumer, complaint(), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const mine = await consumer.get('/api/me/disputes');
    expect(mine.body.filter((c: { id: string }) => c.id === first.body.id)).toHaveLength(1);
  });

  it('creates exactly one case when ten copies of the same request arrive at once', async () => {
    const someone = await newConsumer(t);
    const key = randomUUID();
    const replies = await Promise.all(Array.from({ length: 10 }, () => file(someone, complaint(), key)));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(replies.map((r) => r.body.caseNumber)).size).toBe(1);
    expect((await someone.get('/api/me/disputes')).body).toHaveLength(1);
  });

  it('refuses the same key with a different complaint (422)', async () => {
    const key = randomUUID();
    await file(consumer, complaint(), key);
    const res = await file(consumer, complaint({ request: '我改主意了，要求三倍赔偿。' }), key);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('idempotency_key_reused');
  });

  it('requires an Idempotency-Key', async () => {
    const res = await consumer.post('/api/disputes', complaint());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Idempotency-Key');
  });

  it('takes a respondent by name and address, and refuses an unknown park merchant id', async () => {
    const named = await file(
      consumer,
      complaint({ respondent: { name: '某网店', address: '浙江省杭州市余杭区某路 1 号' } }),
    );
    expect(named.status).toBe(201);
    const unknown = await file(consumer, complaint({ respondent: { merchantId: 'm-nobody' } }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('unknown_merchant');
  });

  it('refuses amounts finer than a fen, and purchases in the future', async () => {
    const fine = await file(consumer, complaint({ order: { purchaseDate: '2026-01-05', amount: 10.005 } }));
    expect(fine.status).toBe(400);
    const future = await file(consumer, complaint({ order: { purchaseDate: '2099-01-01', amount: 10 } }));
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('purchase_date_in_future');
  });

  it('lets only consumers file', async () => {
    const mediator = await signIn(t, 'mediator@lugang.example');
    expect((await file(mediator)).status).toBe(403);
  });
});

describe('evidence photos', () => {
  async function caseWith(bytes: Buffer, contentType: 'image/jpeg' | 'image/png' = 'image/jpeg') {
    const declaration = declare(bytes, contentType);
    const res = await file(consumer, complaint({ evidence: [declaration] }));
    return { id: res.body.id as string, url: res.body.evidenceUploads[0].url as string, declaration };
  }

  it('refuses a text file sent as a JPEG with 415 and says what it is', async () => {
    const text = Buffer.from('这不是照片 — just some text pretending to be a photo.\n');
    const { url } = await caseWith(text);
    const res = await consumer.put(url, text, 'image/jpeg');
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'not_an_image' });
    expect(res.body.error.message).toContain('text file');
  });

  it('refuses a Windows program named .jpg with an image content type', async () => {
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);
    const { url } = await caseWith(program);
    const res = await consumer.put(url.replace(/$/, ''), program, 'image/jpeg');
    expect(res.status).toBe(415);
    expect(res.body.error.message).toContain('Windows program');
  });

  it('refuses bytes that start like a JPEG but do not decode (422)', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]);
    const { url } = await caseWith(fake);
    const res = await consumer.put(url, fake);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('unreadable_image');
  });

  it('refuses a photo that is not the one declared', async () => {
    const { url } = await caseWith(await jpeg({ color: '#111111' }));
    const res = await consumer.put(url, await jpeg({ color: '#eeeeee' }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('photo_mismatch');
  });

  it('refuses a photo over 2 MB with a message that says so', async () => {
    const big = Buffer.concat([await jpeg(), Buffer.alloc(2 * 1024 * 1024)]);
    const { url } = await caseWith(await jpeg());
    const res = await consumer.put(url, big);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/2 MB/);
  });

  it('strips EXIF and GPS but keeps the photo upright', async () => {
    const withExif = await jpeg({ exif: true });
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const { url } = await caseWith(withExif);
    expect((await consumer.put(url, withExif)).status).toBe(201);

    const stored = await consumer.get(url);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    expect(stored.headers.get('cache-control')).toBe('private, no-store');
    const meta = await sharp(stored.body as Buffer).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect((stored.body as Buffer).includes(Buffer.from('LugangPhone'))).toBe(false);
    // Orientation 6 (rotate 90°) was applied to the pixels: 320×240 became 240×320.
    expect([meta.width, meta.height]).toEqual([240, 320]);
  });

  it('accepts PNG, re-encoded as JPEG, and answers a repeated upload as the first one', async () => {
    const png = await sharp({ create: { width: 50, height: 40, channels: 4, background: '#ff000080' } })
      .png()
      .toBuffer();
    const { url } = await caseWith(png, 'image/png');
    const first = await consumer.put(url, png, 'image/png');
    expect(first.status).toBe(201);
    const again = await consumer.put(url, png, 'image/png');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await sharp((await consumer.get(url)).body as Buffer).metadata()).format).toBe('jpeg');
  });
});
