import { z } from 'zod';
import {
  ClassExportQuerySchema,
  PARTICIPANT_KIND_LABELS_VI,
  PARTICIPANT_KINDS,
  ParticipantImportOptionsSchema,
  TRAINING_KIND_LABELS_VI,
  type ParticipantInput,
  type ParticipantKind,
} from '@lantoa/contracts/trainings';
import { UuidSchema } from '@lantoa/contracts/common';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { defineExportSource } from '../../platform/exports/exports.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './trainings.repository.ts';
import { findClasses, getClass } from './trainings.service.ts';

const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

/** Classes in scope with the list's filter. */
export const classListExport = defineExportSource({
  name: 'training-classes',
  title: 'Lớp tập huấn',
  query: ClassExportQuerySchema,
  columns: [
    { header: 'Tên lớp', key: 'title', type: 'text', width: 45 },
    { header: 'Khóa tập huấn', key: 'course', type: 'text', width: 40 },
    { header: 'Loại', key: 'kind', type: 'text', width: 36 },
    { header: 'Đơn vị tổ chức', key: 'organiser', type: 'text', width: 36 },
    { header: 'Từ ngày', key: 'startsOn', type: 'date', width: 12 },
    { header: 'Đến ngày', key: 'endsOn', type: 'date', width: 12 },
    { header: 'Hình thức', key: 'mode', type: 'text', width: 12 },
    { header: 'Địa điểm', key: 'place', type: 'text', width: 36 },
    { header: 'Số học viên', key: 'participants', type: 'number', width: 12 },
    { header: 'Số hoàn thành', key: 'completed', type: 'number', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findClasses(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findClasses(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((k) => ({
        title: k.title, course: k.courseTitle, kind: TRAINING_KIND_LABELS_VI[k.kind], organiser: k.organiserUnitName,
        startsOn: k.startsOn, endsOn: k.endsOn, mode: k.isOnline ? 'Trực tuyến' : 'Trực tiếp', place: k.place,
        participants: k.participantCount, completed: k.completedCount,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** Headers shared by the participants export and import, so that an exported list imports back unchanged. */
const COLUMNS = {
  fullName: { header: 'Họ và tên', key: 'fullName', required: true, expected: 'Họ và tên học viên, tối đa 200 ký tự' },
  unitCode: { header: 'Mã đơn vị', key: 'unitCode', required: false, expected: 'Mã của đơn vị công tác (như cột Mã đơn vị của tệp xuất), hoặc để trống' },
  kind: {
    header: 'Đối tượng', key: 'kind', required: true,
    expected: `Một trong: ${PARTICIPANT_KINDS.map((k) => PARTICIPANT_KIND_LABELS_VI[k]).join('; ')}`,
  },
  teamCode: { header: 'Mã tổ công nghệ số', key: 'teamCode', required: false, expected: 'Mã của Tổ công nghệ số cộng đồng mà học viên là thành viên, hoặc để trống' },
  attended: { header: 'Có mặt', key: 'attended', required: false, expected: 'Có hoặc Không (để trống là Không)' },
  completed: { header: 'Hoàn thành', key: 'completed', required: false, expected: 'Có hoặc Không (để trống là Không)' },
} as const satisfies Record<string, ImportColumn>;

export const ParticipantExportQuerySchema = z.object({ classId: UuidSchema });

/** The participants of one class, in the import's format. */
export const participantListExport = defineExportSource({
  name: 'training-participants',
  title: 'Danh sách học viên',
  query: ParticipantExportQuerySchema,
  columns: [
    { header: COLUMNS.fullName.header, key: 'fullName', type: 'text', width: 30 },
    { header: COLUMNS.unitCode.header, key: 'unitCode', type: 'text', width: 16 },
    { header: 'Đơn vị', key: 'unitName', type: 'text', width: 36 },
    { header: COLUMNS.kind.header, key: 'kind', type: 'text', width: 34 },
    { header: COLUMNS.teamCode.header, key: 'teamCode', type: 'text', width: 18 },
    { header: 'Tổ công nghệ số', key: 'teamName', type: 'text', width: 36 },
    { header: COLUMNS.attended.header, key: 'attended', type: 'text', width: 10 },
    { header: COLUMNS.completed.header, key: 'completed', type: 'text', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await getClass(ctx, q.classId)).participants.length,
  rows: async function* (ctx: AuthedCtx, q) {
    const k = await getClass(ctx, q.classId);
    yield k.participants.map((p) => ({
      fullName: p.fullName, unitCode: p.unitCode, unitName: p.unitName, kind: PARTICIPANT_KIND_LABELS_VI[p.participantKind],
      teamCode: p.cdtTeamCode, teamName: p.cdtTeamName, attended: yesNo(p.attended), completed: yesNo(p.completed),
    }));
  },
});

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const KIND_BY_TEXT = new Map<string, ParticipantKind>(
  PARTICIPANT_KINDS.flatMap((k) => [[fold(PARTICIPANT_KIND_LABELS_VI[k]), k] as const, [k, k] as const]),
);
const YES = new Set(['có', 'co', 'x', '1', 'true', 'đạt']);
const NO = new Set(['', 'không', 'khong', '0', 'false']);

type ParticipantRowInput = Omit<ParticipantInput, 'fullName'> & { fullName: string };
export type ParticipantImportAction = { op: 'create' | 'update'; key: string; participant: ParticipantRowInput };

const personKey = (fullName: string, unitId: string | null) => `${fold(fullName)}|${unitId ?? ''}`;

async function requireManageableClass(db: Queryable, ctx: AuthedCtx, classId: string): Promise<repo.ClassRow> {
  const k = await repo.findClass(db, classId);
  if (!k || !(await canOnUnit(db, ctx.actor, 'training:read', k.organiser_unit_id))) throw notFound('lớp tập huấn');
  if (!(await canOnUnit(db, ctx.actor, 'training:manage', k.organiser_unit_id))) throw new AppError('FORBIDDEN');
  return k;
}

/**
 * Participants of one class from a spreadsheet, matched by name and unit: a known participant
 * gets the file's kind, team and ticks; a new one is added at the end. Nobody is removed.
 */
export const participantImporter = defineImporter<z.infer<typeof ParticipantImportOptionsSchema>, ParticipantImportAction>({
  kind: 'training-participants',
  title: 'học viên lớp tập huấn',
  permission: 'training:manage',
  options: ParticipantImportOptionsSchema,
  columns: Object.values(COLUMNS),

  authorize: async (ctx, o) => {
    await requireManageableClass(ctx.db, ctx, o.classId);
  },

  plan: async (db, ctx, rows, o) => {
    await requireManageableClass(db, ctx, o.classId);
    const errors = new RowErrors();
    const codes = [...new Set(rows.flatMap((r) => [r.values.unitCode, r.values.teamCode]).filter((c): c is string => !!c))];
    const units = await repo.findUnitsByCodes(db, codes, todayIso());
    const existing = new Map((await repo.findParticipants(db, o.classId)).map((p) => [personKey(p.full_name, p.unit_id), p]));
    const firstRowOf = new Map<string, number>();
    const plan: ImportPlan<ParticipantImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const { row, values } of rows) {
      const fullName = (values.fullName ?? '').replace(/\s+/g, ' ').trim();
      if (!fullName) errors.add(row, COLUMNS.fullName, 'Chưa có họ và tên');
      else if (fullName.length > 200) errors.add(row, COLUMNS.fullName, `Họ và tên có ${fullName.length} ký tự`);
      const unitCode = values.unitCode ?? '';
      const unit = unitCode ? units.get(unitCode) : undefined;
      if (unitCode && !unit) errors.add(row, COLUMNS.unitCode, `Không có đơn vị mã ${unitCode}`);
      const kindText = values.kind ?? '';
      const kind = KIND_BY_TEXT.get(fold(kindText));
      if (!kindText) errors.add(row, COLUMNS.kind, 'Chưa có đối tượng học viên');
      else if (!kind) errors.add(row, COLUMNS.kind, `Không có đối tượng "${kindText}"`);
      const teamCode = values.teamCode ?? '';
      const team = teamCode ? units.get(teamCode) : undefined;
      if (teamCode && !team) errors.add(row, COLUMNS.teamCode, `Không có tổ mã ${teamCode}`);
      else if (team && team.type !== 'cdt_team') errors.add(row, COLUMNS.teamCode, `${team.name} không phải Tổ công nghệ số cộng đồng`);
      const flag = (col: typeof COLUMNS.attended | typeof COLUMNS.completed): boolean => {
        const t = fold(values[col.key] ?? '');
        if (YES.has(t)) return true;
        if (!NO.has(t)) errors.add(row, col, `"${values[col.key]}" không phải Có hoặc Không`);
        return false;
      };
      const attended = flag(COLUMNS.attended);
      const completed = flag(COLUMNS.completed);
      if (fullName) {
        const key = personKey(fullName, unit?.id ?? null);
        const first = firstRowOf.get(key);
        if (first) errors.add(row, COLUMNS.fullName, `${fullName} đã có ở dòng ${first}`, 'Mỗi học viên (họ tên và đơn vị) chỉ một dòng');
        else firstRowOf.set(key, row);
      }
      if (errors.has(row) || !kind) continue;
      const participant: ParticipantRowInput = { fullName, unitId: unit?.id ?? null, participantKind: kind, cdtTeamUnitId: team?.id ?? null, attended, completed };
      const key = personKey(fullName, participant.unitId);
      const before = existing.get(key);
      if (!before) {
        plan.actions.push({ op: 'create', key, participant });
        plan.create++;
      } else if (before.participant_kind === kind && before.cdt_team_unit_id === participant.cdtTeamUnitId && before.attended === attended && before.completed === completed) {
        plan.unchanged++;
      } else {
        plan.actions.push({ op: 'update', key, participant: { ...participant, fullName: before.full_name } });
        plan.update++;
      }
    }
    return plan;
  },

  apply: async (tx, ctx, actions, o) => {
    if (actions.length === 0) return;
    await repo.findClass(tx, o.classId, { forUpdate: true });
    const current = await repo.findParticipants(tx, o.classId);
    const byKey = new Map(actions.filter((a) => a.op === 'update').map((a) => [a.key, a.participant]));
    const merged: ParticipantInput[] = current.map((p) => byKey.get(personKey(p.full_name, p.unit_id)) ?? {
      fullName: p.full_name, unitId: p.unit_id, participantKind: p.participant_kind, cdtTeamUnitId: p.cdt_team_unit_id, attended: p.attended, completed: p.completed,
    });
    for (const a of actions) if (a.op === 'create') merged.push(a.participant);
    await repo.replaceParticipants(tx, o.classId, merged);
    await repo.touchClass(tx, o.classId);
  },
});
