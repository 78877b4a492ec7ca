import { z } from 'zod';
import { OWNERSHIPS, OWNERSHIP_LABELS_VI, SCHOOL_LEVELS, SCHOOL_LEVEL_LABELS_VI, type Ownership, type SchoolLevel, type SchoolProfileFields } from '@lantoa/contracts/schools';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './schools.repository.ts';
import { NO, SCHOOL_COLUMNS, YES } from './schools.exports.ts';

const C = SCHOOL_COLUMNS;
const COLUMNS = {
  name: { header: C.name.header, key: 'name', required: true, expected: 'Tên trường, 1–300 ký tự; mỗi phường, xã một tên một dòng' },
  commune: { header: C.commune.header, key: 'commune', required: true, expected: 'Tên đầy đủ của một phường, xã đang hoạt động trong phạm vi bạn quản lý (như cột Phường, xã của tệp xuất)' },
  level: { header: C.level.header, key: 'level', required: true, expected: `Một trong: ${SCHOOL_LEVELS.map((l) => SCHOOL_LEVEL_LABELS_VI[l]).join('; ')}` },
  ownership: { header: C.ownership.header, key: 'ownership', required: true, expected: `${OWNERSHIP_LABELS_VI.public} hoặc ${OWNERSHIP_LABELS_VI.private}` },
  club: { header: C.club.header, key: 'club', required: false, expected: `${YES} hoặc ${NO} (để trống là ${NO})` },
  playground: { header: C.playground.header, key: 'playground', required: false, expected: `${YES} hoặc ${NO} (để trống là ${NO})` },
  teachers: { header: C.teachers.header, key: 'teachers', required: false, expected: 'Số nguyên từ 0 đến 10.000 (để trống là 0)' },
  students: { header: C.students.header, key: 'students', required: false, expected: 'Số nguyên không âm, hoặc để trống' },
} as const satisfies Record<string, ImportColumn>;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const LEVEL_BY_TEXT = new Map<string, SchoolLevel>(SCHOOL_LEVELS.flatMap((l) => [[fold(SCHOOL_LEVEL_LABELS_VI[l]), l] as const, [l, l] as const]));
const OWNERSHIP_BY_TEXT = new Map<string, Ownership>(OWNERSHIPS.flatMap((o) => [[fold(OWNERSHIP_LABELS_VI[o]), o] as const, [o, o] as const]));

export type SchoolImportAction =
  | { op: 'create'; name: string; communeUnitId: string; communeSince: string | null; profile: SchoolProfileFields }
  | { op: 'update'; id: string; name: string; profile: SchoolProfileFields };

/**
 * Schools from a spreadsheet in the export's format, matched by name within the commune (its
 * current placement): a new pair adds a school placed in the commune from the commune's first day,
 * a known one takes the file's profile. Former communes are given on the screen, not in the file.
 */
