import { Mutex } from 'async-mutex';

/**
 * One queue per key (a case, the case-number sequence): work on the same key runs one at a time, so
 * the unique indexes behind it rarely see a race from this process. Entries are dropped when no one
 * holds or waits for them.
 */
export class KeyedMutex {
  private readonly entries = new Map<string, { mutex: Mutex; users: number }>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { mutex: new Mutex(), users: 0 }));
    entry.users++;
    try {
      return await entry.mutex.runExclusive(work);
    } finally {
      if (--entry.users === 0) this.entries.delete(key);
    }
  }
}
