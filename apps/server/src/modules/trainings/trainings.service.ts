import type { z } from 'zod';
import type {
  ClassListQuerySchema,
  ClassView,
  CourseInput,
  CreateClassBody,
  ParticipantInput,
  ReplaceParticipantsBody,
  UpdateClassBody,
} from '@lantoa/contracts/trainings';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as repo from './trainings.repository.ts';
import { countTeamsTrained, isTeamTrained, type TeamTally } from './trainings.facts.ts';

const CONFLICT_MESSAGE = 'Lớp tập huấn vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** A class the actor may not read answers 404, so that ids of other units' classes reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.ClassRow> {
  const row = await repo.findClass(ctx.db, id);
  if (!row || !(await canOnUnit(ctx.db, ctx.actor, 'training:read', row.organiser_unit_id))) throw notFound('lớp tập huấn');
  return row;
}

export async function findCourses(ctx: AuthedCtx, q: { kind?: string }) {
  const rows = await repo.listCourses(ctx.db, q);
  return rows.map(presentCourse);
}

function presentCourse(c: repo.CourseRow) {
  return { id: c.id, kind: c.kind, title: c.title, description: c.description, classCount: c.class_count };
}

export async function createCourse(ctx: AuthedCtx, input: CourseInput) {
  const id = await withTransaction(ctx.db, async (tx) => {
    const courseId = await repo.insertCourse(tx, input, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'training.course.create', entityType: 'training_course', entityId: courseId, summary: `Thêm khóa ${input.title}`, after: input });
    return courseId;
  });
  return presentCourse((await repo.findCourse(ctx.db, id))!);
}

function presentSummary(k: repo.ClassRow) {
  return {
    id: k.id,
    courseId: k.course_id,
    courseTitle: k.course_title,
    kind: k.kind,
    organiserUnitId: k.organiser_unit_id,
    organiserUnitName: k.organiser_unit_name,
    title: k.title,
    startsOn: k.starts_on,
    endsOn: k.ends_on,
    isOnline: k.is_online,
    place: k.place,
    participantCount: k.participant_count,
    completedCount: k.completed_count,
  };
}

export async function findClasses(ctx: AuthedCtx, q: z.infer<typeof ClassListQuerySchema>) {
  const { rows, total } = await repo.listClasses(ctx.db, {
    year: q.year, kind: q.kind, organiserUnitId: q.organiserUnitId, q: q.q || undefined, sort: q.sort, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'training:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getClass(ctx: AuthedCtx, id: string): Promise<ClassView> {
  const k = await requireReadable(ctx, id);
  const participants = await repo.findParticipants(ctx.db, id);
  return {
    ...presentSummary(k),
    trainers: k.trainers,
    materials: k.materials,
    lockVersion: k.lock_version,
    updatedAt: k.updated_at.toISOString(),
    canEdit: await canOnUnit(ctx.db, ctx.actor, 'training:manage', k.organiser_unit_id),
    participants: participants.map((p) => ({
      id: p.id,
      fullName: p.full_name,
      unitId: p.unit_id,
      unitName: p.unit_name,
      participantKind: p.participant_kind,
      cdtTeamUnitId: p.cdt_team_unit_id,
      cdtTeamName: p.cdt_team_name,
      attended: p.attended,
      completed: p.completed,
    })),
  };
}

async function assertClassRefs(db: Queryable, input: CreateClassBody): Promise<void> {
  if (!(await repo.findCourse(db, input.courseId))) throw invalid('courseId', 'Khóa tập huấn không tồn tại');
  const types = await repo.findUnitTypes(db, [input.organiserUnitId]);
  if (!types.has(input.organiserUnitId)) throw invalid('organiserUnitId', 'Đơn vị tổ chức không tồn tại');
}

export async function createClass(ctx: AuthedCtx, input: CreateClassBody): Promise<ClassView> {
  await assertClassRefs(ctx.db, input);
  await assertCanOnUnit(ctx.db, ctx.actor, 'training:manage', input.organiserUnitId);
  const id = await withTransaction(ctx.db, async (tx) => {
    const classId = await repo.insertClass(tx, input, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'training.class.create', entityType: 'training_class', entityId: classId, summary: `Thêm lớp ${input.title}`, after: input });
    return classId;
  });
  return getClass(ctx, id);
}

export async function updateClass(ctx: AuthedCtx, id: string, input: UpdateClassBody): Promise<ClassView> {
  await requireReadable(ctx, id);
  await assertClassRefs(ctx.db, input);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findClass(tx, id, { forUpdate: true });
    if (!before) throw notFound('lớp tập huấn');
    await assertCanOnUnit(tx, ctx.actor, 'training:manage', before.organiser_unit_id);
    // Moving a class to another organiser needs the right on both.
    if (input.organiserUnitId !== before.organiser_unit_id) await assertCanOnUnit(tx, ctx.actor, 'training:manage', input.organiserUnitId);
    const { lockVersion, ...fields } = input;
    if (!(await repo.updateClass(tx, id, fields, lockVersion))) {
      throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    }
    await recordAudit(tx, ctx.actor, { action: 'training.class.update', entityType: 'training_class', entityId: id, summary: `Sửa lớp ${input.title}`, before: presentSummary(before), after: fields });
  });
  return getClass(ctx, id);
}

