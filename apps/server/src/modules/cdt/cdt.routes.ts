import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import {
  CreateTeamBodySchema,
  SupportLogInputSchema,
  SupportLogListQuerySchema,
  SupportLogSchema,
  SupportSummaryQuerySchema,
  SupportSummarySchema,
  TeamExportQuerySchema,
  TeamListQuerySchema,
  TeamOptionSchema,
  TeamSummarySchema,
  TeamViewSchema,
  UpdateTeamBodySchema,
} from '@lantoa/contracts/cdt';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { teamListExport } from './cdt.exports.ts';
import * as cdt from './cdt.service.ts';

export async function cdtRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cdt'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/cdt/teams', {
    config: { access: 'cdt:read' },
    schema: { tags, summary: 'Danh sách tổ công nghệ số cộng đồng trong phạm vi (lọc theo xã/phường, trạng thái, dưới 7 thành viên; tìm kiếm không dấu)', querystring: TeamListQuerySchema, response: { 200: pageOf(TeamSummarySchema), ...authErrors } },
  }, (req) => cdt.findTeams(ctx(req), req.query));

  r.get('/api/v1/cdt/teams/export', {
    config: { access: 'cdt:read' },
    schema: { tags, summary: 'Xuất danh sách tổ và thành viên ra XLSX/CSV (cùng bộ lọc; nhập lại được)', querystring: TeamExportQuerySchema, response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, teamListExport, filter, format);
  });

  r.post('/api/v1/cdt/teams', {
    config: { access: 'cdt:manage' },
    schema: { tags, summary: 'Thêm tổ công nghệ số cộng đồng vào một xã, phường (cùng danh sách thành viên)', body: CreateTeamBodySchema, response: { 201: TeamViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await cdt.createTeam(ctx(req), req.body)));

  r.get('/api/v1/cdt/teams/:id', {
    config: { access: 'cdt:read' },
    schema: { tags, summary: 'Hồ sơ một tổ: thành viên, cảnh báo, lịch sử trực thuộc qua các lần sắp xếp đơn vị', params: IdParamsSchema, response: { 200: TeamViewSchema, ...authErrors } },
  }, (req) => cdt.getTeam(ctx(req), req.params.id));

  r.put('/api/v1/cdt/teams/:id', {
    config: { access: 'cdt:manage' },
    schema: { tags, summary: 'Sửa hồ sơ tổ và danh sách thành viên (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateTeamBodySchema, response: { 200: TeamViewSchema, ...writeErrors } },
  }, (req) => cdt.updateTeam(ctx(req), req.params.id, req.body));

  r.get('/api/v1/cdt/log-teams', {
    config: { access: 'cdt:log' },
    schema: { tags, summary: 'Các tổ người dùng được ghi nhận hỗ trợ (thành viên: tổ của mình)', querystring: z.object({ q: z.string().trim().max(200).optional() }), response: { 200: z.object({ items: z.array(TeamOptionSchema) }), ...authErrors } },
  }, (req) => cdt.findLoggableTeams(ctx(req), req.query));

  r.post('/api/v1/cdt/support-logs', {
    config: { access: 'cdt:log' },
    schema: {
      tags,
      summary: 'Ghi nhận một lần hỗ trợ người dân. Mã (id) do thiết bị tạo: gửi lại cùng mã trả về bản đã lưu (200), không tính hai lần',
      body: SupportLogInputSchema,
      response: { 201: SupportLogSchema, 200: SupportLogSchema.describe('Phiếu có mã này đã được lưu trước đó'), ...writeErrors },
    },
  }, async (req, reply) => {
    const { log, created } = await cdt.createSupportLog(ctx(req), req.body);
    return reply.status(created ? 201 : 200).send(log);
  });

  r.get('/api/v1/cdt/support-logs', {
    config: { access: 'cdt:read' },
    schema: { tags, summary: 'Nhật ký hỗ trợ người dân trong phạm vi (lọc theo tổ, đơn vị, khoảng ngày)', querystring: SupportLogListQuerySchema, response: { 200: pageOf(SupportLogSchema), ...authErrors } },
  }, (req) => cdt.findSupportLogs(ctx(req), req.query));

  r.get('/api/v1/cdt/summary', {
    config: { access: 'cdt:read' },
    schema: { tags, summary: 'Tổng hợp hỗ trợ theo xã/phường và theo tháng, trên cơ cấu đơn vị của ngày hỏi', querystring: SupportSummaryQuerySchema, response: { 200: SupportSummarySchema, ...authErrors } },
  }, (req) => cdt.getSupportSummary(ctx(req), req.query));
}
