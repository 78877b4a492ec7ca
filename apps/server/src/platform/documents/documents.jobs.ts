import {
  RenderDocumentBodySchema,
  type DocumentFormat,
  type OfficialDocument,
  type RenderDocumentBody,
  type RenderedFile,
} from '@lantoa/contracts/documents';
import { withTransaction, type Db, type Queryable } from '../db/db.ts';
import { sanitizeFileName } from '../files/file-name.ts';
import { defineJob } from '../jobs/jobs.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

export const RENDER_DOCUMENT_JOB_KIND = 'document.render';

export const DOCUMENT_MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const RENDERERS: Record<DocumentFormat, (doc: OfficialDocument) => Promise<Buffer>> = {
  docx: renderDocx,
  pdf: renderPdf,
};

const FORMAT_LABEL: Record<DocumentFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

type FileRow = { id: string; name: string; mime: string; size: number };

const present = (r: FileRow): RenderedFile => ({ id: r.id, name: r.name, mime: r.mime, size: Number(r.size) });

/**
 * The job's file of that name, made once: a retried job finds the row of an earlier attempt
 * instead of adding a second one. The advisory lock serialises two attempts that overlap.
 */
async function storeOnce(
  db: Db,
  file: { jobId: string; name: string; mime: string; sha256: string; size: number; ownerId: string | null },
): Promise<RenderedFile> {
  return withTransaction(db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stored_file:${file.jobId}:${file.name}`]);
    const existing = await findFile(tx, file.jobId, file.name);
    if (existing) return existing;
    const { rows } = await tx.query<FileRow>(
      `INSERT INTO stored_file (sha256, size, mime, name, purpose, owner_id, job_id)
       VALUES ($1, $2, $3, $4, 'document', $5, $6) RETURNING id, name, mime, size`,
      [file.sha256, file.size, file.mime, file.name, file.ownerId, file.jobId],
    );
    return present(rows[0]!);
  });
}

async function findFile(db: Queryable, jobId: string, name: string): Promise<RenderedFile | null> {
  const { rows } = await db.query<FileRow>(
    'SELECT id, name, mime, size FROM stored_file WHERE job_id = $1 AND name = $2 ORDER BY created_at LIMIT 1',
    [jobId, name],
  );
  return rows[0] ? present(rows[0]) : null;
}

/**
 * Renders an official document to the asked formats; each file goes to the content-addressed
 * store and gets a stored_file row (purpose 'document') owned by the requester. Idempotent: a
 * retry reuses the files an earlier attempt stored, and renders only what is missing.
 */
export const renderDocumentJob = defineJob<RenderDocumentBody, { files: RenderedFile[] }>({
  kind: RENDER_DOCUMENT_JOB_KIND,
  title: 'Tạo văn bản (Word, PDF)',
  payload: RenderDocumentBodySchema,
  attempts: 3,
  run: async (ctx, { document, formats, fileName }) => {
    const files: RenderedFile[] = [];
    for (const [i, format] of formats.entries()) {
      const name = sanitizeFileName(`${fileName}.${format}`);
      const done = await findFile(ctx.db, ctx.jobId, name);
      if (done) {
        files.push(done);
        continue;
      }
      await ctx.progress((i / formats.length) * 100, `Đang tạo tệp ${FORMAT_LABEL[format]}`);
      const bytes = await RENDERERS[format](document);
      const { sha256, size } = await ctx.blobs.put(bytes);
      files.push(
        await storeOnce(ctx.db, {
          jobId: ctx.jobId,
          name,
          mime: DOCUMENT_MIME[format],
          sha256,
          size,
          ownerId: ctx.actorId,
        }),
      );
    }
    await ctx.progress(100, `Đã tạo ${files.length} tệp`);
    return { files };
  },
});
