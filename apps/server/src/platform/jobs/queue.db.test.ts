import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { createTestDb } from '../../../test/db.ts';
import type { Db } from '../db/db.ts';
import { LocalBlobStore } from '../storage/storage.ts';
import { defineJob, JobRegistry } from './jobs.ts';
import { JobQueue, waitForJob } from './queue.ts';

const attemptsSeen = new Map<string, number>();

const flaky = defineJob({
  kind: 'test.flaky',
  title: 'Thử: lỗi lần đầu',
  payload: z.object({ key: z.string(), failTimes: z.number().int() }),
  attempts: 3,
  run: async (ctx, p) => {
    const n = (attemptsSeen.get(p.key) ?? 0) + 1;
    attemptsSeen.set(p.key, n);
    await ctx.progress(50, `Lần ${n}`);
    if (n <= p.failTimes) throw new Error(`Lỗi lần ${n}`);
    await ctx.progress(100, 'Xong');
    return { attempts: n };
  },
});

let db: Db;
let drop: () => Promise<void>;
let queue: JobQueue;
let dir: string;
beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  dir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-q-'));
  const registry = new JobRegistry();
  registry.register(flaky);
  queue = new JobQueue(db, loadConfig({ NODE_ENV: 'test' }), registry, new LocalBlobStore(dir), { worker: true });
  await queue.startWorker();
});
afterAll(async () => {
  await queue?.stop();
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('job queue', () => {
  it('retries a failing job with back-off until it succeeds, keeping the last progress', async () => {
    const id = await queue.enqueue('test.flaky', { key: 'a', failTimes: 1 }, { actorId: null });
    const row = await waitForJob(db, id, 60_000);
    expect(row).toMatchObject({ status: 'succeeded', progress: 100, attempts: 2, result: { attempts: 2 }, message: 'Xong' });
  }, 70_000);

  it('fails for good after the last attempt, with the error, and runs again on retry', async () => {
    const id = await queue.enqueue('test.flaky', { key: 'b', failTimes: 3 }, { actorId: null });
    const failed = await waitForJob(db, id, 60_000);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, error: 'Lỗi lần 3' });
    await queue.retry(id);
    const ok = await waitForJob(db, id, 30_000);
    expect(ok).toMatchObject({ status: 'succeeded', result: { attempts: 4 } });
  }, 100_000);

  it('refuses an invalid payload on enqueue and changes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM job');
    await expect(queue.enqueue('test.flaky', { key: 1 }, { actorId: null })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await db.query('SELECT count(*)::int AS n FROM job')).rows[0].n).toBe(before.rows[0].n);
  });

  it('enqueues once per idempotency key', async () => {
    const a = await queue.enqueue('test.flaky', { key: 'c', failTimes: 0 }, { actorId: null, idempotencyKey: 'same' });
    const b = await queue.enqueue('test.flaky', { key: 'c', failTimes: 0 }, { actorId: null, idempotencyKey: 'same' });
    expect(b).toBe(a);
    await waitForJob(db, a);
    expect(attemptsSeen.get('c')).toBe(1);
  });

  it('cancels a queued job before it runs', async () => {
    await queue.stop();
    const id = await queue.enqueue('test.flaky', { key: 'd', failTimes: 0 }, { actorId: null });
    await queue.cancel(id);
    await queue.startWorker();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await db.query('SELECT status FROM job WHERE id = $1', [id])).rows[0].status).toBe('cancelled');
    expect(attemptsSeen.has('d')).toBe(false);
  });
});
