import type { AppContext, Feature } from './feature.js';

/** Runs every feature's idempotent seed; demo records only go into the demo database. */
export async function seedAll(features: Feature[], ctx: AppContext): Promise<void> {
  const demo = ctx.config.seedDemo;
  for (const feature of features) {
    if (!feature.seed) continue;
    const started = Date.now();
    await feature.seed({ ...ctx, demo });
    ctx.logger.debug({ feature: feature.name, ms: Date.now() - started }, 'seeded');
  }
}