export async function deleteClass(ctx: AuthedCtx, id: string): Promise<{ ok: true }> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findClass(tx, id, { forUpdate: true });
    if (!before) throw notFound('lớp tập huấn');
    await assertCanOnUnit(tx, ctx.actor, 'training:manage', before.organiser_unit_id);
    const participants = await repo.findParticipants(tx, id);
    await repo.deleteClass(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'training.class.delete', entityType: 'training_class', entityId: id, summary: `Xóa lớp ${before.title}`, before: { ...presentSummary(before), participants } });
  });
  return { ok: true };
}

async function assertParticipantRefs(db: Queryable, list: ParticipantInput[]): Promise<void> {
  const ids = [...new Set(list.flatMap((p) => [p.unitId, p.cdtTeamUnitId]).filter((x): x is string => x !== null))];
  const types = await repo.findUnitTypes(db, ids);
  list.forEach((p, i) => {
    if (p.unitId && !types.has(p.unitId)) throw invalid(`participants.${i}.unitId`, `Học viên ${i + 1}: đơn vị không tồn tại`);
    if (p.cdtTeamUnitId && types.get(p.cdtTeamUnitId) !== 'cdt_team') {
      throw invalid(`participants.${i}.cdtTeamUnitId`, `Học viên ${i + 1}: đơn vị đã chọn không phải Tổ công nghệ số cộng đồng`);
    }
  });
}

/** Replaces the whole participant list (the register is edited as one table). */
export async function replaceParticipants(ctx: AuthedCtx, id: string, input: ReplaceParticipantsBody): Promise<ClassView> {
  await requireReadable(ctx, id);
  await assertParticipantRefs(ctx.db, input.participants);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findClass(tx, id, { forUpdate: true });
    if (!before) throw notFound('lớp tập huấn');
    await assertCanOnUnit(tx, ctx.actor, 'training:manage', before.organiser_unit_id);
    if (!(await repo.bumpClassVersion(tx, id, input.lockVersion))) {
      throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    }
    const old = await repo.findParticipants(tx, id);
    await repo.replaceParticipants(tx, id, input.participants);
    await recordAudit(tx, ctx.actor, {
      action: 'training.participants.replace', entityType: 'training_class', entityId: id,
      summary: `Cập nhật danh sách học viên lớp ${before.title} (${input.participants.length} người)`, before: old, after: input.participants,
    });
  });
  return getClass(ctx, id);
}

export type TrainingFacts = {
  year: number;
  /** Classes of kind reporter_class that ended in the year, per organiser unit. */
  reporterClasses: { total: number; byOrganiser: { unitId: string; count: number }[] };
  /** CDT teams with participants in classes that ended in the year, and the two readings of "trained". */
  cdtTeams: { teams: (TeamTally & { anyCompleted: boolean; allCompleted: boolean; counts: boolean })[]; anyCompleted: number; allCompleted: number; trained: number };
  /** Press agencies with a participant who completed. */
  pressAgencies: { unitIds: string[]; count: number };
  /** Participants of kind leader who completed. */
  leadersReached: number;
};

/**
 * Facts of the trainings register for one year. `unitIds` limits the units that can count;
 * `minShare` sets the share of a team's listed members who must complete (default: one member).
 */
export async function computeTrainingFacts(db: Queryable, f: { year: number; unitIds?: string[] | null; minShare?: number | null }): Promise<TrainingFacts> {
  const rows = await repo.findTrainingFactRows(db, { year: f.year, unitIds: f.unitIds });
  const minShare = f.minShare ?? null;
  return {
    year: f.year,
    reporterClasses: { total: rows.reporterClasses.reduce((s, r) => s + r.count, 0), byOrganiser: rows.reporterClasses },
    cdtTeams: {
      teams: rows.teams.map((t) => ({ ...t, anyCompleted: isTeamTrained(t), allCompleted: isTeamTrained(t, 1), counts: isTeamTrained(t, minShare) })),
      anyCompleted: countTeamsTrained(rows.teams),
      allCompleted: countTeamsTrained(rows.teams, 1),
      trained: countTeamsTrained(rows.teams, minShare),
    },
    pressAgencies: { unitIds: rows.pressAgencyIds, count: rows.pressAgencyIds.length },
    leadersReached: rows.leadersReached,
  };
}
