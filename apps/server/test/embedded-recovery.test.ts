import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDataDir, startEmbeddedPostgres, type EmbeddedServer } from '../src/platform/db/embedded.ts';
import { freePort } from './global-setup.ts';

/**
 * The embedded PostgreSQL killed outright (SIGKILL of the postmaster, as in a power cut): the next
 * start stops what is left of it, replays the write-ahead log, and keeps exactly the committed data.
 */

const dir = makeTempDataDir('lantoa-recovery-');
let server: EmbeddedServer | null = null;
afterAll(async () => {
  await server?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('embedded PostgreSQL after SIGKILL', () => {
  it('starts again and keeps the committed rows, not the uncommitted ones', async () => {
    const dataDir = path.join(dir, 'pg');
    const port = await freePort();
    server = await startEmbeddedPostgres({ dataDir, port });
    const a = new pg.Client({ connectionString: server.url('postgres') });
    await a.connect();
    await a.query('CREATE TABLE ledger (id int PRIMARY KEY, note text)');
    await a.query(`INSERT INTO ledger SELECT g, 'đã ghi ' || g FROM generate_series(1, 5000) g`);
    const b = new pg.Client({ connectionString: server.url('postgres') });
    await b.connect();
    b.on('error', () => undefined);
    a.on('error', () => undefined);
    await b.query('BEGIN');
    await b.query(`INSERT INTO ledger SELECT g, 'chưa ghi' FROM generate_series(5001, 9000) g`);
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await sleep(300);
    await a.end().catch(() => undefined);
    await b.end().catch(() => undefined);

    server = await startEmbeddedPostgres({ dataDir, port });
    const c = new pg.Client({ connectionString: server.url('postgres') });
    await c.connect();
    const { rows } = await c.query<{ n: number; max: number }>('SELECT count(*)::int AS n, max(id) AS max FROM ledger');
    expect(rows[0]).toEqual({ n: 5000, max: 5000 });
    await c.query(`INSERT INTO ledger VALUES (5001, 'sau khi khởi động lại')`);
    await c.end();
    await server.stop();
    server = null;
  }, 120_000);
});
