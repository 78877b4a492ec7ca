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
} from '@lantoa/contracts/trainings';
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
}
