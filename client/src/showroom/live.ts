import { ProductUpdatedSchema, ShowroomEvents, productRoom, type ProductUpdated } from '@shared/showroom/events';
import { joinRoom, leaveRoom, onEvent } from '@client/shell/realtime';

/** Pages following each room: the room is left when the last of them stops. */
const followers = new Map<string, number>();

/**
 * Live clearance changes of one product: `product:updated` in the room `product:<gtin14>`, through
 * the app's one Socket.IO connection (which rejoins after reconnecting). `onListening` runs once
 * changes are being heard: a change made between the caller's last answer and then was not heard,
 * so the caller asks again. Returns the function that stops following.
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
  if (count > 0) onListening();
  else void joinRoom(room).then((ack) => ack.ok && onListening());
  return () => {
    stopListening();
    const left = (followers.get(room) ?? 1) - 1;
    if (left > 0) return void followers.set(room, left);
    followers.delete(room);
    void leaveRoom(room);
  };
}
