import { UNIT_TYPES, type UnitType } from '@lantoa/contracts/org-units';
import { UnitImportOptionsSchema } from '@lantoa/contracts/exchange';
import { assertCanOnUnit } from '../../platform/auth/authorize.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import * as repo from './org-units.repository.ts';
import { changeFrom } from './org-units.service.ts';
import { UNIT_TYPE_LABELS } from './org-units.labels.ts';
import { UNIT_COLUMNS } from './org-units.exports.ts';

const CODE = /^[0-9A-Za-z._-]{1,20}$/;
const TYPE_LIST = UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t]).join(', ');

const COLUMNS = {
  code: {
    header: UNIT_COLUMNS.code.header,
    key: 'code',
    required: true,
    expected: 'Mã đơn vị gồm chữ, số, dấu chấm, gạch (tối đa 20 ký tự), mỗi mã một dòng',
  },
  name: {
    header: UNIT_COLUMNS.name.header,
    key: 'name',
    required: true,
    expected: 'Tên đầy đủ của đơn vị, từ 2 đến 255 ký tự',
  },
  shortName: {
    header: UNIT_COLUMNS.shortName.header,
    key: 'shortName',
    required: false,
    expected: 'Tên viết tắt, tối đa 100 ký tự (để trống: giữ nguyên)',
  },
  type: {
    header: UNIT_COLUMNS.type.header,
    key: 'type',
    required: false,
    expected: `Bắt buộc với đơn vị mới; một trong: ${TYPE_LIST}`,
  },
} as const satisfies Record<string, ImportColumn>;

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();
const TYPE_BY_TEXT = new Map<string, UnitType>(
  UNIT_TYPES.flatMap((t) => [[fold(UNIT_TYPE_LABELS[t]), t] as const, [t, t] as const]),
);

export type UnitImportAction =
  | { op: 'create'; row: number; code: string; name: string; shortName: string | null; type: UnitType }
  | { op: 'update'; row: number; unitId: string; name: string; shortName: string | null };

type Options = { parentId: string; effectiveDate: string; legalBasis?: string };

function formatVn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Units from a spreadsheet, under one parent unit and from one effective date. A code not yet in
 * use creates a unit under the parent; a code already valid that day under the parent renames
 * the unit (name, short name) from that day when they differ, and is unchanged otherwise.
 * Moving units, changing their type or touching units elsewhere is refused row by row.
 */
