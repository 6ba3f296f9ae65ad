import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose from 'mongoose';
import sharp from 'sharp';
import type { Response } from 'express';
import { AppError } from '../http/errors.js';

type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type by the file's first bytes, whatever its name or declared type says. */
export function sniffImage(bytes: Buffer): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** What a refused file looks like, for a message the person can act on. */
function describe(bytes: Buffer): string {
  if (startsWith(bytes, ascii('MZ'))) return 'a Windows program';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'a Linux program';
  if (startsWith(bytes, ascii('%PDF'))) return 'a PDF document';
  if (startsWith(bytes, ascii('PK'))) return 'a ZIP archive or office document';
  if (startsWith(bytes, ascii('GIF8'))) return 'a GIF image';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'a HEIC photo or video (let the app convert it to JPEG)';
  const sample = bytes.subarray(0, 512);
  if (sample.length && sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)))
    return 'a text file';
  return 'not an image we know';
}

export function assertPhoto(bytes: Buffer): ImageType {
  const type = sniffImage(bytes);
  if (!type) {
    throw new AppError(
      415,
      'not_an_image',
      `This file is not a JPEG, PNG or WebP photo: its contents are ${describe(bytes)}, whatever its name or type says.`,
    );
  }
  return type;
}

/**
 * Decodes and re-encodes the photo as JPEG: turned upright by its EXIF orientation first, then
 * stripped of all metadata (EXIF, GPS position, camera serials), which sharp drops unless asked to
 * keep it. A file that only looks like an image fails to decode here.
 */
export async function reencode(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw new AppError(
      422,
      'unreadable_image',
      'This photo could not be read: it may be damaged or only look like an image. Take or choose it again.',
    );
  }
}

const bucket = () => {
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database connection');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: 'dispute_evidence' });
};

export async function storePhoto(
  data: Buffer,
  metadata: { caseId: string; photoId: string },
): Promise<mongoose.Types.ObjectId> {
  const upload = bucket().openUploadStream(`${metadata.photoId}.jpg`, { metadata });
  await pipeline(Readable.from([data]), upload);
  return upload.id;
}

export async function deletePhoto(fileId: mongoose.Types.ObjectId): Promise<void> {
  await bucket()
    .delete(fileId)
    .catch(() => undefined); // already gone is fine
}

/** Streams a stored photo; never cached anywhere but in the asking person's own view. */
export async function sendPhoto(res: Response, fileId: mongoose.Types.ObjectId, bytes: number): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'image/jpeg');
  res.setHeader('Content-Length', String(bytes));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Disposition', 'inline');
  await pipeline(bucket().openDownloadStream(fileId), res);
}
