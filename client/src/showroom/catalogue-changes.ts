/**
 * Who hears that the device's catalogue changed: watchers in this tab directly, other tabs of the
 * app through a BroadcastChannel (what Dexie's liveQuery did for us before the move to idb).
 */
const changeListeners = new Set<() => void>();
const CHANGE_CHANNEL = 'lugang-showroom-catalogue';
let changeChannel: BroadcastChannel | undefined;

function tellChangeListeners(): void {
  for (const listener of changeListeners) listener();
}

/** Every tab of the app hears it, this one directly. */
export function catalogueChanged(): void {
  tellChangeListeners();
  if (typeof BroadcastChannel !== 'function') return;
  const channel = changeChannel ?? new BroadcastChannel(CHANGE_CHANNEL);
  channel.postMessage('changed');
  if (channel !== changeChannel) channel.close();
}

/** Calls `listener` after every committed change to the catalogue, in this tab or another. Returns the function that stops. */
export function onCatalogueChange(listener: () => void): () => void {
  changeListeners.add(listener);
  if (!changeChannel && typeof BroadcastChannel === 'function') {
    changeChannel = new BroadcastChannel(CHANGE_CHANNEL);
    changeChannel.onmessage = tellChangeListeners;
  }
  return () => {
    changeListeners.delete(listener);
    if (changeListeners.size > 0) return;
    changeChannel?.close();
    changeChannel = undefined;
  };
}

/**
 * `read` now and again after every change to the catalogue: one read at a time, and a read that a
 * change overtook is read again before anyone sees it, so a burst of changes costs one more read.
 * After `onError` the watch is over. Returns the function that stops.
 */
export function watchCatalogue<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let reading = false;
  let changedMeanwhile = false;

  async function readAgain(): Promise<void> {
    changedMeanwhile = true;
    if (reading) return;
    reading = true;
    try {
      while (changedMeanwhile && !stopped) {
        changedMeanwhile = false;
        const value = await read();
        if (!changedMeanwhile && !stopped) onValue(value);
      }
    } catch (error) {
      if (stopped) return;
      stop();
      onError(error);
    } finally {
      reading = false;
    }
  }

  const stopListening = onCatalogueChange(() => void readAgain());
  function stop(): void {
    stopped = true;
    stopListening();
  }
  void readAgain();
  return stop;
}
