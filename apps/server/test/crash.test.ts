import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, unitId } from './db.ts';
import { Client } from './http.ts';
import { freePort } from './global-setup.ts';
import { uploadAs } from './transfer.ts';
import type { Db } from '../src/platform/db/db.ts';

/**
 * The real server as its own process, killed with SIGKILL in the middle of an import, of workflow
 * transitions and of a document job, then started again on the same database: no partial state,
 * and the cut-off job runs again to its end. (The embedded PostgreSQL's own recovery after a kill
 * is in embedded-recovery.test.ts.)
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.resolve(here, '../src/main/server.ts');

let db: Db;
let url: string;
let drop: () => Promise<void>;
let storage: string;
let port: number;
let proc: ChildProcess | null = null;

async function startServer(): Promise<Client> {
  proc = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
      LANTOA_STORAGE_DIR: storage,
      LANTOA_WORKER: 'inline',
      LANTOA_JOB_STALE_SECONDS: '1',
      // Imports of more than 50 rows are applied by a job: the job is what gets killed.
      LANTOA_IMPORT_DIRECT_MAX_ROWS: '50',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    proc!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('sẵn sàng')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc!.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    proc!.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return new Client(`http://127.0.0.1:${port}`);
}

async function kill(): Promise<void> {
  const p = proc;
  if (!p || p.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    p.once('exit', () => resolve());
    p.kill('SIGKILL');
  });
  proc = null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const one = async <T = any>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

beforeAll(async () => {
  ({ db, url, drop } = await createTestDb());
  storage = mkdtempSync(path.join(os.tmpdir(), 'lantoa-crash-'));
  port = await freePort();
}, 60_000);
afterEach(async () => kill());
afterAll(async () => {
  await kill();
  await drop?.();
  rmSync(storage, { recursive: true, force: true });
});

describe('SIGKILL in the middle of work', () => {
  it('an import applied by a job: after the restart the job runs again and the file is applied whole, once', async () => {
    const pm = await (await startServer()).login('thuongtruc');
    const ward = await unitId(db, 'gso2025:20242');
    const rows = Array.from({ length: 1500 }, (_, i) => `CR-${String(i).padStart(4, '0')},Tổ thử khôi phục số ${i},,Tổ công nghệ số cộng đồng`);
    const file = `\ufeffMã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị\r\n${rows.join('\r\n')}\r\n`;
    const preview = await uploadAs(pm, '/api/v1/imports/org-units/preview', { name: 'to-cnscd.csv', data: file }, { parentId: ward, effectiveDate: '2025-10-01' });
    expect(preview.status, JSON.stringify(preview.body).slice(0, 300)).toBeLessThan(300);
    const importId: string = preview.body.id;
    await waitFor('the check', async () => (await one(`SELECT status FROM import_run WHERE id = $1`, [importId])).status === 'ready');
    const commit = await pm.post(`/api/v1/imports/${importId}/commit`);
    expect(commit.status).toBe(202);
    await waitFor('the job to run', async () => (await one(`SELECT j.status FROM job j JOIN import_run r ON r.job_id = j.id WHERE r.id = $1`, [importId]))?.status === 'running', 20_000);
    await kill();
    // All or nothing: the import commits in one transaction.
    const mid = await one<{ n: number }>(`SELECT count(*)::int AS n FROM org_unit_version WHERE name LIKE 'Tổ thử khôi phục số %'`);
    expect([0, 1500]).toContain(mid.n);
    await startServer();
    const done = await waitFor('the import to finish', async () => {
      const r = await one<{ status: string }>(`SELECT status FROM import_run WHERE id = $1`, [importId]);
      return ['applied', 'failed'].includes(r.status) ? r.status : null;
    }, 60_000).catch(async (e: Error) => {
      const state = await db.query(`SELECT r.status, j.status AS job, j.message, j.updated_at FROM import_run r JOIN job j ON j.id = r.job_id WHERE r.id = $1`, [importId]);
      const boss = await db.query(`SELECT state, retry_count, output FROM pgboss.job WHERE data->>'jobId' = (SELECT job_id::text FROM import_run WHERE id = $1)`, [importId]);
      throw new Error(`${e.message}: ${JSON.stringify(state.rows)} ${JSON.stringify(boss.rows)}`);
    });
    const state = await db.query(`SELECT r.status, r.error_count, j.status AS job, j.attempts, j.message FROM import_run r JOIN job j ON j.id = r.job_id WHERE r.id = $1`, [importId]);
    expect(done, JSON.stringify(state.rows)).toBe('applied');
    const units = await one<{ n: number }>(`SELECT count(*)::int AS n FROM org_unit_version v WHERE v.name LIKE 'Tổ thử khôi phục số %'`);
    expect(units.n).toBe(1500);
    await kill();
  }, 180_000);

  it('parallel workflow transitions: every object’s state matches its last recorded transition', async () => {
    const c = await startServer();
    const admin = await c.login('admin');
    const { rows: wards } = await db.query<{ id: string }>(`SELECT id FROM org_unit WHERE external_key LIKE 'gso2025:%' ORDER BY external_key LIMIT 12`);
    const drafts: { id: string; lockVersion: number }[] = [];
    for (const w of wards) {
      const res = await admin.post('/api/v1/plans', {
        title: 'Kế hoạch truyền thông CĐS năm 2027',
        summary: null,
        activities: [{ taskAreaNumber: 1, title: 'Hội nghị', description: null, audiences: ['officials'], channels: ['conference'], periodStart: null, periodEnd: null, responsibleUnitId: null, coordinatingUnitIds: [], outputQuantity: null, outputUnit: null, linkedProgrammes: [] }],
        budgetLines: [],
        unitId: w.id,
        year: 2027,
      });
      if (res.status === 201) drafts.push(res.body);
    }
    expect(drafts.length).toBeGreaterThan(3);
    // Fire every available transition at once and cut the server off while they run.
    const inFlight = drafts.map((p) => admin.post(`/api/v1/plans/${p.id}/transition`, { action: 'submit', lockVersion: p.lockVersion }).catch(() => null));
    await sleep(30);
    await kill();
    await Promise.all(inFlight);
    await startServer();
    const bad = await db.query(
      `SELECT p.id, p.status, (SELECT to_state FROM workflow_event e WHERE e.entity_id = p.id ORDER BY e.id DESC LIMIT 1) AS last
         FROM comm_plan p
        WHERE EXISTS (SELECT 1 FROM workflow_event e WHERE e.entity_id = p.id)
          AND p.status <> (SELECT to_state FROM workflow_event e WHERE e.entity_id = p.id ORDER BY e.id DESC LIMIT 1)`,
    );
    expect(bad.rows).toEqual([]);
    const orphans = await db.query(
      `SELECT e.id FROM workflow_event e WHERE e.entity_type = 'plan' AND e.action = 'submit'
          AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = e.entity_id::text AND a.at >= e.at - interval '1 second')`,
    );
    expect(orphans.rows).toEqual([]);
    await kill();
  }, 120_000);

  it('a document job: after the restart it runs again to its end and its files download', async () => {
    const admin = await (await startServer()).login('admin');
    const res = await admin.post('/api/v1/programme-reports/2025/render');
    expect(res.status).toBe(202);
    const jobId: string = res.body.jobId ?? res.body.id;
    await waitFor('the job to start', async () => ['running', 'succeeded'].includes((await one(`SELECT status FROM job WHERE id = $1`, [jobId])).status), 20_000);
    await kill();
    const client = await startServer();
    const status = await waitFor('the job to end', async () => {
      const r = await one<{ status: string }>(`SELECT status FROM job WHERE id = $1`, [jobId]);
      return ['succeeded', 'failed'].includes(r.status) ? r.status : null;
    }, 60_000);
    expect(status).toBe('succeeded');
    const again = await client.login('admin');
    const job = await again.get(`/api/v1/jobs/${jobId}`);
    expect(job.status).toBe(200);
    expect(job.body.status).toBe('succeeded');
    await kill();
  }, 180_000);
});
