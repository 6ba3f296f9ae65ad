import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../../support/test-app.js';

export { DEMO_PASSWORD } from '../../../server/src/accounts/seed.js';

const repoDir = fileURLToPath(new URL('../../../', import.meta.url));
export const CLIENT_DIR = `${repoDir}dist/client`;

/** Demo accounts seeded in every test database (password DEMO_PASSWORD). */
export const DEMO = {
  consumer: '13800000001',
  consumer2: '13800000002',
  mediator: 'mediator@lugang.example',
  mediator2: 'mediator2@lugang.example',
  officer: 'officer@lugang.example',
  admin: 'admin@lugang.example',
} as const;

/**
 * Builds the PWA once if `dist/client` has none (`npm run test:e2e` builds it first anyway).
 * A stale build is not detected: rebuild after changing client code.
 */
export function ensureClientBuilt(): string {
  if (!existsSync(`${CLIENT_DIR}/index.html`)) {
    execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], { cwd: repoDir, stdio: 'inherit' });
  }
  return CLIENT_DIR;
}

/** The real server app with the built PWA, on 127.0.0.1, over the run's database. */
export async function startServer(
  options: Omit<Parameters<typeof startTestApp>[0] & object, 'clientDir'> = {},
): Promise<TestApp> {
  return startTestApp({ ...options, clientDir: ensureClientBuilt() });
}
