import { z } from 'zod';
import { SESSION_TOPIC_LABELS_VI, SESSION_TOPICS, type SessionInput, type SessionTopic } from '@lantoa/contracts/schools';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { parseDay } from '../../platform/imports/days.ts';
import { todayIso } from '../../platform/time.ts';
import { SESSION_COLUMNS } from './schools.exports.ts';
import * as repo from './schools.repository.ts';

const col = (key: keyof typeof SESSION_COLUMNS, required: boolean, expected: string): ImportColumn => ({ header: SESSION_COLUMNS[key].header, key, required, expected });
const COLUMNS = {
  heldOn: col('heldOn', true, 'Ngày dạng dd/mm/yyyy, không sau hôm nay'),
  school: col('school', true, 'Tên một trường của phường, xã ở cột Phường, xã (như cột Trường của tệp xuất)'),
  topic: col('topic', true, `Một trong: ${SESSION_TOPICS.map((t) => SESSION_TOPIC_LABELS_VI[t]).join('; ')}`),
  title: col('title', true, 'Nội dung buổi ngoại khóa, tối đa 500 ký tự'),
  classes: col('classes', true, 'Số nguyên từ 0 đến 1.000'),
  students: col('students', true, 'Số nguyên từ 0 đến 100.000'),
  commune: col('commune', true, 'Tên đầy đủ của phường, xã đang hoạt động nơi trường đặt (như cột Phường, xã của tệp xuất)'),
  note: col('note', false, 'Ghi chú, tối đa 2000 ký tự'),
} as const;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const TOPIC_BY_TEXT = new Map<string, SessionTopic>(SESSION_TOPICS.flatMap((t) => [[fold(SESSION_TOPIC_LABELS_VI[t]), t] as const, [t, t] as const]));

export type SessionImportAction = { row: number; schoolId: string; schoolName: string; input: SessionInput };

/**
 * DX extracurricular sessions from a spreadsheet in the export's format. A session is known by
 * its school, day and content: a row matching one already recorded with the same figures is
 * left as it is; with other figures it is an error (sessions are corrected on the school's page).
 */
