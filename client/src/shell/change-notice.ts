/**
 * "Something in this database changed": told to listeners in this tab directly and to the app's
 * other tabs through a BroadcastChannel of the given name (what Dexie's liveQuery did for us before
 * the move to idb). Only the news travels; each listener reads what it needs again.
 */
export type ChangeNotice = {
  /** Every tab of the app hears it, this one directly. Call it after the change is committed. */
  changed(): void;
  /** Calls `listener` after every change, in this tab or another. Returns the function that stops. */
  onChange(listener: () => void): () => void;
};

export function createChangeNotice(channelName: string): ChangeNotice {
  const listeners = new Set<() => void>();
  let channel: BroadcastChannel | undefined;
  const tellListeners = () => {
    for (const listener of listeners) listener();
  };

  return {
    changed() {
      tellListeners();
      if (typeof BroadcastChannel !== 'function') return;
      // A channel never hears its own messages: a listening tab sends on its own channel without echo.
      const sender = channel ?? new BroadcastChannel(channelName);
      sender.postMessage('changed');
      if (sender !== channel) sender.close();
    },
    onChange(listener) {
      listeners.add(listener);
      if (!channel && typeof BroadcastChannel === 'function') {
        channel = new BroadcastChannel(channelName);
        channel.onmessage = tellListeners;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        channel?.close();
        channel = undefined;
      };
    },
  };
}