export const schoolImporter = defineImporter<Record<string, never>, SchoolImportAction>({
  kind: 'schools',
  title: 'trường học',
  permission: 'school:manage',
  options: z.object({}),
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db: Queryable, ctx, rows) => {
    const errors = new RowErrors();
    const names = [...new Set(rows.map((r) => fold(r.values.commune ?? '')).filter(Boolean))];
    const { rows: units } = await db.query<{ unit_id: string; name: string; type: string }>(
      `SELECT unit_id, name, type FROM org_unit_version WHERE lower(name) = ANY($1::text[]) AND validity @> $2::date AND type = ANY($3::text[])`,
      [names, todayIso(), COMMUNE_LEVEL_TYPES],
    );
    const byName = new Map<string, { unit_id: string; name: string }[]>();
    for (const u of units) byName.set(fold(u.name), [...(byName.get(fold(u.name)) ?? []), u]);
    const firstRowOf = new Map<string, number>();
    const parsed: { row: number; name: string; communeUnitId: string; profile: SchoolProfileFields }[] = [];
    const flag = (text: string | undefined, row: number, col: ImportColumn): boolean => {
      const t = fold(text ?? '');
      if (!t || t === fold(NO) || t === '0') return false;
      if (t === fold(YES) || t === 'x' || t === '1') return true;
      errors.add(row, col, `"${text}" không phải ${YES} hay ${NO}`);
      return false;
    };
    const count = (text: string | undefined, row: number, col: ImportColumn, max: number): number | null => {
      const t = (text ?? '').trim();
      if (!t) return null;
      if (!/^\d+$/.test(t) || Number(t) > max) {
        errors.add(row, col, `"${t}" không phải số nguyên từ 0 đến ${max.toLocaleString('vi-VN')}`);
        return null;
      }
      return Number(t);
    };
    for (const { row, values } of rows) {
      const name = (values.name ?? '').replace(/\s+/g, ' ').trim();
      if (!name) errors.add(row, COLUMNS.name, 'Chưa có tên trường');
      else if (name.length > 300) errors.add(row, COLUMNS.name, `Tên trường có ${name.length} ký tự`);
      const candidates = byName.get(fold(values.commune ?? '')) ?? [];
      let communeUnitId = '';
      if (!values.commune) errors.add(row, COLUMNS.commune, 'Chưa có phường, xã');
      else if (candidates.length === 0) errors.add(row, COLUMNS.commune, `Không có phường, xã đang hoạt động tên "${values.commune}"`);
      else if (candidates.length > 1) errors.add(row, COLUMNS.commune, `Có ${candidates.length} phường, xã cùng tên "${values.commune}"`);
      else if (!(await canOnUnit(db, ctx.actor, 'school:manage', candidates[0]!.unit_id))) errors.add(row, COLUMNS.commune, `Bạn không quản lý trường học của ${candidates[0]!.name}`);
      else communeUnitId = candidates[0]!.unit_id;
      const level = LEVEL_BY_TEXT.get(fold(values.level ?? ''));
      if (!values.level) errors.add(row, COLUMNS.level, 'Chưa có cấp học');
      else if (!level) errors.add(row, COLUMNS.level, `Không có cấp học "${values.level}"`);
      const ownership = OWNERSHIP_BY_TEXT.get(fold(values.ownership ?? ''));
      if (!values.ownership) errors.add(row, COLUMNS.ownership, 'Chưa có loại hình');
      else if (!ownership) errors.add(row, COLUMNS.ownership, `Không có loại hình "${values.ownership}"`);
      const hasDxClub = flag(values.club, row, COLUMNS.club);
      const hasSciencePlayground = flag(values.playground, row, COLUMNS.playground);
      const teachersTrained = count(values.teachers, row, COLUMNS.teachers, 10_000) ?? 0;
      const students = count(values.students, row, COLUMNS.students, 1_000_000);
      const key = `${communeUnitId}|${name.toLowerCase()}`;
      if (communeUnitId && name) {
        if (firstRowOf.has(key)) errors.add(row, COLUMNS.name, `Trường "${name}" của phường, xã này đã có ở dòng ${firstRowOf.get(key)}`);
        else firstRowOf.set(key, row);
      }
      if (errors.has(row) || !level || !ownership) continue;
      parsed.push({ row, name, communeUnitId, profile: { level, ownership, hasDxClub, clubNote: null, hasSciencePlayground, teachersTrained, students } });
    }
    const { rows: existing } = await db.query<{ id: string; name: string; commune_unit_id: string; level: string; ownership: string; has_dx_club: boolean; club_note: string | null; has_science_playground: boolean; teachers_trained: number; students: number | null }>(
      `SELECT s.id, s.name, lp.commune_unit_id, s.level, s.ownership, s.has_dx_club, s.club_note, s.has_science_playground, s.teachers_trained, s.students
         FROM school s JOIN LATERAL (SELECT p.commune_unit_id FROM school_placement p WHERE p.school_id = s.id ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) lp ON true
        WHERE (lp.commune_unit_id, lower(s.name)) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
      [parsed.map((p) => p.communeUnitId), parsed.map((p) => p.name.toLowerCase())],
    );
    const known = new Map(existing.map((e) => [`${e.commune_unit_id}|${e.name.toLowerCase()}`, e]));
    const plan: ImportPlan<SchoolImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const p of parsed) {
      const before = known.get(`${p.communeUnitId}|${p.name.toLowerCase()}`);
      if (!before) {
        plan.actions.push({ op: 'create', name: p.name, communeUnitId: p.communeUnitId, communeSince: await repo.findUnitStart(db, p.communeUnitId), profile: p.profile });
        plan.create++;
        continue;
      }
      const profile = { ...p.profile, clubNote: p.profile.hasDxClub ? before.club_note : null };
      const same = before.level === profile.level && before.ownership === profile.ownership && before.has_dx_club === profile.hasDxClub
        && before.has_science_playground === profile.hasSciencePlayground && before.teachers_trained === profile.teachersTrained && before.students === profile.students;
      if (same) plan.unchanged++;
      else {
        plan.actions.push({ op: 'update', id: before.id, name: p.name, profile });
        plan.update++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertSchool(tx, { name: a.name, placements: [{ communeUnitId: a.communeUnitId, validFrom: a.communeSince, validTo: null }], profile: a.profile, createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx.actor, { action: 'school.create', entityType: 'school', entityId: id, summary: `Nhập trường ${a.name} từ tệp`, after: a });
      } else {
        const { rows } = await tx.query<{ lock_version: number }>('SELECT lock_version FROM school WHERE id = $1 FOR UPDATE', [a.id]);
        await repo.updateProfile(tx, a.id, a.profile, rows[0]!.lock_version);
        await recordAudit(tx, ctx.actor, { action: 'school.update', entityType: 'school', entityId: a.id, summary: `Cập nhật trường ${a.name} từ tệp`, after: a.profile });
      }
    }
  },
});
