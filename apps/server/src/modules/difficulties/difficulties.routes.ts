import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  CreateDifficultyBodySchema,
  DifficultyBoardSchema,
  DifficultyListQuerySchema,
  DifficultySummarySchema,
  DifficultyTransitionBodySchema,
  DifficultyViewSchema,
} from '@lantoa/contracts/difficulties';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as difficulties from './difficulties.service.ts';
import { difficultyListExport } from './difficulties.exports.ts';

export async function difficultyRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['difficulties'];
  // Every route here requires a permission, so the actor is always there.
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/difficulties', {
    config: { access: 'difficulty:read' },
    schema: { tags, summary: 'Khó khăn, vướng mắc trong phạm vi (lọc theo trạng thái, mức độ, nội dung nhiệm vụ; tìm không dấu)', querystring: DifficultyListQuerySchema, response: { 200: pageOf(DifficultySummarySchema), ...authErrors } },
  }, (req) => difficulties.findDifficulties(ctx(req), req.query));

  r.get('/api/v1/difficulties/export', {
    config: { access: 'difficulty:read' },
    schema: { tags, summary: 'Xuất danh sách khó khăn, vướng mắc ra XLSX/CSV (cùng bộ lọc)', querystring: DifficultyListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, difficultyListExport, filter, format);
  });

  r.get('/api/v1/difficulties/board', {
    config: { access: 'difficulty:read' },
    schema: { tags, summary: 'Bảng theo trạng thái và thời gian chờ', response: { 200: DifficultyBoardSchema, ...authErrors } },
  }, (req) => difficulties.getDifficultyBoard(ctx(req)));

  r.post('/api/v1/difficulties', {
    config: { access: 'difficulty:report' },
    schema: { tags, summary: 'Đơn vị báo cáo một khó khăn, vướng mắc', body: CreateDifficultyBodySchema, response: { 201: DifficultyViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await difficulties.createDifficulty(ctx(req), deps, req.body)));

  r.get('/api/v1/difficulties/:id', {
    config: { access: 'difficulty:read' },
    schema: { tags, summary: 'Một khó khăn, vướng mắc: nội dung, phối hợp, chỉ đạo, lịch sử', params: IdParamsSchema, response: { 200: DifficultyViewSchema, ...authErrors } },
  }, (req) => difficulties.getDifficulty(ctx(req), req.params.id));

  r.post('/api/v1/difficulties/:id/transition', {
    config: { access: 'difficulty:read' },
    schema: { tags, summary: 'Phối hợp, trình UBND, chỉ đạo hoặc ghi nhận đã giải quyết', params: IdParamsSchema, body: DifficultyTransitionBodySchema, response: { 200: DifficultyViewSchema, ...writeErrors } },
  }, (req) => difficulties.transitionDifficulty(ctx(req), deps, req.params.id, req.body));
}
