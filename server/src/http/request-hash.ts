import { createHash } from 'node:crypto';

const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value;

/** A stable hash of a request body: the same key with a different body is a different request. */
export const requestHash = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null, sortKeys))
    .digest('hex');
