import { EVENT_KIND_LABELS_VI, EventListQuerySchema } from '@lantoa/contracts/events';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findEvents } from './events.service.ts';

/** The columns of the events export; the import reads the same headers (extra ones are ignored). */
export const EVENT_COLUMNS = {
  kind: { header: 'Loại sự kiện', key: 'kind', type: 'text', width: 34 },
  title: { header: 'Tên sự kiện', key: 'title', type: 'text', width: 50 },
  theme: { header: 'Chủ đề', key: 'theme', type: 'text', width: 40 },
  startsOn: { header: 'Ngày bắt đầu', key: 'startsOn', type: 'date', width: 14 },
  endsOn: { header: 'Ngày kết thúc', key: 'endsOn', type: 'date', width: 14 },
  place: { header: 'Địa điểm', key: 'place', type: 'text', width: 36 },
  unitCode: { header: 'Mã đơn vị tổ chức', key: 'unitCode', type: 'text', width: 16 },
  unit: { header: 'Đơn vị tổ chức', key: 'unit', type: 'text', width: 40 },
  registrations: { header: 'Số đăng ký', key: 'registrations', type: 'number', width: 12 },
  attendance: { header: 'Số người tham dự', key: 'attendance', type: 'number', width: 14 },
  products: { header: 'Số sản phẩm Make in Da Nang', key: 'products', type: 'number', width: 14 },
  coverage: { header: 'Số bài viết đưa tin', key: 'coverage', type: 'number', width: 12 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/events/export: the events in scope with the list's filter and order. */
export const eventListExport = defineExportSource({
  name: 'events',
  title: 'Sự kiện truyền thông CĐS',
  query: EventListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(EVENT_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findEvents(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findEvents(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((e) => ({
        kind: EVENT_KIND_LABELS_VI[e.kind], title: e.title, theme: e.theme, startsOn: e.startsOn, endsOn: e.endsOn, place: e.place,
        unitCode: e.organiserUnitCode, unit: e.organiserUnitName, registrations: e.registrations, attendance: e.attendance, products: e.productCount, coverage: e.coverageCount,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
