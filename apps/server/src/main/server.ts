import { chmodSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { createPool } from '../platform/db/db.ts';
import { migrate } from '../platform/db/migrate.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded.ts';
import { generatePassword } from '../platform/auth/password.ts';
import { seedDemo } from '../seed/seed.ts';
import { DEMO_ACCOUNTS } from '../seed/demo.seed.ts';

const args = new Set(process.argv.slice(2));
const config = loadConfig();
const log = (m: string) => process.stdout.write(`${m}\n`);

/** The demo password: from LANTOA_DEMO_PASSWORD, or made once and kept beside the data. */
function demoPassword(): string {
  if (config.demoPassword) return config.demoPassword;
  const file = path.join(config.dataDir, 'demo-password.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const pw = generatePassword();
  writeFileSync(file, `${pw}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return pw;
}

async function main() {
  let pg: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`Khởi động PostgreSQL nhúng (dữ liệu: ${path.join(config.dataDir, 'pg')}) …`);
    pg = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), port: config.pgPort });
    await ensureDatabase(pg, 'lantoa');
    url = pg.url('lantoa');
  }
  const db = createPool(url);
  const { applied } = await migrate(db);
  if (applied.length) log(`Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`);

  const withDemo = !config.databaseUrl || args.has('--demo');
  let password: string | null = null;
  if (withDemo) {
    password = demoPassword();
    const seeded = await seedDemo(db, password);
    if (seeded.unitsInserted) log('Đã nạp dữ liệu mẫu Đà Nẵng (đơn vị hành chính, cơ quan, Đề án 2780).');
  }

  const app = await buildApp({ config, db, worker: config.worker === 'inline' });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;

  log('');
  log('Lan Tỏa đã sẵn sàng');
  log(`  Cổng thông tin công khai:  ${base}/`);
  log(`  Trang quản trị:            ${base}/admin/`);
  log(`  API:                       ${base}/api/v1   (tài liệu: ${base}/api/docs)`);
  if (withDemo && password) {
    log('');
    log(`Tài khoản demo (mật khẩu chung: ${password}${config.demoPassword ? ', từ LANTOA_DEMO_PASSWORD' : `, lưu tại ${path.join(config.dataDir, 'demo-password.txt')}`}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(18)} ${a.description}`);
  }
  log('');
  log('Nhấn Ctrl-C để dừng.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\nĐang dừng (${signal}) …`);
    await app.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    if (pg) await pg.stop().catch(() => undefined);
    log('Đã dừng.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`\nKhông khởi động được Lan Tỏa: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && err.stack && config.logLevel === 'debug') process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
