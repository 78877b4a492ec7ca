import path from 'node:path';
import { loadConfig } from '../config.ts';
import { buildPlatform } from '../app.ts';
import { SCHEDULES } from '../jobs.ts';
import { createPool } from '../platform/db/db.ts';
import { migrate } from '../platform/db/migrate.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded.ts';

/**
 * `npm run worker`: works the job queue in its own process (start the server with
 * LANTOA_WORKER=off then). With the embedded database it connects to the server's PostgreSQL when
 * that is running, and starts it otherwise.
 */
const config = loadConfig();
const log = (m: string) => process.stdout.write(`${m}\n`);

async function main() {
  let pg: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    pg = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), port: config.pgPort, reuseRunning: true });
    await ensureDatabase(pg, 'lantoa');
    url = pg.url('lantoa');
  }
  const db = createPool(url, 4);
  await migrate(db);
  const { jobs } = buildPlatform(config, db, true);
  await jobs.startWorker(SCHEDULES);
  log(`Tiến trình xử lý công việc nền đang chạy (${jobs.registryKinds.length} loại công việc). Nhấn Ctrl-C để dừng.`);
  const stop = async () => {
    await jobs.stop().catch(() => undefined);
    await db.end().catch(() => undefined);
    if (pg) await pg.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`Không khởi động được tiến trình công việc nền: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
