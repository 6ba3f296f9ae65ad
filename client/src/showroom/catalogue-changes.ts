import { createChangeNotice } from '@client/shell/change-notice';

/** Who hears that the device's catalogue changed: watchers in this tab, and the app's other tabs. */
const catalogueNotice = createChangeNotice('lugang-showroom-catalogue');

/** Every tab of the app hears it, this one directly. */
export const catalogueChanged = (): void => catalogueNotice.changed();

/** Calls `listener` after every committed change to the catalogue, in this tab or another. Returns the function that stops. */
export const onCatalogueChange = (listener: () => void): (() => void) => catalogueNotice.onChange(listener);

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
