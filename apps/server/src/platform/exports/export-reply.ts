import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ExportFormat } from '@lantoa/contracts/exchange';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import { ExportAcceptedSchema } from '@lantoa/contracts/exchange';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/db.ts';
import { contentDisposition } from '../files/file-name.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { MIME, writeExport } from './exporter.ts';
import { EXPORT_JOB_KIND } from './exports.jobs.ts';
import { exportFileName, type ExportSource } from './exports.ts';

/** The responses of an export route, for its OpenAPI entry. */
export const exportResponses = {
  200: z.unknown().describe('Tệp XLSX hoặc CSV (Content-Disposition: attachment)'),
  202: ExportAcceptedSchema.describe('Danh sách lớn: đang xuất trong công việc nền; theo dõi tại /api/v1/jobs/{jobId}'),
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
} as const;

async function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Answers an export request: a list of at most `config.exportDirectMaxRows` rows downloads at
 * once; a larger one is handed to the 'export.run' job and the answer is 202 { jobId }.
 */
export async function replyWithExport<Q>(
  reply: FastifyReply,
  deps: { db: Db; config: Config; jobs: JobQueue },
  actor: Actor,
  source: ExportSource<Q>,
  query: Q,
  format: ExportFormat,
): Promise<FastifyReply> {
  const ctx = { db: deps.db, config: deps.config, actor };
  const total = await source.count(ctx, query);
  if (total > deps.config.exportDirectMaxRows) {
    const jobId = await deps.jobs.enqueue(
      EXPORT_JOB_KIND,
      { source: source.name, format, query },
      { actorId: actor.userId },
    );
    return reply.status(202).send({ jobId });
  }
  // Small by definition: built in memory, so that a failure is still a proper error answer.
  const out = new PassThrough();
  const writing = writeExport(format, source.columns, source.rows(ctx, query), out, { sheetName: source.title }).catch(
    (err: unknown) => {
      out.destroy(err as Error);
      throw err;
    },
  );
  const [body] = await Promise.all([collect(out), writing]);
  return reply
    .status(200)
    .header('content-type', MIME[format])
    .header('content-disposition', contentDisposition(exportFileName(source.title, format)))
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
