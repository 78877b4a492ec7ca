import PgBoss from 'pg-boss';
import type { Config } from '../../config.ts';
import type { Db, Queryable } from '../db/db.ts';
import type { BlobStore } from '../storage/storage.ts';
import { AppError } from '../errors.ts';
import type { JobContext, JobRegistry } from './jobs.ts';
import * as repo from './jobs.repository.ts';
import { Notifier } from '../notifications/notifier.ts';

type BossJobData = { jobId: string };

export type EnqueueOptions = {
  actorId: string | null;
  /** Enqueueing twice with the same key gives the same job (safe retries of the request). */
  idempotencyKey?: string;
};

/**
 * The job queue: our `job` table holds what people see (status, progress, result, error);
 * pg-boss delivers the work with retries and exponential back-off. Both are written in the same
 * transaction, so a job is never visible without being queued, nor queued without its row.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;
  private working = false;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly registry: JobRegistry,
    private readonly blobs: BlobStore,
    opts: { worker: boolean },
  ) {
    const connectionString = (db as unknown as { options: { connectionString: string } }).options.connectionString;
    this.boss = new PgBoss({
      connectionString,
      schema: 'pgboss',
      max: 3,
      application_name: 'lantoa-jobs',
      // Maintenance and cron run only in a process that works the queue.
      supervise: opts.worker,
      schedule: opts.worker,
    });
    this.boss.on('error', () => undefined);
  }

  get registryKinds() {
    return this.registry.all().map((d) => ({ kind: d.kind, title: d.title }));
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    for (const def of this.registry.all()) {
      const attempts = def.attempts ?? 3;
      await this.boss.createQueue(def.kind, { name: def.kind, retryLimit: attempts - 1, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 * 60 });
    }
    this.started = true;
  }

  /** Starts working every registered queue in this process, and the scheduled tasks. */
  async startWorker(schedules: { kind: string; cron: string }[] = []): Promise<void> {
    await this.start();
    if (this.working) return;
    this.working = true;
    // Jobs left running by a process that died (no sign of life for LANTOA_JOB_STALE_SECONDS) go
    // back to "queued" and run again now, rather than when pg-boss expires them (30 minutes). A
    // crash is not a failed attempt: every job is written to be run again (an import applies in
    // one transaction, files are written under new names), so even a job of one attempt resumes.
    const stale = await repo.requeueStale(this.db, this.config.jobStaleSeconds);
    for (const b of await repo.findActiveBossJobs(this.db, stale)) {
      await this.boss.cancel(b.name, b.id);
      await this.send(b.name, b.jobId, this.db);
    }
    for (const def of this.registry.all()) {
      await this.boss.work<BossJobData>(def.kind, { includeMetadata: true, pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
        if (job) await this.runOne(def.kind, job);
      });
    }
    for (const s of schedules) await this.boss.schedule(s.kind, s.cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
  }

  private async runOne(kind: string, job: PgBoss.JobWithMetadata<BossJobData>): Promise<void> {
    const def = this.registry.get(kind)!;
    const jobId = job.data?.jobId;
    if (!jobId) {
      // A scheduled task (every minute) keeps no row: it would bury people's jobs on the jobs page.
      const ctx: JobContext = { db: this.db, config: this.config, blobs: this.blobs, queue: this, jobId: job.id, actorId: null, attempt: job.retryCount + 1, progress: async () => undefined };
      await def.run(ctx, def.payload.parse({}));
      return;
    }
    const row = await repo.findJob(this.db, jobId);
    if (!row) return;
    const attempt = job.retryCount + 1;
    if (!(await repo.markRunning(this.db, jobId, attempt))) return; // cancelled or already done
    const parsed = def.payload.safeParse(row.payload);
    if (!parsed.success) {
      // A payload that is wrong now will be wrong on every retry: fail for good.
      await repo.markAttemptFailed(this.db, jobId, `Dữ liệu công việc không hợp lệ: ${parsed.error.issues.map((i) => i.message).join('; ')}`, true);
      return;
    }
    let lastWrite = 0;
    const ctx: JobContext = {
      db: this.db,
      config: this.config,
      blobs: this.blobs,
      queue: this,
      jobId,
      actorId: row.created_by,
      attempt,
      progress: async (percent, message) => {
        const now = Date.now();
        if (now - lastWrite < 250 && percent < 100) return;
        lastWrite = now;
        await repo.setProgress(this.db, jobId, Math.max(0, Math.min(100, Math.round(percent))), message ?? null);
      },
    };
    try {
      const result = await def.run(ctx, parsed.data);
      await repo.markSucceeded(this.db, jobId, result);
      await this.tellOwner(row, def.title, 'job.succeeded');
    } catch (err) {
      const final = job.retryCount >= job.retryLimit;
      await repo.markAttemptFailed(this.db, jobId, err instanceof Error ? err.message : String(err), final);
      if (final) await this.tellOwner(row, def.title, 'job.failed');
      throw err; // pg-boss schedules the retry with back-off
    }
  }

  /** Tells whoever asked for a job that it finished (e-mail jobs excepted: no notices about notices). */
  private async tellOwner(row: repo.JobRow, title: string, kind: 'job.succeeded' | 'job.failed'): Promise<void> {
    if (!row.created_by || row.kind === 'notification.email') return;
    await new Notifier(this, Boolean(this.config.smtpUrl)).notify(this.db, {
      userId: row.created_by,
      kind,
      title: kind === 'job.succeeded' ? `Đã xong: ${title}` : `Không thực hiện được: ${title}`,
      link: `/admin/jobs/${row.id}`,
      entityType: 'job',
      entityId: row.id,
    });
  }

  /** Validates the payload and queues the job; with `tx`, inside the caller's transaction. */
  async enqueue(kind: string, payload: unknown, opts: EnqueueOptions, tx?: Queryable): Promise<string> {
    const def = this.registry.get(kind);
    if (!def) throw new Error(`Unknown job kind ${kind}`);
    const parsed = def.payload.safeParse(payload);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', parsed.error.issues[0]?.message, { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    await this.start();
    const run = async (q: Queryable) => {
      const { id, created } = await repo.insertJob(q, {
        kind, payload: parsed.data, maxAttempts: def.attempts ?? 3, createdBy: opts.actorId, idempotencyKey: opts.idempotencyKey ?? null,
      });
      if (created) await this.send(kind, id, q);
      return id;
    };
    if (tx) return run(tx);
    const client = await this.db.connect();
    try {
      await client.query('BEGIN');
      const id = await run(client);
      await client.query('COMMIT');
      return id;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async send(kind: string, jobId: string, q: Queryable): Promise<void> {
    const db = { executeSql: (text: string, values: unknown[]) => q.query(text, values) };
    const id = await this.boss.send(kind, { jobId }, { db });
    if (!id) throw new Error(`queue ${kind} refused job ${jobId}`);
  }

  /** Puts a failed or cancelled job back in the queue for a fresh series of attempts. */
  async retry(jobId: string): Promise<void> {
    const row = await repo.findJob(this.db, jobId);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc');
    await this.start();
    const client = await this.db.connect();
    try {
      await client.query('BEGIN');
      if (!(await repo.resetForRetry(client, jobId))) throw new AppError('CONFLICT', 'Chỉ chạy lại được công việc đã thất bại hoặc đã hủy');
      await this.send(row.kind, jobId, client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async cancel(jobId: string): Promise<void> {
    if (!(await repo.cancelQueued(this.db, jobId))) throw new AppError('CONFLICT', 'Chỉ hủy được công việc đang chờ');
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.working = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/** Waits until a job has finished (tests and small synchronous exports use this). */
export async function waitForJob(db: Queryable, jobId: string, timeoutMs = 30_000): Promise<repo.JobRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await repo.findJob(db, jobId);
    if (row && (row.status === 'succeeded' || row.status === 'failed' || row.status === 'cancelled')) return row;
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not finish in ${timeoutMs} ms (status ${row?.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
