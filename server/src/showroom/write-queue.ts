/**
 * Runs tasks one after another, in the order they were queued. The catalogue's writes go through one
 * queue so that each sees the snapshot as the previous one left it: numbering (change seq, clearance
 * seq) is then taken from memory without a read, and the unique indexes only back that up.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
