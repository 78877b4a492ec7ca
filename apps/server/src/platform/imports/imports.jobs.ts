import { z } from 'zod';
import { loadActor } from '../auth/load-actor.ts';
import { defineJob } from '../jobs/jobs.ts';
import { formatCount } from '../exports/exports.ts';
import type { Importer } from './imports.ts';
import * as repo from './imports.repository.ts';
import { applyRun, checkRun, findImporter, IMPORT_JOB_KIND } from './imports.service.ts';

const PayloadSchema = z.object({ importId: z.uuid(), phase: z.enum(['check', 'apply']) });

const pct = (done: number, total: number) => (total ? (done / total) * 100 : 100);

/**
 * Checks or applies a large import. Not retried: a commit is one transaction, so a failed
 * attempt changed nothing, and the run says what went wrong.
 */
export function defineImportJob(importers: readonly Importer[]) {
  return defineJob({
    kind: IMPORT_JOB_KIND,
    title: 'Nhập dữ liệu từ tệp Excel/CSV',
    payload: PayloadSchema,
    attempts: 1,
    run: async (ctx, p) => {
      const run = await repo.findImportRun(ctx.db, p.importId);
      if (!run) throw new Error('Không tìm thấy lần nhập dữ liệu');
      const expected = p.phase === 'check' ? 'checking' : 'applying';
      if (run.status !== expected) return { importId: run.id, status: run.status };
      const actor = run.created_by ? await loadActor(ctx.db, run.created_by) : null;
      if (!actor) {
        await repo.moveStatus(ctx.db, run.id, [expected], 'failed');
        throw new Error('Tài khoản yêu cầu nhập dữ liệu không còn hoạt động');
      }
      const importer = findImporter(importers, run.kind);
      const sctx = { db: ctx.db, config: ctx.config, actor };
      try {
        if (p.phase === 'check') {
          await checkRun(sctx, ctx.blobs, importer, run, (d, t) =>
            ctx.progress(pct(d, t), `Đã kiểm tra ${formatCount(d)}/${formatCount(t)} dòng`),
          );
        } else {
          await applyRun(sctx, ctx.blobs, importer, run, (stage, d, t) =>
            stage === 'check'
              ? ctx.progress(pct(d, t) * 0.3, `Đã kiểm tra lại ${formatCount(d)}/${formatCount(t)} dòng`)
              : ctx.progress(30 + pct(d, t) * 0.7, `Đã ghi ${formatCount(d)}/${formatCount(t)} dòng`),
          );
        }
      } catch (err) {
        await repo.moveStatus(ctx.db, run.id, [expected], 'failed');
        throw err;
      }
      const after = (await repo.findImportRun(ctx.db, run.id))!;
      return {
        importId: after.id,
        status: after.status,
        counts: {
          rows: after.rows_total,
          create: after.rows_create,
          update: after.rows_update,
          unchanged: after.rows_unchanged,
          errors: after.error_count,
        },
      };
    },
  });
}
