import { MODEL_STATUS_LABELS_VI, ModelListQuerySchema, TARGET_GROUP_LABELS_VI } from '@lantoa/contracts/comm-models';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findModels } from './comm-models.service.ts';

/** GET /api/v1/comm-models/export: the models in scope with the list's filter. */
export const modelListExport = defineExportSource({
  name: 'comm-models',
  title: 'Mô hình truyền thông CĐS',
  query: ModelListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Năm', key: 'year', type: 'number', width: 8 },
    { header: 'Tên mô hình', key: 'title', type: 'text', width: 50 },
    { header: 'Đơn vị đề xuất', key: 'unit', type: 'text', width: 36 },
    { header: 'Đối tượng', key: 'group', type: 'text', width: 22 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 18 },
    { header: 'Điểm bình quân', key: 'score', type: 'number', width: 12 },
    { header: 'Dự kiến tiếp cận', key: 'reach', type: 'number', width: 14 },
    { header: 'Triển khai từ', key: 'deployed', type: 'date', width: 14 },
    { header: 'Số đơn vị nhân rộng', key: 'replications', type: 'number', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findModels(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findModels(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((m) => ({
        year: m.year, title: m.title, unit: m.unitName, group: TARGET_GROUP_LABELS_VI[m.targetGroup], status: MODEL_STATUS_LABELS_VI[m.status],
        score: m.averageScore, reach: m.expectedReach, deployed: m.deployedOn, replications: m.replicationCount,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
