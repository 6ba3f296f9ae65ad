import { MAX_EVIDENCE_PHOTOS, MAX_PHOTO_BYTES } from '@shared/disputes/filing.js';

export const MAX_LONG_SIDE = 1600;
export const JPEG_QUALITY = 0.8;

/** A photo ready to go: downscaled JPEG, with what the filing declares about it. */
export type PreparedPhoto = {
  photoId: string;
  blob: Blob;
  /** For the thumbnail and for the outbox (which keeps JSON): `data:image/jpeg;base64,…`. */
  dataUrl: string;
  sha256: string;
  bytes: number;
  contentType: 'image/jpeg';
  name: string;
};

/** Which of the chosen files still fit under the limit (the rest are left out, and the user told). */
export function takeWithinLimit<T>(
  existing: number,
  chosen: readonly T[],
  limit = MAX_EVIDENCE_PHOTOS,
): { taken: T[]; dropped: number } {
  const room = Math.max(0, limit - existing);
  return { taken: chosen.slice(0, room), dropped: Math.max(0, chosen.length - room) };
}

/** The size to draw at: the long side at most `max`, never enlarged. */
export function fitWithin(width: number, height: number, max = MAX_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', base64 = ''] = dataUrl.split(',');
  const type = /data:([^;]+)/.exec(head)?.[1] ?? 'image/jpeg';
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * Downscales a camera photo on the device (long side ≤ 1600 px, JPEG ~0.8): small enough to send
 * on a weak connection and to keep in the outbox. `imageOrientation: 'from-image'` keeps it upright.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const size = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff'; // transparent PNGs become white, not black
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  let quality = JPEG_QUALITY;
  let blob = await toJpeg(canvas, quality);
  while (blob.size > MAX_PHOTO_BYTES && quality > 0.4) blob = await toJpeg(canvas, (quality -= 0.15));
  return {
    photoId: crypto.randomUUID(),
    blob,
    dataUrl: await blobToDataUrl(blob),
    sha256: await sha256Hex(blob),
    bytes: blob.size,
    contentType: 'image/jpeg',
    name: file.name,
  };
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}
