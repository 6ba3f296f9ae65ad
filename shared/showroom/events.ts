import { BatchClearanceSchema, type BatchClearance } from './schemas.js';

/** Server → client events of the showroom. Anyone may join a product's room: its data is public. */
export const ShowroomEvents = {
  /** To `product:<gtin14>`: a batch of this product has a new clearance state. */
  productUpdated: 'product:updated',
} as const;

export const PRODUCT_ROOM_PREFIX = 'product:';
export const productRoom = (gtin14: string) => `${PRODUCT_ROOM_PREFIX}${gtin14}`;

export const ProductUpdatedSchema = BatchClearanceSchema;
export type ProductUpdated = BatchClearance;
