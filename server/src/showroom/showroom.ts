import type { AppContext } from '../feature.js';
import { AnswerCache } from './answer-cache.js';
import { ChangeLog } from './change-log.js';
import { loadOrCreateLabelKeyring, rotateLabelKey, type LabelKey } from './label-keyring.js';
import { loadSnapshot } from './load-snapshot.js';
import { ScanRecorder } from './scan-recorder.js';
import { seedCatalogue } from './seed.js';
import { readSeedFile } from './seed-file.js';
import { publicKeysOf, type Snapshot } from './snapshot.js';
import { WriteQueue } from './write-queue.js';

type Loaded = { snapshot: Snapshot; log: ChangeLog; activeKey: LabelKey };

/**
 * The showroom of one app: its in-memory catalogue, the queue its writes go through, its label keys
 * and its scan statistics. Reads take `current()`; writes go through `write()`, which patches the
 * snapshot after the database accepted the change (see Snapshot).
 */
export class Showroom {
  readonly scans: ScanRecorder;
  readonly answers = new AnswerCache();
  private loaded: Loaded | undefined;
  private loading: Promise<Loaded> | undefined;
  private readonly queue = new WriteQueue();

  constructor(private readonly ctx: Pick<AppContext, 'config' | 'logger' | 'now'>) {
    this.scans = new ScanRecorder(ctx.logger);
  }

  /** Synchronous once loaded, which is what keeps the scan path fast. */
  current(): Snapshot | Promise<Snapshot> {
    return this.loaded?.snapshot ?? this.loadInQueue().then((l) => l.snapshot);
  }

  /** Inserts the missing demo records (in the demo database only), then reads the catalogue afresh. */
  seed(demo: boolean): Promise<void> {
    return this.queue.run(async () => {
      if (demo) await seedCatalogue(readSeedFile(), await ChangeLog.open(this.ctx.now()), this.ctx.now());
      await this.load();
    });
  }

  /** Runs a catalogue write after every earlier one, with the snapshot to patch and the change log. */
  write<T>(task: (snapshot: Snapshot, log: ChangeLog) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const { snapshot, log } = this.loaded ?? (await this.load());
      try {
        return await task(snapshot, log);
      } finally {
        this.answers.clear();
      }
    });
  }

  /** A new active signing key, e.g. after the active one was revoked; call inside `write`. */
  rotateSigningKey(snapshot: Snapshot): void {
    const keyring = rotateLabelKey(this.ctx.config.dataDir, this.ctx.now());
    Object.assign(snapshot, publicKeysOf(keyring.keys));
    if (this.loaded) this.loaded.activeKey = keyring.active;
  }

  get activeKid(): string | undefined {
    return this.loaded?.activeKey.kid;
  }

  private loadInQueue(): Promise<Loaded> {
    if (!this.loading) {
      const loading = this.queue.run(() => this.load());
      // Forget the attempt either way: after a failure (database away), the next request tries again.
      const forget = () => (this.loading = undefined);
      loading.then(forget, forget);
      this.loading = loading;
    }
    return this.loading;
  }

  private async load(): Promise<Loaded> {
    const now = this.ctx.now();
    const keyring = loadOrCreateLabelKeyring(this.ctx.config.dataDir, now);
    const log = await ChangeLog.open(now);
    this.loaded = { snapshot: await loadSnapshot(log, keyring), log, activeKey: keyring.active };
    this.answers.clear();
    return this.loaded;
  }
}

// Keyed by the app's Socket.IO server: one per app, and the same object in every hook's context.
const showrooms = new WeakMap<object, Showroom>();
export function showroomOf(ctx: Pick<AppContext, 'config' | 'logger' | 'now' | 'io'>): Showroom {
  let showroom = showrooms.get(ctx.io);
  if (!showroom) showrooms.set(ctx.io, (showroom = new Showroom(ctx)));
  return showroom;
}
