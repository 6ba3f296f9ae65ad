import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mongoose, { type Connection } from 'mongoose';
import { freePort } from '../../../server/src/db/embedded/wait.js';

/** Runs the real server (`npm start`'s command) as a child process on its own DATA_DIR and port. */

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export type Exit = { code: number | null; signal: NodeJS.Signals | null };
export type LogLine = { level: number; msg: string; [key: string]: unknown };

export type ServerRun = {
  child: ChildProcess;
  pid: number;
  dataDir: string;
  port: number;
  baseUrl: string;
  /** stdout and stderr so far. */
  output(): string;
  /** The JSON log lines so far. */
  logs(): LogLine[];
  exited: Promise<Exit>;
  isRunning(): boolean;
  /** Milliseconds from spawn to the first 200 from /api/health (set by `waitReady`). */
  readyMs?: number;
  /** SIGTERM, then the exit. */
  stop(timeoutMs?: number): Promise<Exit>;
};

const runs = new Set<ServerRun>();
const dirs = new Set<string>();

/** A fresh DATA_DIR (`<tmp>/lugang-life-XXXX/data`); the parent is 755 so the postgres user can reach it. */
export function makeDataDir(mode = 0o755): { root: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'lugang-life-'));
  chmodSync(root, mode);
  dirs.add(root);
  return { root, dataDir: join(root, 'data') };
}

export function ferretSocket(dataDir: string): string {
  return join(dataDir, 'run', 'ferretdb.sock');
}

/** Where PostgreSQL keeps its files when the postgres user cannot reach DATA_DIR (server/src/db/embedded/postgres.ts). */
export function relocatedPgDir(dataDir: string): string {
  return join('/var/lib/lugang', createHash('sha256').update(dataDir).digest('hex').slice(0, 12), 'pg');
}

export function spawnServer(dataDir: string, options: { port?: number; logLevel?: string } = {}): Promise<ServerRun> {
  return (async () => {
    const port = options.port ?? (await freePort());
    const { MONGODB_URI: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...inherited,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LUGANG_SKIP_CLIENT_BUILD: '1',
        LOG_LEVEL: options.logLevel ?? 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    let running = true;
    const exited = new Promise<Exit>((done) =>
      child.once('exit', (code, signal) => {
        running = false;
        done({ code, signal });
      }),
    );
    const run: ServerRun = {
      child,
      pid: child.pid!,
      dataDir,
      port,
      baseUrl: `http://127.0.0.1:${port}`,
      output: () => out,
      logs: () =>
        out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .flatMap((l) => {
            try {
              return [JSON.parse(l) as LogLine];
            } catch {
              return [];
            }
          }),
      exited,
      isRunning: () => running,
      async stop(timeoutMs = 30_000) {
        if (running) child.kill('SIGTERM');
        return withTimeout(exited, timeoutMs, `server pid ${child.pid} to exit after SIGTERM`, () => out);
      },
    };
    runs.add(run);
    return run;
  })();
}

/** Polls GET /api/health until 200; fails at once if the process exits. */
export async function waitReady(run: ServerRun, timeoutMs = 90_000): Promise<ServerRun> {
  const started = Date.now();
  for (;;) {
    if (!run.isRunning()) {
      const { code, signal } = await run.exited;
      throw new Error(`server exited before it was ready (code ${code}, signal ${signal}):\n${run.output()}`);
    }
    try {
      const res = await fetch(`${run.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        run.readyMs = Date.now() - started;
        return run;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`server not ready after ${timeoutMs} ms:\n${run.output()}`);
    await sleep(100);
  }
}

export async function startServer(dataDir: string, options: { logLevel?: string } = {}): Promise<ServerRun> {
  return waitReady(await spawnServer(dataDir, options));
}

/** The server's own "ready" timing (ms since its module started), from the log. */
export function loggedStartMs(run: ServerRun): number | undefined {
  return run.logs().find((l) => l.msg === 'Lugang is ready')?.ms as number | undefined;
}

export type ProcInfo = { pid: number; cmd: string; cwd: string };

/**
 * Live processes (zombies excluded) whose command line mentions one of `paths` or whose working
 * directory is inside one: the postmaster (`-D <dir>`), FerretDB (`-unix <socket>`), and the
 * PostgreSQL backends (they run with the data dir as working directory).
 */
export function processesUsing(paths: string[]): ProcInfo[] {
  const found: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    let cmd: string;
    let stat: string;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    if (stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z') continue;
    let cwd = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      // not ours to read
    }
    if (paths.some((p) => cmd.includes(p) || cwd === p || cwd.startsWith(p + '/'))) found.push({ pid, cmd, cwd });
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The pid in the first line of PostgreSQL's postmaster.pid, if the file is there. */
export function postmasterPid(pgDir: string): number | undefined {
  const file = join(pgDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

export function ferretPid(dataDir: string): number | undefined {
  return processesUsing([ferretSocket(dataDir)]).find((p) => p.cmd.includes('ferretdb'))?.pid;
}

/** Connects the test directly to the embedded engine's private socket (as root, or as the server's user). */
export async function connectToSocket(dataDir: string): Promise<Connection> {
  const uri = `mongodb://${encodeURIComponent(ferretSocket(dataDir))}/lugang`;
  return mongoose.createConnection(uri, { maxPoolSize: 1, serverSelectionTimeoutMS: 10_000 }).asPromise();
}

export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
  return Date.now() - started;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number, what: string, context: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}:\n${context()}`)), ms);
    }),
  ]);
}

/** Kills every server this file started and every process still using their dirs; removes the dirs. */
export async function cleanUp(extraPaths: string[] = []): Promise<ProcInfo[]> {
  for (const run of runs) if (run.isRunning()) run.child.kill('SIGKILL');
  await Promise.all([...runs].map((r) => r.exited));
  runs.clear();
  const paths = [...dirs, ...extraPaths];
  const survivors = paths.length ? processesUsing(paths) : [];
  for (const p of survivors) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (survivors.length)
    await waitUntil(() => processesUsing(paths).length === 0, 10_000, 'killed survivors to go').catch(() => 0);
  for (const d of paths) rmSync(d, { recursive: true, force: true });
  dirs.clear();
  return survivors;
}
