import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createPool } from '../platform/db/db.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded.ts';
import { backupTo, restoreFrom } from '../platform/db/backup.ts';

/**
 * npm run backup [-- <folder>]    the database (embedded, or DATABASE_URL) and the stored files into a new folder
 * npm run restore -- <folder>     a backup into a new, empty database and file store
 */
const log = (m: string) => process.stdout.write(`${m}\n`);

async function main() {
  const command = process.argv[2];
  const target = process.argv[3];
  if (command !== 'backup' && command !== 'restore') throw new Error('Dùng: backup [thư mục] | restore <thư mục>');
  if (command === 'restore' && !target) throw new Error('Hãy cho biết thư mục sao lưu: npm run restore -- <thư mục>');
  const config = loadConfig();
  let pg: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    // Beside a running server the embedded PostgreSQL is already up: use it, leave it running.
    pg = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), port: config.pgPort, reuseRunning: true });
    await ensureDatabase(pg, 'lantoa');
    url = pg.url('lantoa');
  }
  const db = createPool(url, 2);
  try {
    if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const dir = path.resolve(target ?? path.join('backups', `lantoa-${stamp}`));
      log(`Sao lưu vào ${dir} …`);
      const m = await backupTo(db, dir, config.storageDir, log);
      log(`Đã sao lưu ${m.tables.length} bảng, ${m.tables.reduce((n, t) => n + t.rows, 0)} dòng, và các tệp.`);
    } else {
      const dir = path.resolve(target!);
      log(`Khôi phục từ ${dir} …`);
      const m = await restoreFrom(db, dir, config.storageDir, log);
      log(`Đã khôi phục ${m.tables.length} bảng (bản sao lưu lúc ${m.createdAt}).`);
    }
  } finally {
    await db.end();
    if (pg) await pg.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
