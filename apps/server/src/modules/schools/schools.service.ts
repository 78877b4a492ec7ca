import {
  schoolYearOf,
  schoolYearRange,
  type CreateSchoolBody,
  type SchoolListQuery,
  type SchoolView,
  type SessionInput,
  type SessionListQuery,
  type UpdateSchoolBody,
} from '@lantoa/contracts/schools';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addDays, todayIso } from '../../platform/time.ts';
import * as repo from './schools.repository.ts';

const CONFLICT_MESSAGE = 'Hồ sơ trường vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

const currentSchoolYear = () => schoolYearOf(todayIso());

/** A school is read and managed by those who hold the right on its commune (its latest placement). */
async function requireReadable(ctx: AuthedCtx, id: string, year = currentSchoolYear()): Promise<repo.SchoolRow> {
  const row = await repo.findSchool(ctx.db, id, schoolYearRange(year));
  if (!row?.commune_unit_id || !(await canOnUnit(ctx.db, ctx.actor, 'school:read', row.commune_unit_id))) throw notFound('trường');
  return row;
}

const canManage = (ctx: AuthedCtx, s: repo.SchoolRow) => canOnUnit(ctx.db, ctx.actor, 'school:manage', s.commune_unit_id!);
async function assertManage(ctx: AuthedCtx, s: repo.SchoolRow): Promise<void> {
  if (!(await canManage(ctx, s))) throw new AppError('FORBIDDEN');
}

function presentSchool(s: repo.SchoolRow, schoolYear: number) {
  return {
    id: s.id, name: s.name, communeUnitId: s.commune_unit_id, communeName: s.commune_name, level: s.level, ownership: s.ownership,
    hasDxClub: s.has_dx_club, hasSciencePlayground: s.has_science_playground, teachersTrained: s.teachers_trained, students: s.students,
    schoolYear, sessionCount: s.session_count, studentsReached: s.students_reached, isDemo: s.is_demo,
  };
}

function presentSession(x: repo.SessionRow) {
  return {
    id: x.id, schoolId: x.school_id, schoolName: x.school_name, heldOn: x.held_on, schoolYear: schoolYearOf(x.held_on), topic: x.topic, title: x.title,
    classes: x.classes, students: x.students, note: x.note, isDemo: x.is_demo,
  };
}

export async function findSchools(ctx: AuthedCtx, q: SchoolListQuery) {
  const year = q.schoolYear ?? currentSchoolYear();
  const { rows, total } = await repo.listSchools(ctx.db, {
    range: schoolYearRange(year), level: q.level, ownership: q.ownership, communeUnitId: q.communeUnitId, hasSession: q.hasSession, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'school:read'), limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map((r) => presentSchool(r, year)), total, page: q.page, pageSize: q.pageSize };
}

export async function getSchool(ctx: AuthedCtx, id: string): Promise<SchoolView> {
  const year = currentSchoolYear();
  const s = await requireReadable(ctx, id, year);
  const placements = await repo.findPlacements(ctx.db, id);
  const sessions = await repo.listSessions(ctx.db, { schoolId: id, scopeUnitIds: null, limit: 500, offset: 0 });
  return {
    ...presentSchool(s, year),
    clubNote: s.club_note,
    lockVersion: s.lock_version,
    updatedAt: s.updated_at.toISOString(),
    canEdit: await canManage(ctx, s),
    placements: placements.map((p) => ({ communeUnitId: p.commune_unit_id, communeName: p.commune_name, validFrom: p.valid_from, validTo: p.valid_to })),
    sessions: sessions.rows.map(presentSession),
  };
}

const isCommuneLevel = (type: string) => (COMMUNE_LEVEL_TYPES as readonly string[]).includes(type);

/**
 * A school is placed in its commune from the day the commune began. When the commune was formed by
 * a merger and the school is older, the commune it was in before is its placement until the day
 * before, so that earlier years count it there.
 */
