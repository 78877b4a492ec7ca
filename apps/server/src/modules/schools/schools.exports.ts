import { OWNERSHIP_LABELS_VI, SCHOOL_LEVEL_LABELS_VI, SESSION_TOPIC_LABELS_VI, SchoolListQuerySchema, SessionListQuerySchema } from '@lantoa/contracts/schools';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { findSchools, findSessions } from './schools.service.ts';

const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

/** GET /api/v1/schools/export: the school list with its filter, sessions counted in the chosen school year. */
export const schoolListExport = defineExportSource({
  name: 'schools',
  title: 'Sổ trường học',
  query: SchoolListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Tên trường', key: 'name', type: 'text', width: 40 },
    { header: 'Phường, xã', key: 'commune', type: 'text', width: 30 },
    { header: 'Cấp học', key: 'level', type: 'text', width: 28 },
    { header: 'Loại hình', key: 'ownership', type: 'text', width: 16 },
    { header: 'Câu lạc bộ CĐS', key: 'club', type: 'text', width: 12 },
    { header: 'Sân chơi khoa học', key: 'playground', type: 'text', width: 12 },
    { header: 'Giáo viên được tập huấn', key: 'teachers', type: 'number', width: 12 },
    { header: 'Năm học', key: 'schoolYear', type: 'text', width: 12 },
    { header: 'Số buổi ngoại khóa CĐS', key: 'sessions', type: 'number', width: 12 },
    { header: 'Lượt học sinh tham gia', key: 'reached', type: 'number', width: 12 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findSchools(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findSchools(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((s) => ({
        name: s.name, commune: s.communeName, level: SCHOOL_LEVEL_LABELS_VI[s.level], ownership: OWNERSHIP_LABELS_VI[s.ownership], club: yesNo(s.hasDxClub),
        playground: yesNo(s.hasSciencePlayground), teachers: s.teachersTrained, schoolYear: `${s.schoolYear - 1}–${s.schoolYear}`, sessions: s.sessionCount, reached: s.studentsReached,
      }));
      if (page * 200 >= r.total) return;
    }
  },
});

/** GET /api/v1/schools/sessions/export: the DX extracurricular sessions with the list's filter. */
export const sessionListExport = defineExportSource({
  name: 'school-sessions',
  title: 'Buổi ngoại khóa chuyển đổi số',
  query: SessionListQuerySchema.omit({ page: true, pageSize: true }),
  columns: [
    { header: 'Ngày', key: 'heldOn', type: 'date', width: 12 },
    { header: 'Trường', key: 'school', type: 'text', width: 40 },
    { header: 'Chủ đề', key: 'topic', type: 'text', width: 28 },
    { header: 'Nội dung', key: 'title', type: 'text', width: 50 },
    { header: 'Số lớp', key: 'classes', type: 'number', width: 8 },
    { header: 'Số học sinh', key: 'students', type: 'number', width: 10 },
  ],
  count: async (ctx: AuthedCtx, q) => (await findSessions(ctx, { ...q, page: 1, pageSize: 1 })).total,
  rows: async function* (ctx: AuthedCtx, q) {
    for (let page = 1; ; page++) {
      const r = await findSessions(ctx, { ...q, page, pageSize: 200 });
      yield r.items.map((x) => ({ heldOn: x.heldOn, school: x.schoolName, topic: SESSION_TOPIC_LABELS_VI[x.topic], title: x.title, classes: x.classes, students: x.students }));
      if (page * 200 >= r.total) return;
    }
  },
});
