import { randomBytes } from 'node:crypto';
import { CatalogueChangeModel, type ChangeKind } from './models.js';

export type ChangeRef = { kind: Exclude<ChangeKind, 'epoch'>; key: string };
export const changeRefKey = (ref: ChangeRef) => `${ref.kind}:${ref.key}`;

/**
 * Claims sync sequence numbers for catalogue writes. Used only inside the catalogue's write queue, so
 * the counter in memory is always the last seq written; see the catalogue_changes model for the why.
 */
export class ChangeLog {
  private constructor(
    readonly epoch: string,
    private lastSeq: number,
  ) {}

  static async open(now: Date): Promise<ChangeLog> {
    let epoch = await CatalogueChangeModel.findOne({ seq: 0 }).lean();
    if (!epoch) {
      await CatalogueChangeModel.create({ seq: 0, kind: 'epoch', key: randomBytes(6).toString('base64url'), at: now });
      epoch = await CatalogueChangeModel.findOne({ seq: 0 }).lean();
    }
    const last = await CatalogueChangeModel.findOne({}, { seq: 1 }).sort({ seq: -1 }).lean();
    return new ChangeLog(epoch?.key ?? '', last?.seq ?? 0);
  }

  /** Records that these records changed; returns the seq of the last one (every ref gets its own). */
  async record(refs: ChangeRef[], at: Date): Promise<number> {
    if (refs.length === 0) return this.lastSeq;
    const docs = refs.map((ref, i) => ({ seq: this.lastSeq + 1 + i, kind: ref.kind, key: ref.key, at }));
    await CatalogueChangeModel.insertMany(docs);
    this.lastSeq += docs.length;
    return this.lastSeq;
  }

  get seq(): number {
    return this.lastSeq;
  }
}

/**
 * For each record, the last seq that changed it: what incremental sync compares cursors with.
 * Computed here rather than with `$group`/`$max`, which the embedded FerretDB does not implement.
 */
export async function lastChangeOfEachRecord(): Promise<Map<string, number>> {
  const rows = await CatalogueChangeModel.find({}, { kind: 1, key: 1, seq: 1 }).lean();
  const last = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'epoch') continue;
    const key = `${row.kind}:${row.key}`;
    last.set(key, Math.max(last.get(key) ?? 0, row.seq));
  }
  return last;
}

export const formatCursor = (epoch: string, seq: number) => `${epoch}.${seq}`;
export function parseCursor(cursor: string): { epoch: string; seq: number } {
  const dot = cursor.lastIndexOf('.');
  return { epoch: cursor.slice(0, dot), seq: Number(cursor.slice(dot + 1)) };
}
