import { ProductUpdatedSchema, ShowroomEvents, productRoom, type ProductUpdated } from '@shared/showroom/events';
import { watch } from 'vue';
import { joinRoom, leaveRoom, onEvent, realtimeStatus } from '@client/shell/realtime';

/** Pages following each room: the room is left when the last of them stops. */
const followers = new Map<string, number>();

/**
 * Live clearance changes of one product: `product:updated` in the room `product:<gtin14>`, through
 * the app's one Socket.IO connection. `onListening` runs once changes are being heard, and again
 * after every reconnection: a change made before then was not heard, so the caller asks again.
 * Returns the function that stops following.
 */
export function followProduct(
  gtin14: string,
  onUpdate: (update: ProductUpdated) => void,
  onListening: () => void,
): () => void {
  const room = productRoom(gtin14);
  const count = followers.get(room) ?? 0;
  followers.set(room, count + 1);
  const stopListening = onEvent<unknown>(ShowroomEvents.productUpdated, (payload) => {
    const parsed = ProductUpdatedSchema.safeParse(payload);
    if (parsed.success && parsed.data.gtin === gtin14) onUpdate(parsed.data);
  });
  let listening = false;
  const nowListening = () => {
    listening = true;
    onListening();
  };
  const listen = () => void joinRoom(room).then((ack) => ack.ok && nowListening());
  if (count > 0) nowListening();
  else listen();
  // Changes made while the connection was down were not heard either: after it is back, again.
  const stopReconnects = watch(realtimeStatus, (now, before) => {
    if (listening && now === 'connected' && before !== 'connected') listen();
  });
  return () => {
    stopReconnects();
    stopListening();
    const left = (followers.get(room) ?? 1) - 1;
    if (left > 0) return void followers.set(room, left);
    followers.delete(room);
    void leaveRoom(room);
  };
}
