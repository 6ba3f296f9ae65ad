import { onScopeDispose, watch, type Ref } from 'vue';
import { useAuthStore } from '@client/accounts/store';
import { joinRoom, leaveRoom, realtimeStatus } from '@client/shell/realtime';

/** Pages kept alive by Ionic may want the same room: leave it only when none does. */
const holders = new Map<string, { count: number; joined: Promise<boolean> }>();

const roomOf = (code: string) => `course:${code}`;
const join = (room: string) => joinRoom(room).then((ack) => ack.ok);

/** Resolves once seat changes in the room are heard (false when the server refused or did not answer). */
function hold(room: string): Promise<boolean> {
  const held = holders.get(room);
  if (held) {
    held.count += 1;
    return held.joined;
  }
  const joined = join(room);
  holders.set(room, { count: 1, joined });
  return joined;
}

function release(room: string): void {
  const held = holders.get(room);
  if (held && held.count > 1) return void (held.count -= 1);
  holders.delete(room);
  void leaveRoom(room);
}

/**
 * Keeps this page in the `course:<code>` rooms of the courses it shows, for live seat counts.
 * `onListening(codes)` runs once those rooms are joined, and again after every reconnection: a seat
 * taken before then (between the page's answer and the join, or while the connection was down) was
 * not heard, so the page asks the server again.
 */
export function useCourseRooms(codes: Readonly<Ref<readonly string[]>>, onListening: (codes: string[]) => void): void {
  const auth = useAuthStore();
  let mine = new Set<string>();

  async function listen(rooms: string[], joining: (room: string) => Promise<boolean>): Promise<void> {
    const joined = await Promise.all(rooms.map(joining));
    const heard = rooms.filter((_, i) => joined[i]).map((room) => room.slice('course:'.length));
    if (heard.length) onListening(heard);
  }

  const stopCodes = watch(
    codes,
    (wanted) => {
      const next = new Set(wanted.map(roomOf));
      for (const room of mine) if (!next.has(room)) release(room);
      const added = [...next].filter((room) => !mine.has(room));
      mine = next;
      if (added.length) void listen(added, hold);
    },
    { immediate: true },
  );
  // A new user means a new connection that starts without rooms; a dropped one missed what happened.
  const stopUser = watch(
    () => auth.me?.id,
    () => void listen([...mine], join),
  );
  let dropped = false;
  const stopReconnects = watch(
    realtimeStatus,
    (now) => {
      if (now === 'disconnected') dropped = true;
      else if (now === 'connected' && dropped) {
        dropped = false;
        void listen([...mine], join);
      }
    },
    { flush: 'sync' }, // every step: a reconnection goes disconnected → connecting → connected in one tick
  );
  onScopeDispose(() => {
    stopCodes();
    stopUser();
    stopReconnects();
    for (const room of mine) release(room);
    mine = new Set();
  });
}
