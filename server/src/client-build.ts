import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const clientDist = join(repoRoot, 'dist', 'client');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** `npm start` builds the PWA when dist/ is missing or older than its sources. */
export function ensureClientBuilt(logger: Logger): void {
  const built = join(clientDist, 'index.html');
  const sources = Math.max(newestMtime(join(repoRoot, 'client')), newestMtime(join(repoRoot, 'shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  logger.info('building the client (dist/client is missing or stale)…');
  const started = Date.now();
  const result = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('The client build failed; see the output above.');
  logger.info({ ms: Date.now() - started }, 'client built');
}
