import type { ChangeLog } from './change-log.js';
import type { NewClearanceEvent } from './clearance-checks.js';
import { ClearanceEventModel } from './models.js';
import { batchKey, findBatch, sortEvents, type BatchEntry, type Snapshot } from './snapshot.js';

type ClearanceEventDoc = NewClearanceEvent & { seq: number; source: 'import' | 'officer'; recordedAt: Date };

/**
 * Appends checked clearance events: claims change seqs, inserts the events, then patches the snapshot.
 * Call inside the catalogue write queue: event seqs come from the snapshot without a read.
 * Returns the batches that changed.
 */
export async function appendClearanceEvents(
  snapshot: Snapshot,
  log: ChangeLog,
  events: readonly NewClearanceEvent[],
  source: 'import' | 'officer',
  now: Date,
): Promise<BatchEntry[]> {
  const byBatch = new Map<string, { entry: BatchEntry; docs: ClearanceEventDoc[] }>();
  for (const event of events) {
    const entry = findBatch(snapshot, event.gtin, event.lot);
    if (!entry) throw new Error(`appendClearanceEvents: unchecked event for ${event.gtin} ${event.lot}`);
    const group = byBatch.get(batchKey(entry.gtin, entry.lot)) ?? { entry, docs: [] };
    group.docs.push({ ...event, seq: entry.nextEventSeq + group.docs.length, source, recordedAt: now });
    byBatch.set(batchKey(entry.gtin, entry.lot), group);
  }
  const groups = [...byBatch.values()];
  if (groups.length === 0) return [];

  const refs = groups.map(({ entry }) => ({ kind: 'batch' as const, key: batchKey(entry.gtin, entry.lot) }));
  const lastSeq = await log.record(refs, now);
  await ClearanceEventModel.insertMany(groups.flatMap((g) => g.docs));

  // The database has it all now: patch memory in one synchronous step.
  groups.forEach(({ entry, docs }, i) => {
    const added = docs.map((d) => ({ code: d.code, at: d.at.toISOString(), seq: d.seq }));
    entry.clearance = sortEvents([...entry.clearance, ...added]);
    entry.nextEventSeq += added.length;
    entry.changeSeq = lastSeq - groups.length + 1 + i;
  });
  snapshot.seq = lastSeq;
  return groups.map((g) => g.entry);
}
