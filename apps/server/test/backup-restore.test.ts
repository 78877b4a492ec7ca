import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../src/platform/db/db.ts';
import { makeTempDataDir, startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { startTestServer, type TestServer } from './http.ts';
import { databaseChecksum, diffChecksums } from './checksum.ts';
import { freePort } from './global-setup.ts';
import { uploadAs } from './transfer.ts';

/**
 * `npm run backup` of a database in use, `npm run restore` into a fresh data directory (a new
 * embedded PostgreSQL), then every table compared: row count and a hash of all its rows.
 */

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const CLI = path.resolve(here, '../src/main/backup.ts');

let s: TestServer;
const dir = makeTempDataDir('lantoa-backup-');
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table and every stored file into a fresh data directory', async () => {
    const editor = await s.as('bientap.haichau');
    const up = await uploadAs(editor, '/api/v1/files', { name: 'Biên bản họp.pdf', data: '%PDF-1.4\n%%EOF\n' });
    expect(up.status).toBe(201);
    const url = (s.db as unknown as { options: { connectionString: string } }).options.connectionString;
    const backup = path.join(dir, 'sao-luu');
    const env = { ...process.env, LOG_LEVEL: 'silent' };
    await run(process.execPath, ['--import', 'tsx', CLI, 'backup', backup], { cwd: root, env: { ...env, DATABASE_URL: url, LANTOA_STORAGE_DIR: s.config.storageDir } });
    expect(existsSync(path.join(backup, 'manifest.json'))).toBe(true);

    const fresh = path.join(dir, 'moi');
    const pgPort = await freePort();
    const restore = await run(process.execPath, ['--import', 'tsx', CLI, 'restore', backup], { cwd: root, env: { ...env, DATABASE_URL: '', LANTOA_DATA_DIR: fresh, LANTOA_PG_PORT: String(pgPort) } });
    expect(restore.stdout).toMatch(/Đã khôi phục \d+ bảng/);

    const server = await startEmbeddedPostgres({ dataDir: path.join(fresh, 'pg'), port: pgPort });
    const restored = createPool(server.url('lantoa'), 2);
    try {
      const a = await databaseChecksum(s.db, { includeVolatile: true });
      const b = await databaseChecksum(restored, { includeVolatile: true });
      for (const k of [...a.keys()]) if (k.startsWith('pgboss.')) a.delete(k);
      expect([...b.keys()].length).toBeGreaterThan(40);
      expect(diffChecksums(a, b)).toEqual([]);
      const sha = (await restored.query<{ sha256: string }>('SELECT sha256 FROM stored_file ORDER BY created_at DESC LIMIT 1')).rows[0]!.sha256;
      expect(existsSync(path.join(fresh, 'files', sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(true);
      // A second restore into the same, now filled, database is refused and changes nothing.
      await expect(run(process.execPath, ['--import', 'tsx', CLI, 'restore', backup], { cwd: root, env: { ...env, DATABASE_URL: server.url('lantoa') } })).rejects.toThrow(/đã có dữ liệu/);
    } finally {
      await restored.end();
      await server.stop();
    }
  }, 180_000);
});
