import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, pageOf } from '@lantoa/contracts/common';
import { ExportFormatQuerySchema } from '@lantoa/contracts/exchange';
import {
  ActivityInputSchema,
  AgreementInputSchema,
  ContributionInputSchema,
  PartnerInputSchema,
  PartnerItemParamsSchema,
  PartnerListQuerySchema,
  PartnerSummarySchema,
  PartnerViewSchema,
  UpdatePartnerBodySchema,
} from '@lantoa/contracts/partners';
import type { RouteDeps } from '../../app.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { exportResponses, replyWithExport } from '../../platform/exports/export-reply.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import { partnerListExport } from './partners.exports.ts';
import * as partners from './partners.service.ts';

export async function partnerRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['partners'];
  const ctx = (req: { actor: Actor | null }) => ({ db, config, actor: req.actor! });
  const view = { 200: PartnerViewSchema, ...writeErrors };

  r.get('/api/v1/partners', {
    config: { access: 'partner:read' },
    schema: { tags, summary: 'Đối tác và nguồn lực (lọc theo loại, trong nước/quốc tế, tìm kiếm)', querystring: PartnerListQuerySchema, response: { 200: pageOf(PartnerSummarySchema), ...authErrors } },
  }, (req) => partners.findPartners(ctx(req), req.query));

  r.get('/api/v1/partners/export', {
    config: { access: 'partner:read' },
    schema: { tags, summary: 'Xuất danh sách đối tác ra XLSX/CSV (cùng bộ lọc)', querystring: PartnerListQuerySchema.omit({ page: true, pageSize: true }).extend(ExportFormatQuerySchema.shape), response: exportResponses },
  }, (req, reply) => {
    const { format, ...filter } = req.query;
    return replyWithExport(reply, deps, req.actor!, partnerListExport, filter, format);
  });

  r.post('/api/v1/partners', {
    config: { access: 'partner:manage' },
    schema: { tags, summary: 'Thêm đối tác', body: PartnerInputSchema, response: { 201: PartnerViewSchema, ...writeErrors } },
  }, async (req, reply) => reply.status(201).send(await partners.createPartner(ctx(req), req.body)));

  r.get('/api/v1/partners/:id', {
    config: { access: 'partner:read' },
    schema: { tags, summary: 'Một đối tác: thỏa thuận, đóng góp, hoạt động tham gia', params: IdParamsSchema, response: { 200: PartnerViewSchema, ...authErrors } },
  }, (req) => partners.getPartner(ctx(req), req.params.id));

  r.put('/api/v1/partners/:id', {
    config: { access: 'partner:manage' },
    schema: { tags, summary: 'Sửa đối tác (khóa lạc quan)', params: IdParamsSchema, body: UpdatePartnerBodySchema, response: view },
  }, (req) => partners.updatePartner(ctx(req), req.params.id, req.body));

  r.post('/api/v1/partners/:id/agreements', {
    config: { access: 'partner:manage' },
    schema: { tags, summary: 'Thêm thỏa thuận hợp tác (số, ngày ký, thời hạn, phạm vi)', params: IdParamsSchema, body: AgreementInputSchema, response: view },
  }, (req) => partners.addAgreement(ctx(req), req.params.id, req.body));

  r.post('/api/v1/partners/:id/contributions', {
    config: { access: 'partner:manage' },
    schema: { tags, summary: 'Thêm đóng góp (tiền hoặc hiện vật, giá trị bằng đồng), có thể gắn với sự kiện hoặc mô hình', params: IdParamsSchema, body: ContributionInputSchema, response: view },
  }, (req) => partners.addContribution(ctx(req), req.params.id, req.body));

  r.post('/api/v1/partners/:id/activities', {
    config: { access: 'partner:manage' },
    schema: { tags, summary: 'Ghi đối tác tham gia một sự kiện hoặc mô hình', params: IdParamsSchema, body: ActivityInputSchema, response: view },
  }, (req) => partners.addActivity(ctx(req), req.params.id, req.body));

  for (const kind of ['agreement', 'contribution', 'activity'] as const) {
    r.delete(`/api/v1/partners/:id/${kind === 'activity' ? 'activities' : `${kind}s`}/:itemId`, {
      config: { access: 'partner:manage' },
      schema: { tags, summary: `Gỡ ${kind === 'agreement' ? 'thỏa thuận' : kind === 'contribution' ? 'đóng góp' : 'hoạt động'} của đối tác`, params: PartnerItemParamsSchema, response: view },
    }, (req) => partners.removeItem(ctx(req), req.params.id, kind, req.params.itemId));
  }
}
