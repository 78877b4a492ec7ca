import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '@lantoa/contracts/common';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import { StoredFileViewSchema } from '@lantoa/contracts/files';
import type { RouteDeps } from '../../app.ts';
import { authErrors } from '../http/responses.ts';
import { contentDisposition } from './file-name.ts';
import { openFile, presentFile, uploadFile } from './files.service.ts';
import { readUpload, registerUploads } from './upload.ts';

export async function fileRoutes(app: FastifyInstance, { db, config, blobs }: RouteDeps) {
  await registerUploads(app, config.uploadMaxBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['files'];

  r.get(
    '/api/v1/files/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải một tệp về (của tôi, hoặc gắn với đơn vị tôi được xem)',
        params: IdParamsSchema,
        response: { 200: z.unknown().describe('Nội dung tệp, kèm Content-Disposition: attachment'), ...authErrors },
      },
    },
    async (req, reply) => {
      const { file, stream } = await openFile(db, blobs, req.actor!, req.params.id);
      return reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  r.post(
    '/api/v1/files',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải tệp lên (multipart/form-data, trường "file"; PDF, ảnh, DOCX, XLSX, CSV, TXT)',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFileViewSchema, ...authErrors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const upload = await readUpload(req, config.uploadMaxBytes);
      const { file } = await uploadFile(db, blobs, req.actor!, { fileName: upload.fileName, data: upload.data });
      return reply.status(201).send(presentFile(file));
    },
  );
}
