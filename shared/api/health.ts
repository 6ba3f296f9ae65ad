import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    db: z.object({ engine: z.enum(['ferretdb', 'mongodb']), version: z.string() }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