export async function createSchool(ctx: AuthedCtx, input: CreateSchoolBody): Promise<SchoolView> {
  const today = todayIso();
  const commune = await repo.findUnitOn(ctx.db, input.communeUnitId, today);
  if (!commune || !isCommuneLevel(commune.type)) throw invalid('communeUnitId', 'Vui lòng chọn một phường, xã đang hoạt động');
  const since = await repo.findUnitStart(ctx.db, commune.unit_id);
  const placements: { communeUnitId: string; validFrom: string | null; validTo: string | null }[] = [];
  if (input.formerCommuneUnitId) {
    if (!since) throw invalid('formerCommuneUnitId', `${commune.name} không hình thành từ sắp xếp nên không có phường, xã trước đó`);
    const dayBefore = addDays(since, -1);
    const former = await repo.findUnitOn(ctx.db, input.formerCommuneUnitId, dayBefore);
    if (!former || !isCommuneLevel(former.type)) {
      throw invalid('formerCommuneUnitId', `Phường, xã trước đó phải là đơn vị cấp xã còn hoạt động ngày ${dayBefore.split('-').reverse().join('/')}`);
    }
    placements.push({ communeUnitId: former.unit_id, validFrom: null, validTo: dayBefore }, { communeUnitId: commune.unit_id, validFrom: since, validTo: null });
  } else {
    placements.push({ communeUnitId: commune.unit_id, validFrom: since, validTo: null });
  }
  await assertCanOnUnit(ctx.db, ctx.actor, 'school:manage', commune.unit_id);
  const { name, communeUnitId: _c, formerCommuneUnitId: _f, ...profile } = input;
  const id = await withTransaction(ctx.db, async (tx) => {
    const schoolId = await repo.insertSchool(tx, { name, placements, profile, createdBy: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, { action: 'school.create', entityType: 'school', entityId: schoolId, summary: `Thêm trường ${name} (${commune.name})`, after: { ...input, placements } });
    return schoolId;
  });
  return getSchool(ctx, id);
}

export async function updateSchool(ctx: AuthedCtx, id: string, input: UpdateSchoolBody): Promise<SchoolView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findSchool(tx, id, schoolYearRange(currentSchoolYear()), { forUpdate: true });
    if (!before) throw notFound('trường');
    await assertManage(ctx, before);
    const { lockVersion, ...fields } = input;
    if (!(await repo.updateProfile(tx, id, fields, lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'school.update', entityType: 'school', entityId: id, summary: `Sửa hồ sơ trường ${before.name}`, before: presentSchool(before, currentSchoolYear()), after: fields });
  });
  return getSchool(ctx, id);
}

export async function findSessions(ctx: AuthedCtx, q: SessionListQuery) {
  const { rows, total } = await repo.listSessions(ctx.db, {
    range: q.schoolYear ? schoolYearRange(q.schoolYear) : undefined, topic: q.topic, q: q.q || undefined,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'school:read'), limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSession), total, page: q.page, pageSize: q.pageSize };
}

export async function createSession(ctx: AuthedCtx, schoolId: string, input: SessionInput) {
  const school = await requireReadable(ctx, schoolId);
  await assertManage(ctx, school);
  if (input.heldOn > todayIso()) throw invalid('heldOn', 'Chỉ ghi buổi ngoại khóa đã diễn ra (ngày không được sau hôm nay)');
  const id = await withTransaction(ctx.db, async (tx) => {
    const sessionId = await repo.insertSession(tx, schoolId, input, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'school.session.create', entityType: 'school_dx_session', entityId: sessionId, summary: `Thêm buổi ngoại khóa "${input.title}" của ${school.name}`, after: input });
    return sessionId;
  });
  return presentSession((await repo.findSession(ctx.db, id))!);
}

export async function deleteSession(ctx: AuthedCtx, schoolId: string, sessionId: string): Promise<{ ok: true }> {
  const school = await requireReadable(ctx, schoolId);
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session || session.school_id !== schoolId) throw notFound('buổi ngoại khóa');
  await assertManage(ctx, school);
  await withTransaction(ctx.db, async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await recordAudit(tx, ctx.actor, { action: 'school.session.delete', entityType: 'school_dx_session', entityId: sessionId, summary: `Xóa buổi ngoại khóa "${session.title}" của ${school.name}`, before: presentSession(session) });
  });
  return { ok: true };
}
