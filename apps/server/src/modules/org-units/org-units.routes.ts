import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '@lantoa/contracts/common';
import {
  CloseUnitBodySchema,
  CreateUnitBodySchema,
  MergeUnitsBodySchema,
  MoveUnitBodySchema,
  RenameUnitBodySchema,
  SplitUnitBodySchema,
  TreeQuerySchema,
  TreeResponseSchema,
  UnitActionResultSchema,
  UnitDetailSchema,
  UnitListQuerySchema,
  UnitSearchQuerySchema,
  UnitSummarySchema,
  UpdateProfileBodySchema,
} from '@lantoa/contracts/org-units';
import { UnitExportQuerySchema } from '@lantoa/contracts/exchange';
import type { RouteDeps } from '../../app.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as svc from './org-units.service.ts';
import { unitListExport } from './org-units.exports.ts';

const UnitListItemSchema = UnitSummarySchema.extend({ parentName: z.string().nullable() });

export async function orgUnitRoutes(app: FastifyInstance, { db, config, jobs }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org-units'];

  r.get('/api/v1/org-units/tree', {
    config: { access: 'org-unit:read' },
    schema: { tags, summary: 'Cây đơn vị có hiệu lực vào một ngày', querystring: TreeQuerySchema, response: { 200: TreeResponseSchema, ...authErrors } },
  }, (req) => svc.getTree({ db, config, actor: req.actor }, req.query));

  r.get('/api/v1/org-units', {
    config: { access: 'org-unit:read' },
    schema: {
      tags, summary: 'Danh sách đơn vị (lọc, sắp xếp, phân trang)', querystring: UnitListQuerySchema,
      response: { 200: z.object({ items: z.array(UnitListItemSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }), ...authErrors },
    },
  }, (req) => svc.findUnits({ db, config, actor: req.actor }, req.query));

  r.get('/api/v1/org-units/export', {
    config: { access: 'org-unit:read' },
    schema: {
      tags, summary: 'Xuất danh sách đơn vị ra XLSX/CSV (cùng bộ lọc với danh sách; danh sách lớn chạy nền)',
      querystring: UnitExportQuerySchema, response: exportResponses,
    },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, { db, config, jobs }, req.actor!, unitListExport, filter, format);
  });

  r.get('/api/v1/org-units/search', {
    config: { access: 'org-unit:read' },
    schema: { tags, summary: 'Tìm đơn vị theo tên, không phân biệt dấu', querystring: UnitSearchQuerySchema, response: { 200: z.object({ items: z.array(UnitSummarySchema) }), ...authErrors } },
  }, (req) => svc.searchUnits({ db, config, actor: req.actor }, req.query));

  r.get('/api/v1/org-units/:id', {
    config: { access: 'org-unit:read' },
    schema: { tags, summary: 'Một đơn vị: các phiên bản, tiền thân, kế thừa', params: IdParamsSchema, response: { 200: UnitDetailSchema, ...authErrors } },
  }, (req) => svc.getUnit({ db, config, actor: req.actor }, req.params.id));

  r.post('/api/v1/org-units', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Thành lập đơn vị', body: CreateUnitBodySchema, response: { 201: UnitActionResultSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await svc.createUnit({ db, config, actor: req.actor! }, req.body)));

  r.post('/api/v1/org-units/:id/rename', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Đổi tên, mã hoặc loại đơn vị từ một ngày', params: IdParamsSchema, body: RenameUnitBodySchema, response: { 200: UnitActionResultSchema, ...writeErrors } },
  }, (req) => svc.renameUnit({ db, config, actor: req.actor! }, req.params.id, req.body));

  r.post('/api/v1/org-units/:id/move', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Chuyển đơn vị sang đơn vị cấp trên khác', params: IdParamsSchema, body: MoveUnitBodySchema, response: { 200: UnitActionResultSchema, ...writeErrors } },
  }, (req) => svc.moveUnit({ db, config, actor: req.actor! }, req.params.id, req.body));

  r.post('/api/v1/org-units/:id/close', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Giải thể đơn vị từ một ngày', params: IdParamsSchema, body: CloseUnitBodySchema, response: { 200: UnitActionResultSchema, ...writeErrors } },
  }, (req) => svc.closeUnit({ db, config, actor: req.actor! }, req.params.id, req.body));

  r.post('/api/v1/org-units/merge', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Sáp nhập nhiều đơn vị thành một', body: MergeUnitsBodySchema, response: { 200: UnitActionResultSchema, ...writeErrors } },
  }, (req) => svc.mergeUnits({ db, config, actor: req.actor! }, req.body));

  r.post('/api/v1/org-units/:id/split', {
    config: { access: 'org-unit:restructure' },
    schema: { tags, summary: 'Chia tách một đơn vị thành nhiều đơn vị', params: IdParamsSchema, body: SplitUnitBodySchema, response: { 200: UnitActionResultSchema, ...writeErrors } },
  }, (req) => svc.splitUnit({ db, config, actor: req.actor! }, req.params.id, req.body));

  r.put('/api/v1/org-units/:id/profile', {
    config: { access: 'org-unit:update-profile' },
    schema: { tags, summary: 'Cập nhật thông tin liên hệ của đơn vị (khóa lạc quan theo version)', params: IdParamsSchema, body: UpdateProfileBodySchema, response: { 200: UnitDetailSchema, ...writeErrors } },
  }, (req) => svc.updateProfile({ db, config, actor: req.actor! }, req.params.id, req.body));
}
