import { PARTNER_KIND_LABELS_VI, PartnerListQuerySchema } from '@lantoa/contracts/partners';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findPartners } from './partners.service.ts';
import { findPartner } from './partners.repository.ts';

/** The columns of the partners export; the import reads the same headers (the counts are ignored). */
export const PARTNER_COLUMNS = {
  name: { header: 'Tên đối tác', key: 'name', type: 'text', width: 45 },
  kind: { header: 'Loại', key: 'kind', type: 'text', width: 28 },
  scope: { header: 'Trong nước/Quốc tế', key: 'scope', type: 'text', width: 16 },
  country: { header: 'Quốc gia', key: 'country', type: 'text', width: 16 },
  agreements: { header: 'Số thỏa thuận', key: 'agreements', type: 'number', width: 12 },
  contributed: { header: 'Tổng đóng góp (đồng)', key: 'contributed', type: 'number', width: 20 },
  contact: { header: 'Liên hệ', key: 'contact', type: 'text', width: 36 },
  website: { header: 'Trang web', key: 'website', type: 'text', width: 30 },
  notes: { header: 'Ghi chú', key: 'notes', type: 'text', width: 40 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/partners/export: the partners with the list's filter. */
export const partnerListExport = defineExportSource({
  name: 'partners',
  title: 'Đối tác và nguồn lực',
  query: PartnerListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(PARTNER_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findPartners(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findPartners(ctx, { ...q, page, pageSize: 200 });
      const full = await Promise.all(r.items.map((p) => findPartner(ctx.db, p.id)));
      yield r.items.map((p, i) => ({
        name: p.name, kind: PARTNER_KIND_LABELS_VI[p.kind], scope: p.isInternational ? 'Quốc tế' : 'Trong nước', country: p.country, agreements: p.agreementCount, contributed: p.contributedVnd,
        contact: full[i]?.contact ?? null, website: full[i]?.website ?? null, notes: full[i]?.notes ?? null,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
