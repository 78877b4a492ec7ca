import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env. Fails fast and names every bad key. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  LANTOA_DATA_DIR: z.string().default('./data'),
  LANTOA_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  LANTOA_DEMO_PASSWORD: z.string().min(8).optional(),
  LANTOA_PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  LANTOA_STORAGE_DIR: z.string().optional(),
  /** inline: the worker runs inside the server process; off: run `npm run worker` separately. */
  LANTOA_WORKER: z.enum(['inline', 'off']).default('inline'),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Lan Tỏa <no-reply@lantoa.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest file accepted by an upload, in MB. */
  LANTOA_UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(10),
  /** Exports up to this many rows download at once; larger ones run as a background job. */
  LANTOA_EXPORT_DIRECT_MAX_ROWS: z.coerce.number().int().min(0).default(5_000),
  /** Imports up to this many rows are checked and applied within the request; larger ones run as a job. */
  LANTOA_IMPORT_DIRECT_MAX_ROWS: z.coerce.number().int().min(0).default(2_000),
  /** A press channel's RSS/Atom feed: longest wait for an answer (seconds) and largest body (MB). */
  LANTOA_FEED_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(20),
  LANTOA_FEED_MAX_MB: z.coerce.number().positive().max(100).default(5),
  /** A job marked running without progress for this long when a worker starts was cut off by a crash: it runs again. */
  LANTOA_JOB_STALE_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Work asked of a browser before a public form is accepted: leading zero bits of a SHA-256. */
  LANTOA_POW_BITS: z.coerce.number().int().min(1).max(24).default(16),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  pgPort: number;
  demoPassword: string | undefined;
  publicUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  storageDir: string;
  worker: 'inline' | 'off';
  smtpUrl: string | undefined;
  smtpFrom: string;
  uploadMaxBytes: number;
  exportDirectMaxRows: number;
  importDirectMaxRows: number;
  feedTimeoutMs: number;
  feedMaxBytes: number;
  jobStaleSeconds: number;
  powBits: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (`DATABASE_URL= npm start`).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.LANTOA_DATA_DIR),
    pgPort: e.LANTOA_PG_PORT,
    demoPassword: e.LANTOA_DEMO_PASSWORD,
    publicUrl: e.LANTOA_PUBLIC_URL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    logLevel: e.LOG_LEVEL,
    storageDir: path.resolve(e.LANTOA_STORAGE_DIR ?? path.join(e.LANTOA_DATA_DIR, 'files')),
    worker: e.LANTOA_WORKER,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    uploadMaxBytes: Math.round(e.LANTOA_UPLOAD_MAX_MB * 1024 * 1024),
    exportDirectMaxRows: e.LANTOA_EXPORT_DIRECT_MAX_ROWS,
    importDirectMaxRows: e.LANTOA_IMPORT_DIRECT_MAX_ROWS,
    feedTimeoutMs: Math.round(e.LANTOA_FEED_TIMEOUT_SECONDS * 1000),
    feedMaxBytes: Math.round(e.LANTOA_FEED_MAX_MB * 1024 * 1024),
    jobStaleSeconds: e.LANTOA_JOB_STALE_SECONDS,
    powBits: e.LANTOA_POW_BITS,
  };
}
