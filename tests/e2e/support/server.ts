import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../../support/test-app.js';

export { DEMO_PASSWORD } from '../../../server/src/accounts/seed.js';

const repoDir = fileURLToPath(new URL('../../../', import.meta.url));
/** The built PWA under test; E2E_CLIENT_DIR points at another build (e.g. one made while dist/client is in use). */
export const CLIENT_DIR = process.env.E2E_CLIENT_DIR ?? `${repoDir}dist/client`;

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

/**
 * A private copy of the built PWA, for a file whose journeys run long: another run may rebuild
 * dist/client (emptying it first) meanwhile, and a chunk that vanishes mid-test fails a page at
 * random. A copy is taken only when every file the service worker precaches is there, i.e. not
 * in the middle of a build. Remove it with `rmSync(copy, { recursive: true, force: true })`.
 */
export async function snapshotClient(): Promise<string> {
  const built = ensureClientBuilt();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const copy = mkdtempSync(join(tmpdir(), 'lugang-client-'));
    try {
      cpSync(built, copy, { recursive: true });
      const manifest = [...readFileSync(join(copy, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      if (manifest.length > 0 && manifest.every((file) => existsSync(join(copy, file)))) return copy;
    } catch {
      // A build was replacing the files meanwhile.
    }
    rmSync(copy, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('dist/client stayed incomplete: is a build failing?');
}
