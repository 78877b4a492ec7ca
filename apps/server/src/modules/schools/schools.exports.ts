import { OWNERSHIP_LABELS_VI, SCHOOL_LEVEL_LABELS_VI, SESSION_TOPIC_LABELS_VI, SchoolListQuerySchema, SessionListQuerySchema } from '@lantoa/contracts/schools';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findSchools, findSessions } from './schools.service.ts';
import { findSchoolCommuneNames } from './schools.repository.ts';

export const YES = 'Có';
export const NO = 'Không';
const yesNo = (b: boolean) => (b ? YES : NO);

/** The columns of the school list export; the import reads the first eight under the same headers. */
export const SCHOOL_COLUMNS = {
  name: { header: 'Tên trường', key: 'name', type: 'text', width: 40 },
  commune: { header: 'Phường, xã', key: 'commune', type: 'text', width: 30 },
  level: { header: 'Cấp học', key: 'level', type: 'text', width: 28 },
  ownership: { header: 'Loại hình', key: 'ownership', type: 'text', width: 16 },
  club: { header: 'Câu lạc bộ CĐS', key: 'club', type: 'text', width: 12 },
  playground: { header: 'Sân chơi khoa học', key: 'playground', type: 'text', width: 12 },
  teachers: { header: 'Giáo viên được tập huấn', key: 'teachers', type: 'number', width: 12 },
  students: { header: 'Số học sinh', key: 'students', type: 'number', width: 12 },
  schoolYear: { header: 'Năm học', key: 'schoolYear', type: 'text', width: 12 },
  sessions: { header: 'Số buổi ngoại khóa CĐS', key: 'sessions', type: 'number', width: 12 },
  reached: { header: 'Lượt học sinh tham gia', key: 'reached', type: 'number', width: 12 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/schools/export: the school list with its filter, sessions counted in the chosen school year. */
export const schoolListExport = defineExportSource({
  name: 'schools',
  title: 'Sổ trường học',
  query: SchoolListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(SCHOOL_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findSchools(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findSchools(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((s) => ({
        name: s.name, commune: s.communeName, level: SCHOOL_LEVEL_LABELS_VI[s.level], ownership: OWNERSHIP_LABELS_VI[s.ownership], club: yesNo(s.hasDxClub),
        playground: yesNo(s.hasSciencePlayground), teachers: s.teachersTrained, students: s.students, schoolYear: `${s.schoolYear - 1}–${s.schoolYear}`, sessions: s.sessionCount, reached: s.studentsReached,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** The columns of the sessions export; the import reads the same headers. */
export const SESSION_COLUMNS = {
  heldOn: { header: 'Ngày', key: 'heldOn', type: 'date', width: 12 },
  school: { header: 'Trường', key: 'school', type: 'text', width: 40 },
  topic: { header: 'Chủ đề', key: 'topic', type: 'text', width: 28 },
  title: { header: 'Nội dung', key: 'title', type: 'text', width: 50 },
  classes: { header: 'Số lớp', key: 'classes', type: 'number', width: 8 },
  students: { header: 'Số học sinh', key: 'students', type: 'number', width: 10 },
  commune: { header: 'Phường, xã', key: 'commune', type: 'text', width: 30 },
  note: { header: 'Ghi chú', key: 'note', type: 'text', width: 40 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/schools/sessions/export: the DX extracurricular sessions with the list's filter. */
export const sessionListExport = defineExportSource({
  name: 'school-sessions',
  title: 'Buổi ngoại khóa chuyển đổi số',
  query: SessionListQuerySchema.omit({ page: true, pageSize: true }),
  columns: Object.values(SESSION_COLUMNS),
  count: async (ctx: AuthedCtx, q) => (await findSessions(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findSessions(ctx, { ...q, page, pageSize: 200 });
      const communes = await findSchoolCommuneNames(ctx.db, [...new Set(r.items.map((x) => x.schoolId))]);
      yield r.items.map((x) => ({
        heldOn: x.heldOn, school: x.schoolName, topic: SESSION_TOPIC_LABELS_VI[x.topic], title: x.title, classes: x.classes, students: x.students,
        commune: communes.get(x.schoolId) ?? null, note: x.note,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});
