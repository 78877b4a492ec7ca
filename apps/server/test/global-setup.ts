import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, makeTempDataDir, startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { createPool } from '../src/platform/db/db.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { TEMPLATE_DB, TEST_PASSWORD } from './constants.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One embedded PostgreSQL for the whole run, under the system temp folder (the postgres OS user
 * must reach it). A template database holds the migrated schema and the Đà Nẵng demo data; each
 * test file clones it, which takes a fraction of a second.
 */
export default async function setup(project: TestProject) {
  const dir = makeTempDataDir('lantoa-test-');
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  await ensureDatabase(server, TEMPLATE_DB);
  const db = createPool(server.url(TEMPLATE_DB), 2);
  await migrate(db);
  await seedDemo(db, TEST_PASSWORD);
  await db.end();
  project.provide('pgAdminUrl', server.url('postgres'));
  return async () => {
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect().catch(() => undefined);
    await admin.end().catch(() => undefined);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
