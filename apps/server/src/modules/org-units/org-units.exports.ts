import { UNIT_TYPE_GROUP } from '@lantoa/contracts/org-units';
import { UnitExportQuerySchema } from '@lantoa/contracts/exchange';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import * as repo from './org-units.repository.ts';
import { toListFilter } from './org-units.service.ts';
import { UNIT_GROUP_LABELS, UNIT_TYPE_LABELS } from './org-units.labels.ts';

const ExportFilterSchema = UnitExportQuerySchema.omit({ format: true });

/** The columns of the unit list export; an import reads the first four under the same headers. */
export const UNIT_COLUMNS = {
  code: { header: 'Mã đơn vị', key: 'code', type: 'text', width: 14 },
  name: { header: 'Tên đơn vị', key: 'name', type: 'text', width: 45 },
  shortName: { header: 'Tên viết tắt', key: 'shortName', type: 'text', width: 18 },
  type: { header: 'Loại đơn vị', key: 'type', type: 'text', width: 24 },
  group: { header: 'Nhóm', key: 'group', type: 'text', width: 26 },
  parent: { header: 'Đơn vị cấp trên', key: 'parent', type: 'text', width: 40 },
  childCount: { header: 'Số đơn vị trực thuộc', key: 'childCount', type: 'number', width: 12 },
  validFrom: { header: 'Hiệu lực từ ngày', key: 'validFrom', type: 'date', width: 14 },
  validTo: { header: 'Hiệu lực đến ngày', key: 'validTo', type: 'date', width: 14 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/org-units/export: the unit list of a day, with the list's filter and order. */
export const unitListExport = defineExportSource({
  name: 'org-units',
  title: 'Danh sách đơn vị',
  query: ExportFilterSchema,
  columns: Object.values(UNIT_COLUMNS),
  count: (ctx, q) => repo.countVersionsAsOf(ctx.db, toListFilter(q)),
  rows: async function* (ctx, q) {
    for await (const batch of repo.streamVersionsAsOf(ctx.db, toListFilter(q))) {
      yield batch.map((v) => ({
        code: v.official_code,
        name: v.name,
        shortName: v.short_name,
        type: UNIT_TYPE_LABELS[v.type] ?? v.type,
        group: UNIT_GROUP_LABELS[UNIT_TYPE_GROUP[v.type] ?? 'other'],
        parent: v.parent_name,
        childCount: v.child_count,
        validFrom: v.valid_from,
        validTo: v.valid_to,
      }));
    }
  },
});
