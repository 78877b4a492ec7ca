import {
  DIFFICULTY_AGE_LABELS_VI,
  DIFFICULTY_SEVERITY_LABELS_VI,
  DIFFICULTY_STATUS_LABELS_VI,
  DifficultyListQuerySchema,
} from '@lantoa/contracts/difficulties';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findDifficulties } from './difficulties.service.ts';

/** Difficulties in scope with the list's filter. */
export const difficultyListExport = defineExportSource({
  name: 'difficulties',
  title: 'Khó khăn, vướng mắc',
  query: DifficultyListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Ngày báo cáo', key: 'created', type: 'date', width: 14 },
    { header: 'Đơn vị', key: 'unit', type: 'text', width: 32 },
    { header: 'Nội dung nhiệm vụ', key: 'taskArea', type: 'number', width: 10 },
    { header: 'Mức độ', key: 'severity', type: 'text', width: 14 },
    { header: 'Tiêu đề', key: 'title', type: 'text', width: 50 },
    { header: 'Trạng thái', key: 'status', type: 'text', width: 30 },
    { header: 'Số ngày', key: 'age', type: 'number', width: 10 },
    { header: 'Nhóm thời gian', key: 'bucket', type: 'text', width: 14 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findDifficulties(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findDifficulties(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((d) => ({
        created: d.createdAt.slice(0, 10), unit: d.unitName, taskArea: d.taskAreaNumber, severity: DIFFICULTY_SEVERITY_LABELS_VI[d.severity], title: d.title,
        status: DIFFICULTY_STATUS_LABELS_VI[d.status], age: d.ageDays, bucket: DIFFICULTY_AGE_LABELS_VI[d.ageBucket],
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
