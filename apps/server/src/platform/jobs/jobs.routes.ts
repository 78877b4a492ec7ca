import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OkSchema, pageOf } from '@lantoa/contracts/common';
import { JobIdParamsSchema, JobListQuerySchema, JobViewSchema, type JobView } from '@lantoa/contracts/jobs';
import type { RouteDeps } from '../../app.ts';
import { hasPermission, type Actor } from '../auth/actor.ts';
import { AppError } from '../errors.ts';
import { authErrors, writeErrors } from '../http/responses.ts';
import * as repo from './jobs.repository.ts';

function present(r: repo.JobRow, titles: Map<string, string>): JobView {
  return {
    id: r.id,
    kind: r.kind,
    title: titles.get(r.kind) ?? r.kind,
    status: r.status,
    progress: r.progress,
    message: r.message,
    result: r.result ?? null,
    error: r.error,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

/** Everyone sees their own jobs; administrators (job:manage) see and retry all of them. */
async function getVisibleJob(db: RouteDeps['db'], actor: Actor, id: string): Promise<repo.JobRow> {
  const row = await repo.findJob(db, id);
  if (!row || (row.created_by !== actor.userId && !hasPermission(actor, 'job:manage'))) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc');
  return row;
}

export async function jobRoutes(app: FastifyInstance, { db, jobs }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];
  const titles = () => new Map(jobs.registryKinds.map((k) => [k.kind, k.title]));

  r.get('/api/v1/jobs', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Công việc nền (của tôi; tất cả với quyền quản trị)', querystring: JobListQuerySchema, response: { 200: pageOf(JobViewSchema), ...authErrors } },
  }, async (req) => {
    const q = req.query;
    const all = hasPermission(req.actor!, 'job:manage') && q.mine !== 'true';
    const { rows, total } = await repo.listJobs(db, {
      status: q.status, kind: q.kind, createdBy: all ? undefined : req.actor!.userId, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
    });
    const t = titles();
    return { items: rows.map((x) => present(x, t)), total, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/v1/jobs/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Một công việc nền: trạng thái và tiến độ', params: JobIdParamsSchema, response: { 200: JobViewSchema, ...authErrors } },
  }, async (req) => present(await getVisibleJob(db, req.actor!, req.params.id), titles()));

  r.post('/api/v1/jobs/:id/retry', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Chạy lại công việc đã thất bại', params: JobIdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, async (req) => {
    await getVisibleJob(db, req.actor!, req.params.id);
    await jobs.retry(req.params.id);
    return { ok: true as const };
  });

  r.post('/api/v1/jobs/:id/cancel', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Hủy công việc đang chờ', params: JobIdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, async (req) => {
    await getVisibleJob(db, req.actor!, req.params.id);
    await jobs.cancel(req.params.id);
    return { ok: true as const };
  });
}
