/**
 * zod probes for eval support with Function(''), which our CSP (no 'unsafe-eval') reports as a
 * violation. zod keeps its settings in this global (so that copies of zod share them): setting
 * them here keeps zod itself out of the first page; it comes later with a form or the catalogue sync.
 * Imported first by main.ts; merging covers a zod that was already loaded.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
