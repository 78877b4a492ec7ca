import { MODEL_STATUS_LABELS_VI, ModelListQuerySchema, TARGET_GROUP_LABELS_VI } from '@lantoa/contracts/comm-models';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findModels } from './comm-models.service.ts';
import { findExportDetails } from './comm-models.repository.ts';

/** The columns of the models export; the import reads the same headers (the others are ignored). */
export const MODEL_COLUMNS = {
  year: { header: 'Năm', key: 'year', type: 'number', width: 8 },
  title: { header: 'Tên mô hình', key: 'title', type: 'text', width: 50 },
  unit: { header: 'Đơn vị đề xuất', key: 'unit', type: 'text', width: 36 },
  group: { header: 'Đối tượng', key: 'group', type: 'text', width: 22 },
  status: { header: 'Trạng thái', key: 'status', type: 'text', width: 18 },
  score: { header: 'Điểm bình quân', key: 'score', type: 'number', width: 12 },
  reach: { header: 'Dự kiến tiếp cận', key: 'reach', type: 'number', width: 14 },
  deployed: { header: 'Triển khai từ', key: 'deployed', type: 'date', width: 14 },
  replications: { header: 'Số đơn vị nhân rộng', key: 'replications', type: 'number', width: 12 },
  unitCode: { header: 'Mã đơn vị đề xuất', key: 'unitCode', type: 'text', width: 16 },
  description: { header: 'Mô tả', key: 'description', type: 'text', width: 60 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/comm-models/export: the models in scope with the list's filter. */
export const modelListExport = defineExportSource({
  name: 'comm-models',
  title: 'Mô hình truyền thông CĐS',
  query: ModelListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(MODEL_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findModels(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findModels(ctx, { ...q, page, pageSize: 200 });
      const details = await findExportDetails(ctx.db, r.items.map((m) => m.id));
      yield r.items.map((m) => ({
        year: m.year, title: m.title, unitCode: details.get(m.id)?.unitCode ?? null, unit: m.unitName, group: TARGET_GROUP_LABELS_VI[m.targetGroup],
        description: details.get(m.id)?.description ?? null, status: MODEL_STATUS_LABELS_VI[m.status],
        score: m.averageScore, reach: m.expectedReach, deployed: m.deployedOn, replications: m.replicationCount,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
