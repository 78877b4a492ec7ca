import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import {
  IMPORT_KINDS,
  ImportIdParamsSchema,
  ImportKindParamsSchema,
  ImportRunViewSchema,
  TemplateQuerySchema,
} from '@lantoa/contracts/exchange';
import type { RouteDeps } from '../../app.ts';
import { MIME } from '../exports/exporter.ts';
import { contentDisposition } from '../files/file-name.ts';
import { readUpload, registerUploads } from '../files/upload.ts';
import { authErrors, writeErrors } from '../http/responses.ts';
import type { Importer } from './imports.ts';
import {
  assertMayImport,
  buildTemplate,
  commitImport,
  findImporter,
  findRuns,
  getVisibleRun,
  presentRun,
  previewImport,
} from './imports.service.ts';

const runResponses = {
  200: ImportRunViewSchema,
  202: ImportRunViewSchema.describe('Tệp lớn: đang xử lý trong công việc nền (jobId); xem lại lần nhập khi xong'),
} as const;

/**
 * Imports from spreadsheets: a template to fill in, an upload that only checks (preview), and a
 * commit that writes everything or nothing. Each kind needs its own permission, checked here
 * rather than in the route's access (one route serves every kind).
 */
export async function importRoutes(app: FastifyInstance, opts: RouteDeps & { importers: readonly Importer[] }) {
  const { db, config, blobs, jobs, importers } = opts;
  await registerUploads(app, config.uploadMaxBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  r.get(
    '/api/v1/imports/:kind/template',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tệp mẫu để nhập dữ liệu (cùng tên cột với tệp xuất)',
        params: ImportKindParamsSchema,
        querystring: TemplateQuerySchema,
        response: { 200: z.unknown().describe('Tệp mẫu XLSX hoặc CSV'), ...authErrors },
      },
    },
    async (req, reply) => {
      const importer = findImporter(importers, req.params.kind);
      assertMayImport(req.actor!, importer);
      const body = await buildTemplate(importer, req.query.format);
      return reply
        .header('content-type', MIME[req.query.format])
        .header('content-disposition', contentDisposition(`Mẫu nhập ${importer.title}.${req.query.format}`))
        .send(body);
    },
  );

  r.post(
    '/api/v1/imports/:kind/preview',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải tệp nhập lên và kiểm tra (chưa ghi gì): lỗi từng dòng, số dòng thêm/cập nhật/không đổi',
        description:
          'multipart/form-data: trường "file" (XLSX hoặc CSV) và các tùy chọn của loại dữ liệu (đơn vị: parentId, effectiveDate).',
        consumes: ['multipart/form-data'],
        params: ImportKindParamsSchema,
        response: { ...runResponses, ...writeErrors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const importer = findImporter(importers, req.params.kind);
      assertMayImport(req.actor!, importer);
      const upload = await readUpload(req, config.uploadMaxBytes);
      const { run, queued } = await previewImport({ db, config, blobs, jobs }, req.actor!, importer, upload);
      return reply.status(queued ? 202 : 200).send(presentRun(run));
    },
  );

  r.post(
    '/api/v1/imports/:id/commit',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Ghi dữ liệu của một lần nhập đã kiểm tra: tất cả hoặc không gì cả',
        params: ImportIdParamsSchema,
        response: { ...runResponses, ...writeErrors },
      },
    },
    async (req, reply) => {
      const { run, queued } = await commitImport({ db, config, blobs, jobs }, req.actor!, importers, req.params.id);
      return reply.status(queued ? 202 : 200).send(presentRun(run));
    },
  );

  r.get(
    '/api/v1/imports/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Một lần nhập dữ liệu: trạng thái, số dòng, lỗi',
        params: ImportIdParamsSchema,
        response: { 200: ImportRunViewSchema, ...authErrors },
      },
    },
    async (req) => presentRun(await getVisibleRun(db, req.actor!, req.params.id)),
  );

  r.get(
    '/api/v1/imports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Các lần nhập dữ liệu gần đây (của tôi; tất cả với quản trị hệ thống)',
        querystring: z.object({ kind: z.enum(IMPORT_KINDS).optional() }),
        response: { 200: z.object({ items: z.array(ImportRunViewSchema) }), ...authErrors },
      },
    },
    async (req) => ({ items: (await findRuns(db, req.actor!, req.query.kind)).map(presentRun) }),
  );
}
