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
import { findSubtreeIds } from '../../platform/db/hierarchy.ts';
import { todayIso } from '../../platform/time.ts';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import { findAllSuccessions, findPredecessorClosure } from '../org-units/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as repo from './trainings.repository.ts';
import { renderCertificatePdf } from './trainings.certificate.ts';
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
    year: q.year, kind: q.kind, mode: q.mode, q: q.q || undefined, sort: q.sort, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'training:read'),
    organiserUnitIds: q.organiserUnitId ? await findSubtreeIds(ctx.db, [q.organiserUnitId], todayIso()) : undefined,
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
      unitCode: p.unit_code,
      participantKind: p.participant_kind,
      cdtTeamUnitId: p.cdt_team_unit_id,
      cdtTeamName: p.cdt_team_name,
      cdtTeamCode: p.cdt_team_code,
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
  /** Press agencies with a participant of kind press who completed a class. */
  pressAgencies: { unitIds: string[]; count: number };
  /** Commune-level units with a participant who completed a class for press and grassroots communicators. */
  grassrootsUnits: { unitIds: string[]; count: number };
  /** Participants of kind leader who completed, in all and per unit. */
  leadersReached: number;
  leadersByUnit: { unitId: string; count: number }[];
};

/**
 * Facts of the trainings register for one year. `unitIds` limits the units that can count;
 * `minShare` sets the share of a team's listed members who must complete (default: one member);
 * `typeOf` gives each unit's type on the structure of the period (default: its latest type).
 */
export async function computeTrainingFacts(
  db: Queryable,
  f: { year: number; unitIds?: string[] | null; minShare?: number | null; typeOf?: Map<string, string> },
): Promise<TrainingFacts> {
  const to = await structureMapper(db, f.unitIds ?? null);
  const raw = await repo.findTrainingFactRows(db, { year: f.year, unitIds: to.readIds });
  const sumBy = (list: { unitId: string; count: number }[]) => {
    const m = new Map<string, number>();
    for (const r of list) {
      const id = to.map(r.unitId);
      if (id) m.set(id, (m.get(id) ?? 0) + r.count);
    }
    return [...m].map(([unitId, count]) => ({ unitId, count })).sort((a, b) => a.unitId.localeCompare(b.unitId));
  };
  const teamMap = new Map<string, TeamTally>();
  for (const t of raw.teams) {
    const id = to.map(t.unitId);
    if (!id) continue;
    const cur = teamMap.get(id) ?? { unitId: id, listed: 0, completed: 0 };
    teamMap.set(id, { unitId: id, listed: cur.listed + t.listed, completed: cur.completed + t.completed });
  }
  const teams = [...teamMap.values()];
  const mapIds = (ids: string[]) => [...new Set(ids.map(to.map).filter((x): x is string => x !== null))].sort();
  const pressIds = mapIds(raw.pressUnitIds);
  const grassIds = mapIds(raw.grassrootsUnitIds);
  const minShare = f.minShare ?? null;
  const typeOf = f.typeOf ?? (await repo.findUnitTypes(db, [...new Set([...pressIds, ...grassIds])]));
  const press = pressIds.filter((id) => typeOf.get(id) === 'press_agency');
  const grassroots = grassIds.filter((id) => (COMMUNE_LEVEL_TYPES as readonly string[]).includes(typeOf.get(id) ?? ''));
  const reporterClasses = sumBy(raw.reporterClasses);
  const leadersByUnit = sumBy(raw.leadersByUnit);
  return {
    year: f.year,
    reporterClasses: { total: reporterClasses.reduce((s, r) => s + r.count, 0), byOrganiser: reporterClasses },
    cdtTeams: {
      teams: teams.map((t) => ({ ...t, anyCompleted: isTeamTrained(t), allCompleted: isTeamTrained(t, 1), counts: isTeamTrained(t, minShare) })),
      anyCompleted: countTeamsTrained(teams),
      allCompleted: countTeamsTrained(teams, 1),
      trained: countTeamsTrained(teams, minShare),
    },
    pressAgencies: { unitIds: press, count: press.length },
    grassrootsUnits: { unitIds: grassroots, count: grassroots.length },
    leadersReached: leadersByUnit.reduce((s, r) => s + r.count, 0),
    leadersByUnit,
  };
}

