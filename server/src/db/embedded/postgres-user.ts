import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { userInfo } from 'node:os';

/** Who PostgreSQL runs as. As root it must be another user: PostgreSQL refuses to run as root. */
export type PgIdentity = { uid: number; gid: number; isRoot: boolean };

export function postgresIdentity(): PgIdentity {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid, isRoot: false };
  ensurePostgresUser();
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid, isRoot: true };
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist without the user
    }
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { stdio: 'inherit' });
  }
}

/** Can `who` traverse every directory on the way to `path` (the nearest existing one)? */
export function canReach(path: string, who: PgIdentity): boolean {
  if (!who.isRoot) return true;
  let dir = path;
  while (!existsSync(dir)) dir = dirname(dir);
  const { root } = parse(dir);
  for (;;) {
    const st = statSync(dir);
    const bits = st.uid === who.uid ? 0o100 : st.gid === who.gid ? 0o010 : 0o001;
    if ((st.mode & bits) === 0) return false;
    if (dir === root) return true;
    dir = dirname(dir);
  }
}

/**
 * The PostgreSQL binaries shipped inside node_modules may sit under a directory the postgres
 * user cannot enter (a clone under /root, mode 700). Then copy them once to a cache it can reach.
 */
export function reachableBinaries(
  nativeDir: string,
  version: string,
  who: PgIdentity,
  warn: (msg: string) => void,
): string {
  if (canReach(join(nativeDir, 'bin'), who)) return nativeDir;
  const cacheDir = join('/var/cache/lugang', `postgres-${version}`);
  const marker = join(cacheDir, '.complete');
  if (!existsSync(marker)) {
    warn(`PostgreSQL binaries under ${nativeDir} are not reachable by the postgres user; copying them to ${cacheDir}`);
    mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
    cpSync(nativeDir, cacheDir, { recursive: true, verbatimSymlinks: true });
    writeFileSync(marker, new Date().toISOString());
  }
  return cacheDir;
}
