import { z } from 'zod';
import { TARGET_GROUP_LABELS_VI, TARGET_GROUPS, type ProposalInput, type TargetGroup } from '@lantoa/contracts/comm-models';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import { recordTransition } from '../../platform/workflow/workflow.ts';
import { findUnitsByCodes } from '../users/index.ts';
import { MODEL_COLUMNS } from './comm-models.exports.ts';
import * as repo from './comm-models.repository.ts';

const GROUP_LIST = TARGET_GROUPS.map((g) => TARGET_GROUP_LABELS_VI[g]).join('; ');
const col = (key: keyof typeof MODEL_COLUMNS, required: boolean, expected: string): ImportColumn => ({ header: MODEL_COLUMNS[key].header, key, required, expected });

const COLUMNS = {
  year: col('year', true, 'Năm đề xuất, bốn chữ số (2000–2100)'),
  title: col('title', true, 'Tên mô hình, tối đa 300 ký tự; cùng đơn vị, năm và tên là cùng một mô hình'),
  unitCode: col('unitCode', true, 'Mã của một đơn vị mà bạn được đề xuất mô hình (như cột Mã đơn vị đề xuất của tệp xuất)'),
  group: col('group', true, `Một trong: ${GROUP_LIST}`),
  description: col('description', true, 'Mô tả mô hình, tối đa 8000 ký tự'),
  reach: col('reach', true, 'Số người dự kiến tiếp cận: số nguyên không âm'),
} as const;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const GROUP_BY_TEXT = new Map<string, TargetGroup>(TARGET_GROUPS.flatMap((g) => [[fold(TARGET_GROUP_LABELS_VI[g]), g] as const, [g, g] as const]));

function parseCount(text: string, max: number): number | null {
  const t = text.trim().replace(/[.,\s]/g, '');
  if (!/^\d{1,9}$/.test(t)) return null;
  const n = Number(t);
  return n <= max ? n : null;
}

export const ModelImportOptionsSchema = z.object({});

export type ModelImportAction =
  | { op: 'create'; row: number; input: ProposalInput }
  | { op: 'update'; row: number; input: ProposalInput; existingId: string; lockVersion: number };

/**
 * Proposals of communication models from a spreadsheet in the export's format, matched by unit,
 * year and title: a new one is proposed; a known proposal still waiting for a panel gets the
 * row's fields; a model already past that stage must be unchanged (the status, score, deployment
 * and replication columns of the export are read-only and ignored).
 */
