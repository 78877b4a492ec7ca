import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, OkSchema, pageOf } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  SubmitAnswersBodySchema,
  SurveyInputSchema,
  SurveyListQuerySchema,
  SurveyResultsQuerySchema,
  SurveyResultsSchema,
  SurveySummarySchema,
  SurveyTransitionBodySchema,
  SurveyViewSchema,
  UpdateSurveyBodySchema,
} from '@lantoa/contracts/surveys';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import * as surveys from './surveys.service.ts';
import { surveyResultsExport } from './surveys.exports.ts';

export async function surveyRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });

  r.get('/api/v1/surveys', {
    config: { access: 'survey:read' },
    schema: { tags, summary: 'Danh sách khảo sát (lọc theo năm, trạng thái; tìm không dấu)', querystring: SurveyListQuerySchema, response: { 200: pageOf(SurveySummarySchema), ...authErrors } },
  }, (req) => surveys.findSurveys(ctx(req), req.query));

  r.get('/api/v1/surveys/mine', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Các khảo sát đang chờ cán bộ trả lời', response: { 200: z.object({ items: z.array(SurveySummarySchema.extend({ hasAnswered: z.boolean() })) }), ...authErrors } },
  }, (req) => surveys.findMySurveys(ctx(req)));

  r.post('/api/v1/surveys', {
    config: { access: 'survey:manage' },
    schema: { tags, summary: 'Lập khảo sát (bản nháp)', body: SurveyInputSchema, response: { 201: SurveyViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await surveys.createSurvey(ctx(req), req.body)));

  r.get('/api/v1/surveys/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Một khảo sát: câu hỏi, đối tượng; người được hỏi thấy khảo sát gửi tới mình', params: IdParamsSchema, response: { 200: SurveyViewSchema, ...authErrors } },
  }, (req) => surveys.getSurvey(ctx(req), req.params.id));

  r.put('/api/v1/surveys/:id', {
    config: { access: 'survey:manage' },
    schema: { tags, summary: 'Sửa khảo sát đang soạn (khóa lạc quan theo lockVersion)', params: IdParamsSchema, body: UpdateSurveyBodySchema, response: { 200: SurveyViewSchema, ...writeErrors } },
  }, (req) => surveys.updateSurvey(ctx(req), req.params.id, req.body));

  r.post('/api/v1/surveys/:id/transition', {
    config: { access: 'survey:manage' },
    schema: { tags, summary: 'Mở, đóng hoặc mở lại khảo sát', params: IdParamsSchema, body: SurveyTransitionBodySchema, response: { 200: SurveyViewSchema, ...writeErrors } },
  }, (req) => surveys.transitionSurvey(ctx(req), req.params.id, req.body));

  r.post('/api/v1/surveys/:id/responses', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Cán bộ được hỏi gửi câu trả lời (một lần)', params: IdParamsSchema, body: SubmitAnswersBodySchema, response: { 201: OkSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await surveys.submitOfficialAnswers(ctx(req), req.params.id, req.body.answers)));

  r.get('/api/v1/surveys/:id/results', {
    config: { access: 'survey:read' },
    schema: { tags, summary: 'Kết quả theo câu hỏi, theo đơn vị và đối tượng, so với năm trước', params: IdParamsSchema, querystring: SurveyResultsQuerySchema, response: { 200: SurveyResultsSchema, ...authErrors } },
  }, (req) => surveys.getSurveyResults(ctx(req), req.params.id, req.query));

  r.get('/api/v1/surveys/:id/results/export', {
    config: { access: 'survey:read' },
    schema: { tags, summary: 'Xuất kết quả khảo sát ra XLSX/CSV', params: IdParamsSchema, querystring: SurveyResultsQuerySchema.extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, surveyResultsExport, { id: req.params.id, ...filter }, format);
  });
}
