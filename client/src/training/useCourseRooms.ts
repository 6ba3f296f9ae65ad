import { onScopeDispose, watch, type Ref } from 'vue';
import { useAuthStore } from '@client/accounts/store';
import { joinRoom, leaveRoom } from '@client/shell/realtime';

/** Pages kept alive by Ionic may want the same room: leave it only when none does. */
const holders = new Map<string, number>();

function hold(room: string): void {
  const count = holders.get(room) ?? 0;
  holders.set(room, count + 1);
  if (count === 0) void joinRoom(room);
}

function release(room: string): void {
  const count = (holders.get(room) ?? 1) - 1;
  if (count > 0) return void holders.set(room, count);
  holders.delete(room);
  void leaveRoom(room);
}

/** Keeps this page in the `course:<code>` rooms of the courses it shows, for live seat counts. */
export function useCourseRooms(codes: Readonly<Ref<readonly string[]>>): void {
  const auth = useAuthStore();
  let mine = new Set<string>();
  const stopCodes = watch(
    codes,
    (wanted) => {
      const next = new Set(wanted.map((code) => `course:${code}`));
      for (const room of mine) if (!next.has(room)) release(room);
      for (const room of next) if (!mine.has(room)) hold(room);
      mine = next;
    },
    { immediate: true },
  );
  // A new user means a new connection that starts without rooms: join ours again.
  const stopUser = watch(
    () => auth.me?.id,
    () => {
      for (const room of mine) void joinRoom(room);
    },
  );
  onScopeDispose(() => {
    stopCodes();
    stopUser();
    for (const room of mine) release(room);
    mine = new Set();
  });
}
