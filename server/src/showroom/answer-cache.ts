import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ScanRecord } from './scan-recorder.js';

/** A scan answer as sent: the JSON body, its ETag and what the scan statistics record of it. */
export type CachedAnswer = {
  body: Buffer;
  etag: string;
  scan: Omit<ScanRecord, 'at'>;
};

/**
 * Serialized answers to `GET /api/products/resolve`, keyed by everything the answer depends on. A
 * showroom sees the same few hundred codes all day, and building and serializing an answer is most
 * of a scan's cost. Emptied whenever a catalogue write ends, so no answer outlives the data it shows.
 */
export class AnswerCache {
  private readonly entries = new LRUCache<string, CachedAnswer>({ max: 2000 });

  static key(parts: { day: string; locale: string; fullDeclarationNo: boolean; code: string }): string {
    return `${parts.day}\n${parts.locale}\n${parts.fullDeclarationNo ? 'full' : 'masked'}\n${parts.code}`;
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  remember(key: string, answer: unknown, scan: CachedAnswer['scan']): CachedAnswer {
    const body = Buffer.from(JSON.stringify(answer));
    // Set here, Express does not hash the same body again on every send.
    const cached = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`, scan };
    this.entries.set(key, cached);
    return cached;
  }

  clear(): void {
    this.entries.clear();
  }
}