export const modelImporter = defineImporter<Record<string, never>, ModelImportAction>({
  kind: 'comm-models',
  title: 'đề xuất mô hình truyền thông',
  permission: 'comm-model:propose',
  options: ModelImportOptionsSchema,
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db, ctx, rows) => {
    const errors = new RowErrors();
    const units = await findUnitsByCodes(db, [...new Set(rows.map((r) => (r.values.unitCode ?? '').trim()).filter(Boolean))], todayIso());
    const mayPropose = new Map<string, boolean>();
    const seen = new Map<string, number>();
    const parsed: { row: number; input: ProposalInput }[] = [];
    for (const { row, values } of rows) {
      const v = (k: keyof typeof COLUMNS) => (values[k] ?? '').trim();
      const year = /^\d{4}$/.test(v('year')) ? Number(v('year')) : null;
      if (!v('year')) errors.add(row, COLUMNS.year, 'Chưa có năm');
      else if (!year || year < 2000 || year > 2100) errors.add(row, COLUMNS.year, `"${v('year')}" không phải một năm hợp lệ`);
      const title = v('title').replace(/\s+/g, ' ');
      if (!title) errors.add(row, COLUMNS.title, 'Chưa có tên mô hình');
      else if (title.length > 300) errors.add(row, COLUMNS.title, `Tên mô hình có ${title.length} ký tự`);
      const group = GROUP_BY_TEXT.get(fold(v('group')));
      if (!v('group')) errors.add(row, COLUMNS.group, 'Chưa có đối tượng');
      else if (!group) errors.add(row, COLUMNS.group, `Không có đối tượng "${v('group')}"`);
      const description = v('description');
      if (!description) errors.add(row, COLUMNS.description, 'Chưa có mô tả mô hình');
      else if (description.length > 8000) errors.add(row, COLUMNS.description, `Mô tả có ${description.length} ký tự`);
      const reach = parseCount(v('reach'), 100_000_000);
      if (!v('reach')) errors.add(row, COLUMNS.reach, 'Chưa có số người dự kiến tiếp cận');
      else if (reach === null) errors.add(row, COLUMNS.reach, `"${v('reach')}" không phải số nguyên không âm (tối đa 100.000.000)`);
      const unit = units.get(v('unitCode'));
      if (!v('unitCode')) errors.add(row, COLUMNS.unitCode, 'Chưa có mã đơn vị đề xuất');
      else if (!unit) errors.add(row, COLUMNS.unitCode, `Không có đơn vị mã ${v('unitCode')}`);
      else {
        if (!mayPropose.has(unit.id)) mayPropose.set(unit.id, await canOnUnit(db, ctx.actor, 'comm-model:propose', unit.id));
        if (!mayPropose.get(unit.id)) errors.add(row, COLUMNS.unitCode, `Bạn không được đề xuất mô hình cho ${unit.name}`);
      }
      if (errors.has(row) || !year || !group || reach === null || !unit) continue;
      const key = repo.modelKey(unit.id, year, title);
      if (seen.has(key)) {
        errors.add(row, COLUMNS.title, `Mô hình này đã có ở dòng ${seen.get(key)}`, 'Mỗi mô hình (đơn vị, năm, tên) chỉ một dòng');
        continue;
      }
      seen.set(key, row);
      parsed.push({ row, input: { year, unitId: unit.id, title, targetGroup: group, description, expectedReach: reach } });
    }
    const existing = await repo.findModelsByKeys(db, parsed.map((p) => p.input));
    const plan: ImportPlan<ModelImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const p of parsed) {
      const current = existing.get(repo.modelKey(p.input.unitId, p.input.year, p.input.title));
      if (!current) {
        plan.actions.push({ op: 'create', row: p.row, input: p.input });
        plan.create++;
        continue;
      }
      const same = current.title === p.input.title && current.target_group === p.input.targetGroup && current.description === p.input.description &&
        current.expected_reach === p.input.expectedReach;
      if (same) plan.unchanged++;
      else if (current.status !== 'proposed') {
        errors.add(p.row, COLUMNS.title, 'Mô hình này đã qua bước đề xuất nên không sửa được bằng tệp', 'Giữ nguyên các cột của mô hình đã đưa ra hội đồng, hoặc bỏ dòng này');
      } else {
        plan.actions.push({ op: 'update', row: p.row, input: p.input, existingId: current.id, lockVersion: current.lock_version });
        plan.update++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertModel(tx, a.input, ctx.actor.userId);
        await recordTransition(tx, { entityType: 'comm_model', entityId: id, action: 'propose', from: null, to: 'proposed', comment: `Nhập từ tệp, dòng ${a.row}`, actor: ctx.actor });
        await recordAudit(tx, ctx.actor, { action: 'comm-model.propose', entityType: 'comm_model', entityId: id, summary: `Đề xuất mô hình ${a.input.title} (nhập từ tệp, dòng ${a.row})`, after: a.input });
      } else {
        const before = await repo.findModel(tx, a.existingId, { forUpdate: true });
        // The plan ran inside this same transaction, so the version cannot have moved.
        if (!before || !(await repo.updateProposal(tx, a.existingId, a.input, a.lockVersion))) throw new Error(`comm_model ${a.existingId} changed while importing`);
        await recordAudit(tx, ctx.actor, {
          action: 'comm-model.update', entityType: 'comm_model', entityId: a.existingId, summary: `Sửa đề xuất mô hình ${a.input.title} (nhập từ tệp, dòng ${a.row})`,
          before: { title: before.title, targetGroup: before.target_group, description: before.description, expectedReach: before.expected_reach }, after: a.input,
        });
      }
    }
  },
});
