import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema, pageOf } from '@lantoa/contracts/common';
import { CreateUserBodySchema, ResetPasswordBodySchema, UpdateUserBodySchema, UserListQuerySchema, UserViewSchema } from '@lantoa/contracts/users';
import { UserExportQuerySchema } from '@lantoa/contracts/exchange';
import type { RouteDeps } from '../../app.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as svc from './users.service.ts';
import { userListExport } from './users.exports.ts';

export async function userRoutes(app: FastifyInstance, { db, config, jobs }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get('/api/v1/users', {
    config: { access: 'user:read' },
    schema: { tags, summary: 'Danh sách người dùng trong phạm vi quản lý', querystring: UserListQuerySchema, response: { 200: pageOf(UserViewSchema), ...authErrors } },
  }, (req) => svc.findUsers({ db, config, actor: req.actor! }, req.query));

  r.get('/api/v1/users/export', {
    config: { access: 'user:read' },
    schema: {
      tags, summary: 'Xuất danh sách người dùng trong phạm vi quản lý ra XLSX/CSV (cùng bộ lọc với danh sách)',
      querystring: UserExportQuerySchema, response: exportResponses,
    },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, { db, config, jobs }, req.actor!, userListExport, filter, format);
  });

  r.get('/api/v1/users/:id', {
    config: { access: 'user:read' },
    schema: { tags, summary: 'Một người dùng', params: IdParamsSchema, response: { 200: UserViewSchema, ...authErrors } },
  }, (req) => svc.getUser({ db, config, actor: req.actor! }, req.params.id));

  r.post('/api/v1/users', {
    config: { access: 'user:manage' },
    schema: { tags, summary: 'Tạo tài khoản', body: CreateUserBodySchema, response: { 201: UserViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await svc.createUser({ db, config, actor: req.actor! }, req.body)));

  r.put('/api/v1/users/:id', {
    config: { access: 'user:manage' },
    schema: { tags, summary: 'Cập nhật tài khoản, vai trò, khóa/mở khóa (khóa lạc quan theo version)', params: IdParamsSchema, body: UpdateUserBodySchema, response: { 200: UserViewSchema, ...writeErrors } },
  }, (req) => svc.updateUser({ db, config, actor: req.actor! }, req.params.id, req.body));

  r.post('/api/v1/users/:id/reset-password', {
    config: { access: 'user:manage' },
    schema: { tags, summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)', params: IdParamsSchema, body: ResetPasswordBodySchema, response: { 200: OkSchema, ...writeErrors } },
  }, async (req) => {
    await svc.resetPassword({ db, config, actor: req.actor! }, req.params.id, req.body.newPassword);
    return { ok: true as const };
  });
}