export const sessionImporter = defineImporter<Record<string, never>, SessionImportAction>({
  kind: 'school-sessions',
  title: 'buổi ngoại khóa chuyển đổi số',
  permission: 'school:manage',
  options: z.object({}),
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db, ctx, rows) => {
    const errors = new RowErrors();
    const names = [...new Set(rows.map((r) => fold(r.values.commune ?? '')).filter(Boolean))];
    const { rows: units } = await db.query<{ unit_id: string; name: string }>(
      `SELECT unit_id, name FROM org_unit_version WHERE lower(name) = ANY($1::text[]) AND validity @> $2::date AND type = ANY($3::text[])`,
      [names, todayIso(), COMMUNE_LEVEL_TYPES],
    );
    const byName = new Map<string, { unit_id: string; name: string }[]>();
    for (const u of units) byName.set(fold(u.name), [...(byName.get(fold(u.name)) ?? []), u]);
    const mayManage = new Map<string, boolean>();
    const today = todayIso();
    const parsed: { row: number; communeUnitId: string; school: string; input: SessionInput }[] = [];
    const rowValues = new Map(rows.map((r) => [r.row, r.values]));
    const count = (k: 'classes' | 'students', row: number, max: number): number | null => {
      const t = (rowValues.get(row)?.[k] ?? '').trim().replace(/[.\s]/g, '');
      if (!t) errors.add(row, COLUMNS[k], k === 'classes' ? 'Chưa có số lớp' : 'Chưa có số học sinh');
      else if (!/^\d{1,7}$/.test(t) || Number(t) > max) errors.add(row, COLUMNS[k], `"${t}" không phải số nguyên từ 0 đến ${max.toLocaleString('vi-VN')}`);
      else return Number(t);
      return null;
    };
    for (const { row, values } of rows) {
      const v = (k: keyof typeof COLUMNS) => (values[k] ?? '').trim();
      const heldOn = parseDay(v('heldOn'));
      if (!v('heldOn')) errors.add(row, COLUMNS.heldOn, 'Chưa có ngày');
      else if (!heldOn) errors.add(row, COLUMNS.heldOn, `"${v('heldOn')}" không phải một ngày có thật`);
      else if (heldOn > today) errors.add(row, COLUMNS.heldOn, 'Chỉ ghi buổi ngoại khóa đã diễn ra (ngày không được sau hôm nay)');
      const school = v('school').replace(/\s+/g, ' ');
      if (!school) errors.add(row, COLUMNS.school, 'Chưa có tên trường');
      const topic = TOPIC_BY_TEXT.get(fold(v('topic')));
      if (!v('topic')) errors.add(row, COLUMNS.topic, 'Chưa có chủ đề');
      else if (!topic) errors.add(row, COLUMNS.topic, `Không có chủ đề "${v('topic')}"`);
      const title = v('title').replace(/\s+/g, ' ');
      if (!title) errors.add(row, COLUMNS.title, 'Chưa có nội dung');
      else if (title.length > 500) errors.add(row, COLUMNS.title, `Nội dung có ${title.length} ký tự`);
      const classes = count('classes', row, 1000);
      const students = count('students', row, 100_000);
      const note = v('note') || null;
      if (note && note.length > 2000) errors.add(row, COLUMNS.note, `Ghi chú có ${note.length} ký tự`);
      const candidates = byName.get(fold(v('commune'))) ?? [];
      let communeUnitId = '';
      if (!v('commune')) errors.add(row, COLUMNS.commune, 'Chưa có phường, xã');
      else if (candidates.length === 0) errors.add(row, COLUMNS.commune, `Không có phường, xã đang hoạt động tên "${v('commune')}"`);
      else if (candidates.length > 1) errors.add(row, COLUMNS.commune, `Có ${candidates.length} phường, xã cùng tên "${v('commune')}"`);
      else {
        const u = candidates[0]!;
        if (!mayManage.has(u.unit_id)) mayManage.set(u.unit_id, await canOnUnit(db, ctx.actor, 'school:manage', u.unit_id));
        if (!mayManage.get(u.unit_id)) errors.add(row, COLUMNS.commune, `Bạn không quản lý trường học của ${u.name}`);
        else communeUnitId = u.unit_id;
      }
      if (errors.has(row) || !heldOn || !topic || classes === null || students === null) continue;
      parsed.push({ row, communeUnitId, school, input: { heldOn, topic, title, classes, students, note } });
    }
    const schools = await repo.findSchoolsByCommuneAndName(db, parsed.map((p) => ({ communeUnitId: p.communeUnitId, name: p.school })));
    const found = parsed.flatMap((p) => {
      const s = schools.get(`${p.communeUnitId}|${p.school.toLowerCase()}`);
      if (!s) {
        errors.add(p.row, COLUMNS.school, `Phường, xã này không có trường "${p.school}"`);
        return [];
      }
      return [{ ...p, schoolId: s.id, schoolName: s.name }];
    });
    const keyOf = (schoolId: string, heldOn: string, title: string) => `${schoolId}|${heldOn}|${fold(title)}`;
    const existing = new Map((await repo.findSessionsOfSchools(db, [...new Set(found.map((f) => f.schoolId))])).map((x) => [keyOf(x.school_id, x.held_on, x.title), x]));
    const seen = new Map<string, number>();
    const plan: ImportPlan<SessionImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const f of found) {
      const key = keyOf(f.schoolId, f.input.heldOn, f.input.title);
      if (seen.has(key)) {
        errors.add(f.row, COLUMNS.title, `Buổi này đã có ở dòng ${seen.get(key)}`, 'Mỗi buổi (trường, ngày, nội dung) chỉ một dòng');
        continue;
      }
      seen.set(key, f.row);
      const current = existing.get(key);
      if (!current) {
        plan.actions.push({ row: f.row, schoolId: f.schoolId, schoolName: f.schoolName, input: f.input });
        plan.create++;
      } else if (current.topic === f.input.topic && current.classes === f.input.classes && current.students === f.input.students && (current.note ?? null) === f.input.note) {
        plan.unchanged++;
      } else {
        errors.add(f.row, COLUMNS.title, 'Buổi ngoại khóa này (trường, ngày, nội dung) đã được ghi với số liệu khác', 'Sửa trên trang của trường (xóa buổi cũ rồi ghi lại), hoặc bỏ dòng này');
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      const id = await repo.insertSession(tx, a.schoolId, a.input, ctx.actor.userId);
      await recordAudit(tx, ctx.actor, {
        action: 'school.session.create', entityType: 'school_dx_session', entityId: id,
        summary: `Thêm buổi ngoại khóa "${a.input.title}" của ${a.schoolName} (nhập từ tệp, dòng ${a.row})`, after: a.input,
      });
    }
  },
});
