import { resolve } from 'node:path';
import { z } from 'zod';

/** The one place that reads process.env. Defaults make `npm start` work with no setup. */
const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().default('data'),
  MONGODB_URI: z.string().optional(),
  SEED_DEMO: z.enum(['0', '1']).optional(),
  PUBLIC_ORIGIN: z.string().url().optional(),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  mongoUri: string | undefined;
  seedDemo: boolean;
  publicOrigin: string | undefined;
  trustProxy: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    mongoUri: e.MONGODB_URI || undefined,
    // Demo data goes only into the embedded demo database, unless asked for explicitly.
    seedDemo: e.SEED_DEMO === '1' || (!e.MONGODB_URI && e.SEED_DEMO !== '0'),
    publicOrigin: e.PUBLIC_ORIGIN,
    trustProxy: e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
  };
}
