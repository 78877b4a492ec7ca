import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, pageOf } from '@lantoa/contracts/common';
import {
  ClassListQuerySchema,
  ClassSummarySchema,
  ClassViewSchema,
  CourseInputSchema,
  CourseListQuerySchema,
  CourseSchema,
  CreateClassBodySchema,
  ReplaceParticipantsBodySchema,
  UpdateClassBodySchema,
  ClassExportQuerySchema,
  ParticipantIdParamsSchema,
  TrainingFactsQuerySchema,
  TrainingFactsSchema,
} from '@lantoa/contracts/trainings';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { contentDisposition } from '../../platform/files/file-name.ts';
import { classListExport, participantListExport } from './trainings.exchange.ts';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as trainings from './trainings.service.ts';

export async function trainingRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trainings'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/trainings/courses', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Danh mục khóa tập huấn, bồi dưỡng', querystring: CourseListQuerySchema, response: { 200: z.object({ items: z.array(CourseSchema) }), ...authErrors } },
  }, async (req) => ({ items: await trainings.findCourses(ctx(req), req.query) }));

  r.post('/api/v1/trainings/courses', {
    config: { access: 'training:manage' },
    schema: { tags, summary: 'Thêm khóa tập huấn vào danh mục', body: CourseInputSchema, response: { 201: CourseSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await trainings.createCourse(ctx(req), req.body)));

  r.get('/api/v1/trainings/classes', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Danh sách lớp tập huấn trong phạm vi (lọc theo năm, loại, đơn vị tổ chức, tìm kiếm)', querystring: ClassListQuerySchema, response: { 200: pageOf(ClassSummarySchema), ...authErrors } },
  }, (req) => trainings.findClasses(ctx(req), req.query));

  r.get('/api/v1/trainings/classes/export', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Xuất danh sách lớp tập huấn ra XLSX/CSV (cùng bộ lọc)', querystring: ClassExportQuerySchema.extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, classListExport, filter, format);
  });

  r.get('/api/v1/trainings/facts', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Số liệu của sổ tập huấn trong năm (lớp báo cáo viên, tổ CNSCĐ theo hai cách tính, báo chí và truyền thông cơ sở, lãnh đạo)', querystring: TrainingFactsQuerySchema, response: { 200: TrainingFactsSchema, ...authErrors } },
  }, (req) => trainings.getTrainingSummary(ctx(req), req.query));

  r.post('/api/v1/trainings/classes', {
    config: { access: 'training:manage' },
    schema: { tags, summary: 'Thêm lớp tập huấn do một đơn vị tổ chức', body: CreateClassBodySchema, response: { 201: ClassViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await trainings.createClass(ctx(req), req.body)));

  r.get('/api/v1/trainings/classes/:id', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Một lớp tập huấn và danh sách học viên', params: IdParamsSchema, response: { 200: ClassViewSchema, ...authErrors } },
  }, (req) => trainings.getClass(ctx(req), req.params.id));

  r.put('/api/v1/trainings/classes/:id', {
    config: { access: 'training:manage' },
    schema: { tags, summary: 'Sửa lớp tập huấn (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateClassBodySchema, response: { 200: ClassViewSchema, ...writeErrors } },
  }, (req) => trainings.updateClass(ctx(req), req.params.id, req.body));

  r.delete('/api/v1/trainings/classes/:id', {
    config: { access: 'training:manage' },
    schema: { tags, summary: 'Xóa lớp tập huấn cùng danh sách học viên', params: IdParamsSchema, response: { 200: OkSchema, ...writeErrors } },
  }, (req) => trainings.deleteClass(ctx(req), req.params.id));

  r.put('/api/v1/trainings/classes/:id/participants', {
    config: { access: 'training:manage' },
    schema: { tags, summary: 'Thay toàn bộ danh sách học viên của lớp (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: ReplaceParticipantsBodySchema, response: { 200: ClassViewSchema, ...writeErrors } },
  }, (req) => trainings.replaceParticipants(ctx(req), req.params.id, req.body));

  r.get('/api/v1/trainings/classes/:id/participants/export', {
    config: { access: 'training:read' },
    schema: { tags, summary: 'Xuất danh sách học viên của lớp ra XLSX/CSV (cùng mẫu với tệp nhập)', params: IdParamsSchema, querystring: ExportFormatQuerySchema, response: exportResponses },
  }, (req, reply) => replyWithExport(reply, deps, req.actor!, participantListExport, { classId: req.params.id }, req.query.format));

  r.get('/api/v1/trainings/classes/:id/participants/:participantId/certificate', {
    config: { access: 'training:read' },
    schema: {
      tags, summary: 'Giấy chứng nhận hoàn thành (PDF) của một học viên đã hoàn thành lớp', params: ParticipantIdParamsSchema,
      response: { 200: z.unknown().describe('Tệp PDF (Content-Disposition: attachment)'), 409: ErrorBodySchema, ...authErrors },
    },
  }, async (req, reply) => {
    const { pdf, fileName } = await trainings.getCertificate(ctx(req), req.params.id, req.params.participantId);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition(fileName))
      .header('x-content-type-options', 'nosniff')
      .send(pdf);
  });
}