export const unitImporter = defineImporter<Options, UnitImportAction>({
  kind: 'org-units',
  title: 'đơn vị',
  permission: 'org-unit:restructure',
  options: UnitImportOptionsSchema,
  columns: Object.values(COLUMNS),

  authorize: async (ctx, o) => {
    if (!(await repo.findUnit(ctx.db, o.parentId))) throw notFound('đơn vị cấp trên');
    await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', o.parentId, o.effectiveDate);
    if (!(await repo.findVersionAt(ctx.db, o.parentId, o.effectiveDate))) {
      throw new AppError('UNIT_PARENT_INVALID', `Đơn vị cấp trên không tồn tại vào ngày ${formatVn(o.effectiveDate)}`);
    }
  },

  plan: async (db, _ctx, rows, o, progress) => {
    const errors = new RowErrors();
    const firstRowOf = new Map<string, number>();
    const parsed: { row: number; code: string; name: string; shortName: string | null; type: UnitType | null }[] = [];
    for (const { row, values } of rows) {
      const code = values.code ?? '';
      const name = (values.name ?? '').replace(/\s+/g, ' ');
      const shortName = values.shortName ? values.shortName.replace(/\s+/g, ' ') : null;
      const typeText = values.type ?? '';
      const type = typeText ? (TYPE_BY_TEXT.get(fold(typeText)) ?? null) : null;
      if (!code) errors.add(row, COLUMNS.code, 'Chưa có mã đơn vị');
      else if (!CODE.test(code)) errors.add(row, COLUMNS.code, `Mã "${code}" không hợp lệ`);
      else if (firstRowOf.has(code))
        errors.add(
          row,
          COLUMNS.code,
          `Mã ${code} đã có ở dòng ${firstRowOf.get(code)}`,
          'Mỗi mã đơn vị chỉ xuất hiện một lần trong tệp',
        );
      else firstRowOf.set(code, row);
      if (!name) errors.add(row, COLUMNS.name, 'Chưa có tên đơn vị');
      else if (name.length < 2 || name.length > 255) errors.add(row, COLUMNS.name, `Tên có ${name.length} ký tự`);
      if (shortName && shortName.length > 100)
        errors.add(row, COLUMNS.shortName, `Tên viết tắt có ${shortName.length} ký tự`);
      if (typeText && !type) errors.add(row, COLUMNS.type, `Không có loại đơn vị "${typeText}"`);
      parsed.push({ row, code, name, shortName, type });
    }

    const codes = [...firstRowOf.keys()];
    const inUse = await repo.findVersionsByCodesFrom(db, codes, o.effectiveDate);
    const validOnDay = new Map(inUse.filter((v) => v.valid_on_date).map((v) => [v.official_code!, v]));
    const laterUse = new Map(inUse.filter((v) => !v.valid_on_date).map((v) => [v.official_code!, v]));
    const changedAfter = await repo.findUnitsChangedAfter(
      db,
      [...validOnDay.values()].map((v) => v.unit_id),
      o.effectiveDate,
    );
    const parentName = (await repo.findVersionAt(db, o.parentId, o.effectiveDate))?.name ?? 'đơn vị cấp trên';

    const plan: ImportPlan<UnitImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    let done = 0;
    for (const p of parsed) {
      if (progress && ++done % 500 === 0) await progress(done, parsed.length);
      if (errors.has(p.row)) continue;
      const existing = validOnDay.get(p.code);
      if (existing) {
        if (existing.parent_id !== o.parentId) {
          errors.add(
            p.row,
            COLUMNS.code,
            `Mã ${p.code} là của "${existing.name}", không trực thuộc ${parentName}`,
            `Mã của một đơn vị trực thuộc ${parentName}, hoặc một mã chưa dùng`,
          );
          continue;
        }
        if (p.type && p.type !== existing.type) {
          errors.add(
            p.row,
            COLUMNS.type,
            `"${existing.name}" là ${UNIT_TYPE_LABELS[existing.type]}; nhập dữ liệu không đổi loại đơn vị`,
            `${UNIT_TYPE_LABELS[existing.type]}, hoặc để trống`,
          );
          continue;
        }
        const shortName = p.shortName ?? existing.short_name;
        if (existing.name === p.name && existing.short_name === shortName) {
          plan.unchanged++;
          continue;
        }
        if (changedAfter.has(existing.unit_id)) {
          errors.add(
            p.row,
            COLUMNS.name,
            `"${existing.name}" đã có thay đổi sau ngày ${formatVn(o.effectiveDate)}`,
            'Chọn ngày hiệu lực muộn hơn thay đổi gần nhất của đơn vị',
          );
          continue;
        }
        plan.actions.push({ op: 'update', row: p.row, unitId: existing.unit_id, name: p.name, shortName });
        plan.update++;
        continue;
      }
      const later = laterUse.get(p.code);
      if (later) {
        errors.add(
          p.row,
          COLUMNS.code,
          `Mã ${p.code} được dùng cho "${later.name}" từ ngày ${later.valid_from ? formatVn(later.valid_from) : '?'}`,
          'Một mã chưa dùng cho đơn vị nào từ ngày hiệu lực trở đi',
        );
        continue;
      }
      if (!p.type) {
        errors.add(p.row, COLUMNS.type, 'Đơn vị mới cần có loại đơn vị');
        continue;
      }
      plan.actions.push({ op: 'create', row: p.row, code: p.code, name: p.name, shortName: p.shortName, type: p.type });
      plan.create++;
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx: Queryable, ctx, actions, o, progress) => {
    if (actions.length === 0) return;
    await repo.lockUnits(tx, [o.parentId]);
    const rootId = (await repo.findUnit(tx, o.parentId))?.root_id ?? null;
    const note = 'Nhập từ tệp';
    let done = 0;
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertUnit(tx, rootId);
        await repo.insertVersion(tx, {
          unitId: id,
          name: a.name,
          shortName: a.shortName,
          type: a.type,
          officialCode: a.code,
          parentId: o.parentId,
          validFrom: o.effectiveDate,
          validTo: null,
          note,
          source: o.legalBasis ?? null,
        });
      } else {
        await changeFrom(tx, a.unitId, o.effectiveDate, { name: a.name, shortName: a.shortName }, note);
      }
      if (progress && ++done % 200 === 0) await progress(done, actions.length);
    }
    for (const kind of ['create', 'rename'] as const) {
      const n = actions.filter((a) => (kind === 'create') === (a.op === 'create')).length;
      if (n === 0) continue;
      await repo.insertEvent(tx, {
        kind,
        effectiveDate: o.effectiveDate,
        legalBasis: o.legalBasis ?? null,
        createdBy: ctx.actor.userId,
        note: kind === 'create' ? `Nhập từ tệp: thành lập ${n} đơn vị` : `Nhập từ tệp: đổi tên ${n} đơn vị`,
      });
    }
  },
});
