import { readPendingHint } from './hint';

/**
 * Called once the app is up: replays what is waiting from an earlier visit. The outbox code is
 * downloaded only when the device holds something, so the first page stays small.
 */
export function startOutboxReplay(): void {
  if (readPendingHint() === 0) return;
  void import('./index').then((outbox) => outbox.startOutbox());
}
