import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, pageOf, UuidSchema } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  CreateSchoolBodySchema,
  SchoolListQuerySchema,
  SchoolSummarySchema,
  SchoolViewSchema,
  SessionInputSchema,
  SessionListQuerySchema,
  SessionSchema,
  UpdateSchoolBodySchema,
} from '@lantoa/contracts/schools';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as schools from './schools.service.ts';
import { schoolListExport, sessionListExport } from './schools.exports.ts';

export async function schoolRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['schools'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/schools', {
    config: { access: 'school:read' },
    schema: { tags, summary: 'Sổ trường học trong phạm vi, với số buổi ngoại khóa CĐS của năm học', querystring: SchoolListQuerySchema, response: { 200: pageOf(SchoolSummarySchema), ...authErrors } },
  }, (req) => schools.findSchools(ctx(req), req.query));

  r.get('/api/v1/schools/export', {
    config: { access: 'school:read' },
    schema: { tags, summary: 'Xuất sổ trường học ra XLSX/CSV (cùng bộ lọc)', querystring: SchoolListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, schoolListExport, filter, format);
  });

  r.get('/api/v1/schools/sessions', {
    config: { access: 'school:read' },
    schema: { tags, summary: 'Buổi ngoại khóa chuyển đổi số của các trường trong phạm vi', querystring: SessionListQuerySchema, response: { 200: pageOf(SessionSchema), ...authErrors } },
  }, (req) => schools.findSessions(ctx(req), req.query));

  r.get('/api/v1/schools/sessions/export', {
    config: { access: 'school:read' },
    schema: { tags, summary: 'Xuất buổi ngoại khóa ra XLSX/CSV (cùng bộ lọc)', querystring: SessionListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, sessionListExport, filter, format);
  });

  r.post('/api/v1/schools', {
    config: { access: 'school:manage' },
    schema: { tags, summary: 'Thêm trường vào sổ, đặt tại phường, xã hiện nay (và phường, xã trước sắp xếp 2025 nếu có)', body: CreateSchoolBodySchema, response: { 201: SchoolViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await schools.createSchool(ctx(req), req.body)));

  r.get('/api/v1/schools/:id', {
    config: { access: 'school:read' },
    schema: { tags, summary: 'Hồ sơ một trường, nơi trường trực thuộc qua các lần sắp xếp, các buổi ngoại khóa', params: IdParamsSchema, response: { 200: SchoolViewSchema, ...authErrors } },
  }, (req) => schools.getSchool(ctx(req), req.params.id));

  r.put('/api/v1/schools/:id', {
    config: { access: 'school:manage' },
    schema: { tags, summary: 'Sửa hồ sơ trường (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateSchoolBodySchema, response: { 200: SchoolViewSchema, ...writeErrors } },
  }, (req) => schools.updateSchool(ctx(req), req.params.id, req.body));

  r.post('/api/v1/schools/:id/sessions', {
    config: { access: 'school:manage' },
    schema: { tags, summary: 'Ghi một buổi ngoại khóa về chuyển đổi số của trường', params: IdParamsSchema, body: SessionInputSchema, response: { 201: SessionSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await schools.createSession(ctx(req), req.params.id, req.body)));

  r.delete('/api/v1/schools/:id/sessions/:sessionId', {
    config: { access: 'school:manage' },
    schema: { tags, summary: 'Xóa một buổi ngoại khóa', params: z.object({ id: UuidSchema, sessionId: UuidSchema }), response: { 200: OkSchema, ...writeErrors } },
  }, (req) => schools.deleteSession(ctx(req), req.params.id, req.params.sessionId));
}
