import { shanghaiDay } from '@shared/disputes/working-days.js';
import type { Logger } from '../logger.js';
import { ScanCountModel, ScanModel } from './models.js';

export type ScanRecord = { gtin: string; lot?: string; at: Date; source: 'gtin' | 'element-string' | 'digital-link' };
/**
 * As stored: with the scan's calendar day in Asia/Shanghai, so that statistics count scans per day with
 * a plain `$group` on a field (FerretDB 1.24 has no date operators such as `$dateToString`).
 */
type StoredScan = ScanRecord & { day: string };

const FLUSH_AT = 200;
const FLUSH_AFTER_MS = 1000;
/** When the database is unreachable for long, older scans are dropped rather than memory filled. */
const MAX_BUFFERED = 20_000;

/**
 * Scan statistics are written in batches behind the response: a scan is answered from memory and
 * must not wait for the database. At most a second of scans is lost when the process dies. One
 * batch is written at a time and the next takes whatever came meanwhile, so a rush of scans makes
 * larger batches instead of a queue of writes competing with the requests for the machine.
 */
export class ScanRecorder {
  private buffer: StoredScan[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  record(scan: ScanRecord): void {
    if (this.buffer.length >= MAX_BUFFERED) this.buffer.shift();
    this.buffer.push({ ...scan, day: shanghaiDay(scan.at) });
    if (this.buffer.length >= FLUSH_AT) this.writeSoon();
    else this.timer ??= setTimeout(() => this.writeSoon(), FLUSH_AFTER_MS).unref();
  }

  /** Writes everything recorded so far (after the batch being written, if any). */
  async flush(): Promise<void> {
    await this.writing;
    await this.writeBatch();
  }

  private writeSoon(): void {
    if (this.writing) return; // the write in progress looks again when it ends
    this.writing = this.writeBatch().finally(() => {
      this.writing = undefined;
      if (this.buffer.length >= FLUSH_AT) this.writeSoon();
      else if (this.buffer.length > 0) this.timer ??= setTimeout(() => this.writeSoon(), FLUSH_AFTER_MS).unref();
    });
  }

  private async writeBatch(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer.splice(0, this.buffer.length);
    if (batch.length === 0) return;
    try {
      // The driver's insert, not Mongoose's: these documents are made here and need no casting, which
      // was the costliest part of recording a scan.
      await ScanModel.collection.insertMany(batch, { ordered: false });
      await ScanCountModel.collection.insertMany(countsOf(batch, new Date()), { ordered: false });
    } catch (err) {
      this.logger.warn({ err, dropped: batch.length }, 'scan statistics could not be written');
    }
  }
}

/** A batch's scans counted per day and product, as `scan_counts` documents. */
export function countsOf(batch: readonly StoredScan[], flushedAt: Date) {
  const counts = new Map<string, { day: string; gtin: string; count: number; flushedAt: Date }>();
  for (const scan of batch) {
    const key = `${scan.day}|${scan.gtin}`;
    const row = counts.get(key) ?? { day: scan.day, gtin: scan.gtin, count: 0, flushedAt };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()];
}
