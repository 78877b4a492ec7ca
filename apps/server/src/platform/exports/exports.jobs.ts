import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { EXPORT_FORMATS, type ExportJobResult } from '@lantoa/contracts/exchange';
import { loadActor } from '../auth/load-actor.ts';
import { findStoredFileOfJob, storeFile } from '../files/files.service.ts';
import { defineJob } from '../jobs/jobs.ts';
import { MIME, writeExport } from './exporter.ts';
import { exportFileName, formatCount, type ExportSource } from './exports.ts';

export const EXPORT_JOB_KIND = 'export.run';

export const ExportJobPayloadSchema = z.object({
  source: z.string().min(1),
  format: z.enum(EXPORT_FORMATS),
  query: z.record(z.string(), z.unknown()),
});
export type ExportJobPayload = z.infer<typeof ExportJobPayloadSchema>;

/**
 * A large export: rows stream from PostgreSQL through the writer straight into the file store;
 * the file belongs to the requester (purpose 'export'). A retried job hands back the file an
 * earlier attempt finished, if any.
 */
export function defineExportJob(sources: readonly ExportSource[]) {
  return defineJob<ExportJobPayload, ExportJobResult>({
    kind: EXPORT_JOB_KIND,
    title: 'Xuất dữ liệu ra tệp Excel/CSV',
    payload: ExportJobPayloadSchema,
    attempts: 2,
    run: async (ctx, p) => {
      const done = await findStoredFileOfJob(ctx.db, ctx.jobId, 'export');
      if (done) return { fileId: done.id, rows: -1, name: done.name };
      const source = sources.find((s) => s.name === p.source);
      if (!source) throw new Error(`Không có danh sách xuất "${p.source}"`);
      const query = source.query.parse(p.query);
      const actor = ctx.actorId ? await loadActor(ctx.db, ctx.actorId) : null;
      if (!actor) throw new Error('Tài khoản yêu cầu xuất dữ liệu không còn hoạt động');
      const sctx = { db: ctx.db, config: ctx.config, actor };
      const total = await source.count(sctx, query);
      await ctx.progress(0, `Đã ghi 0/${formatCount(total)} dòng`);
      const name = exportFileName(source.title, p.format);
      const out = new PassThrough();
      const storing = storeFile(ctx.db, ctx.blobs, {
        data: out,
        name,
        mime: MIME[p.format],
        purpose: 'export',
        ownerId: actor.userId,
        jobId: ctx.jobId,
      });
      let rows: number;
      try {
        rows = await writeExport(p.format, source.columns, source.rows(sctx, query), out, {
          sheetName: source.title,
          progressEvery: 5_000,
          onProgress: (n) =>
            ctx.progress(
              total ? Math.min(99, (n / total) * 100) : 99,
              `Đã ghi ${formatCount(n)}/${formatCount(Math.max(n, total))} dòng`,
            ),
        });
      } catch (err) {
        out.destroy(err as Error);
        await storing.catch(() => undefined);
        throw err;
      }
      const file = await storing;
      await ctx.progress(100, `Đã ghi ${formatCount(rows)}/${formatCount(rows)} dòng`);
      return { fileId: file.id, rows, name: file.name };
    },
  });
}
