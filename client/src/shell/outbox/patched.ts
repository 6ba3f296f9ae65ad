import type { StoredItem } from './types';

/** A copy of `item` with `changes` applied; a change to `undefined` removes the key (as Dexie's update did). */
export function patched(item: StoredItem, changes: Partial<StoredItem>): StoredItem {
  const next: StoredItem = { ...item, ...changes };
  for (const key of Object.keys(changes) as (keyof StoredItem)[]) {
    if (changes[key] === undefined) delete next[key];
  }
  return next;
}
