// Builds the embedded FerretDB binary (server/ferretdb) into .cache/ with `go build`.
// Skipped when MONGODB_URI is set at install time or the binary is newer than its sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'server', 'ferretdb');
const outDir = join(root, '.cache', 'bin');
const binary = join(outDir, 'ferretdb');

function newestSourceTime() {
  return Math.max(...readdirSync(sourceDir).map((name) => statSync(join(sourceDir, name)).mtimeMs));
}

function goVersion() {
  const result = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const match = /go(\d+)\.(\d+)/.exec(result.stdout);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

if (existsSync(binary) && statSync(binary).mtimeMs >= newestSourceTime()) {
  console.log(`[ferretdb] up to date: ${binary}`);
  process.exit(0);
}

const version = goVersion();
if (!version || version.major < 1 || (version.major === 1 && version.minor < 24)) {
  const message =
    '[ferretdb] Go >= 1.24 is needed to build the embedded database (FerretDB). ' +
    'Install Go (https://go.dev/dl/ or `apt-get install golang`), or set MONGODB_URI to use a MongoDB server instead.';
  if (process.env.MONGODB_URI) {
    console.warn(message + ' MONGODB_URI is set, so the build is skipped.');
    process.exit(0);
  }
  console.error(message);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
console.log(`[ferretdb] building FerretDB 1.24.2 with go build into ${binary} (about 60 s on a cold module cache)`);
const started = Date.now();
execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: sourceDir, stdio: 'inherit' });
console.log(`[ferretdb] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