/**
 * Facts are counted on the structure of the period: a unit that merged into another during the
 * year (a full succession) counts as its successor; a unit split or dissolved (partial) counts for
 * none of its parts, since nothing says which part was trained.
 */
async function structureMapper(db: Queryable, unitIds: string[] | null): Promise<{ readIds: string[] | null; map: (id: string) => string | null }> {
  if (!unitIds) return { readIds: null, map: (id) => id };
  const inSet = new Set(unitIds);
  const predecessors = await findPredecessorClosure(db, unitIds);
  if (predecessors.length === 0) return { readIds: unitIds, map: (id) => (inSet.has(id) ? id : null) };
  const next = new Map<string, string[]>();
  for (const e of await findAllSuccessions(db)) if (e.share === 'full') next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const map = (id: string): string | null => {
    const seen = new Set<string>();
    let frontier = [id];
    for (let depth = 0; depth < 20 && frontier.length; depth++) {
      const hit = frontier.find((x) => inSet.has(x));
      if (hit) return hit;
      frontier = frontier.flatMap((x) => next.get(x) ?? []).filter((x) => !seen.has(x) && seen.add(x));
    }
    return null;
  };
  return { readIds: [...unitIds, ...predecessors], map };
}

/** The register's figures of a year within what the reader may see (the trainings screen's summary). */
export async function getTrainingSummary(ctx: AuthedCtx, q: { year: number; minShare: number }) {
  const scope = await findReadableUnitIds(ctx.db, ctx.actor, 'training:read');
  // Counted on the structure of the year (its last day, or today while it runs), as the dashboard does.
  const today = todayIso();
  const periodDate = `${q.year}-12-31` < today ? `${q.year}-12-31` : today;
  const typeOf = await repo.findUnitTypesOn(ctx.db, periodDate, scope);
  const unitIds = scope ?? [...typeOf.keys()];
  if (scope) for (const [id, type] of await repo.findUnitTypes(ctx.db, scope.filter((x) => !typeOf.has(x)))) typeOf.set(id, type);
  const facts = await computeTrainingFacts(ctx.db, { year: q.year, unitIds, minShare: q.minShare, typeOf });
  const activity = await repo.countYearActivity(ctx.db, q.year, scope);
  return {
    year: q.year,
    minShare: q.minShare,
    reporterClasses: facts.reporterClasses.total,
    ...activity,
    cdtTeams: { withParticipants: facts.cdtTeams.teams.length, anyCompleted: facts.cdtTeams.anyCompleted, shareCompleted: facts.cdtTeams.trained },
    pressAgencies: facts.pressAgencies.count,
    grassrootsUnits: facts.grassrootsUnits.count,
    leadersReached: facts.leadersReached,
  };
}

/** The certificate of completion of one participant of a class, as a PDF with its file name. */
export async function getCertificate(ctx: AuthedCtx, classId: string, participantId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const k = await requireReadable(ctx, classId);
  const all = await repo.findParticipants(ctx.db, classId);
  const index = all.findIndex((p) => p.id === participantId);
  const p = all[index];
  if (!p) throw notFound('học viên');
  if (!p.completed) throw new AppError('CONFLICT', `${p.full_name} chưa được đánh dấu hoàn thành lớp, nên chưa có giấy chứng nhận`);
  const pdf = await renderCertificatePdf({
    number: `${String(index + 1).padStart(3, '0')}/${k.ends_on.slice(0, 4)}/GCN-${k.id.slice(0, 6).toUpperCase()}`,
    organiserName: k.organiser_unit_name,
    fullName: p.full_name,
    unitName: p.unit_name,
    classTitle: k.title,
    courseTitle: k.course_title,
    startsOn: k.starts_on,
    endsOn: k.ends_on,
    place: k.place,
    isOnline: k.is_online,
    issuedOn: k.ends_on,
  });
  return { pdf, fileName: `Giấy chứng nhận ${p.full_name}.pdf` };
}
