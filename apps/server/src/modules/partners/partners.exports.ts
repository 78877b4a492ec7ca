import { PARTNER_KIND_LABELS_VI, PartnerListQuerySchema } from '@lantoa/contracts/partners';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findPartners } from './partners.service.ts';

/** GET /api/v1/partners/export: the partners with the list's filter. */
export const partnerListExport = defineExportSource({
  name: 'partners',
  title: 'Đối tác và nguồn lực',
  query: PartnerListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Tên đối tác', key: 'name', type: 'text', width: 45 },
    { header: 'Loại', key: 'kind', type: 'text', width: 28 },
    { header: 'Trong nước/Quốc tế', key: 'scope', type: 'text', width: 16 },
    { header: 'Quốc gia', key: 'country', type: 'text', width: 16 },
    { header: 'Số thỏa thuận', key: 'agreements', type: 'number', width: 12 },
    { header: 'Tổng đóng góp (đồng)', key: 'contributed', type: 'number', width: 20 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findPartners(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findPartners(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((p) => ({ name: p.name, kind: PARTNER_KIND_LABELS_VI[p.kind], scope: p.isInternational ? 'Quốc tế' : 'Trong nước', country: p.country, agreements: p.agreementCount, contributed: p.contributedVnd }));
      if (page * 200 >= r.total) return;
    }
  },
});
