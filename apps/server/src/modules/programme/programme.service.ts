import type {
  CreateDocumentBody,
  CreateProgrammeBody,
  CreateResponsibilityBody,
  CreateTargetBody,
  CreateTaskAreaBody,
  Programme,
  ProgrammeDetail,
  ProgrammeDocument,
  ProgrammeList,
  ProgrammeListQuery,
  ProgrammeStatus,
  Responsibility,
  TaskArea,
  Target,
  UpdateDocumentBody,
  UpdateProgrammeBody,
  UpdateResponsibilityBody,
  UpdateTargetBody,
  UpdateTaskAreaBody,
} from '@lantoa/contracts/programme';
import type { Actor } from '../../platform/auth/actor.ts';
import { hasPermission } from '../../platform/auth/actor.ts';
import { assertCanOnUnit, assertPermission } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import { type Db, type Queryable, withTransaction } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './programme.repository.ts';

/**
 * The programme as configuration. Reading needs programme:read (drafts: programme:manage);
 * every change needs programme:manage on the programme's owner unit when it has one, runs in one
 * transaction with its audit entry, and names the version it was made on.
 */

const PUBLISHED: readonly ProgrammeStatus[] = ['active', 'closed'];
const ALL_STATUSES: readonly ProgrammeStatus[] = ['draft', 'active', 'closed'];

const UNIQUE_CODES: Record<string, AppError['code']> = {
  programme_code_key: 'PROGRAMME_CODE_TAKEN',
  task_area_programme_id_number_key: 'TASK_AREA_NUMBER_TAKEN',
  programme_target_programme_id_number_key: 'TARGET_NUMBER_TAKEN',
};

/** A duplicate number or code found by the database (two editors at once) gets its own message. */
function mapUniqueViolation(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string };
  if (e.code === '23505' && e.constraint && UNIQUE_CODES[e.constraint])
    return new AppError(UNIQUE_CODES[e.constraint]!);
  return err;
}

async function inTransaction<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  try {
    return await withTransaction(db, fn);
  } catch (err) {
    throw mapUniqueViolation(err);
  }
}

function assertVersion(current: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && current.version !== expected) {
    throw new AppError('VERSION_CONFLICT', undefined, { currentVersion: current.version });
  }
}

function canSeeDrafts(actor: Actor): boolean {
  return hasPermission(actor, 'programme:manage');
}

/** programme:manage, on the owner unit's subtree when the programme names one. */
async function assertCanManage(db: Queryable, actor: Actor, ownerUnitId: string | null): Promise<void> {
  assertPermission(actor, 'programme:manage');
  if (ownerUnitId) await assertCanOnUnit(db, actor, 'programme:manage', ownerUnitId);
}

async function assertUnitExists(
  db: Queryable,
  unitId: string | null,
  what = 'đơn vị được giao nhiệm vụ',
): Promise<void> {
  if (unitId && !(await repo.unitExists(db, unitId))) {
    throw new AppError('RESPONSIBLE_UNIT_UNKNOWN', `Không tìm thấy ${what}`);
  }
}

/** Locks the programme for a change to it or to one of its parts, after checking the actor may. */
async function lockProgrammeForChange(tx: Queryable, actor: Actor, id: string): Promise<Programme> {
  const programme = await repo.findProgramme(tx, id, true);
  if (!programme) throw notFound('đề án');
  await assertCanManage(tx, actor, programme.ownerUnitId);
  return programme;
}

function programmeData(b: CreateProgrammeBody | UpdateProgrammeBody): repo.ProgrammeData {
  return {
    code: b.code,
    title: b.title,
    decisionNumber: b.decisionNumber,
    decisionDate: b.decisionDate,
    issuer: b.issuer,
    ownerUnitId: b.ownerUnitId,
    periodStart: b.periodStart,
    periodEnd: b.periodEnd,
    parentTitle: b.parentTitle,
    summary: b.summary,
    objective: b.objective,
    status: b.status,
  };
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────

/** The programme with all its parts, without any access check (callers check). */
export async function loadProgrammeDetail(db: Queryable, id: string): Promise<ProgrammeDetail | null> {
  const programme = await repo.findProgramme(db, id);
  if (!programme) return null;
  // One after another: inside a transaction they share one connection.
  const documents = await repo.findDocuments(db, id);
  const taskAreas = await repo.findTaskAreas(db, id);
  const targets = await repo.findTargets(db, id);
  const responsibilities = await repo.findResponsibilities(db, id);
  return { ...programme, documents, taskAreas, targets, responsibilities };
}

export async function findProgrammes(ctx: AuthedCtx, query: ProgrammeListQuery): Promise<ProgrammeList> {
  assertPermission(ctx.actor, 'programme:read');
  const visible = canSeeDrafts(ctx.actor) ? ALL_STATUSES : PUBLISHED;
  const statuses = query.status ? visible.filter((s) => s === query.status) : visible;
  const { items, total } = await repo.findProgrammePage(ctx.db, {
    statuses,
    q: query.q || undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getProgramme(ctx: AuthedCtx, id: string): Promise<ProgrammeDetail> {
  assertPermission(ctx.actor, 'programme:read');
  const detail = await loadProgrammeDetail(ctx.db, id);
  if (!detail || (detail.status === 'draft' && !canSeeDrafts(ctx.actor))) throw notFound('đề án');
  return detail;
}

/** What the public portal shows; see findPortalProgrammeId for which programme that is. */
export async function getPortalProgramme(db: Queryable, today: string = todayIso()): Promise<ProgrammeDetail | null> {
  const id = await repo.findPortalProgrammeId(db, today);
  return id ? loadProgrammeDetail(db, id) : null;
}

// ── Programme ───────────────────────────────────────────────────────────────────────────────

/**
 * Creates a programme with whatever parts the body carries, inside the caller's transaction and
 * without access checks: the API checks before calling it, and reference-data seeding is trusted.
 */
export async function createProgrammeInTransaction(
  tx: Queryable,
  actor: Actor | null,
  body: CreateProgrammeBody,
): Promise<string> {
  await assertUnitExists(tx, body.ownerUnitId, 'đơn vị chủ quản');
  if (await repo.findProgrammeIdByCode(tx, body.code)) throw new AppError('PROGRAMME_CODE_TAKEN');
  const id = await repo.insertProgramme(tx, programmeData(body));

  const numbers = new Set((body.taskAreas ?? []).map((t) => t.number));
  for (const t of body.targets ?? []) {
    const unknown = t.taskAreaNumbers.filter((n) => !numbers.has(n));
    if (unknown.length) {
      throw new AppError(
        'TASK_AREA_UNKNOWN',
        `Chỉ tiêu ${t.number} gắn với nội dung ${unknown.join(', ')} không có trong đề án`,
      );
    }
  }
  for (const d of body.documents ?? []) await repo.insertDocument(tx, id, d);
  const areaIds = new Map<number, string>();
  for (const t of body.taskAreas ?? []) areaIds.set(t.number, (await repo.insertTaskArea(tx, id, t)).id);
  for (const t of body.targets ?? []) await repo.insertTarget(tx, id, t);
  for (const [i, r] of (body.responsibilities ?? []).entries()) {
    let taskAreaId: string | null = null;
    if (r.taskAreaNumber !== null) {
      taskAreaId = areaIds.get(r.taskAreaNumber) ?? null;
      if (!taskAreaId)
        throw new AppError(
          'TASK_AREA_UNKNOWN',
          `Nhiệm vụ thứ ${i + 1} gắn với nội dung ${r.taskAreaNumber} không có trong đề án`,
        );
    }
    await assertUnitExists(tx, r.unitId);
    await repo.insertResponsibility(tx, id, { ...r, taskAreaId });
  }

  const after = await loadProgrammeDetail(tx, id);
  await recordAudit(tx, actor, {
    action: 'programme.create',
    entityType: 'programme',
    entityId: id,
    summary: `Tạo đề án ${body.code}: ${body.title}`,
    after,
  });
  return id;
}

export async function createProgramme(ctx: AuthedCtx, body: CreateProgrammeBody): Promise<ProgrammeDetail> {
  const id = await inTransaction(ctx.db, async (tx) => {
    await assertUnitExists(tx, body.ownerUnitId, 'đơn vị chủ quản');
    await assertCanManage(tx, ctx.actor, body.ownerUnitId);
    return createProgrammeInTransaction(tx, ctx.actor, body);
  });
  return (await loadProgrammeDetail(ctx.db, id))!;
}

export async function updateProgramme(ctx: AuthedCtx, id: string, body: UpdateProgrammeBody): Promise<Programme> {
  return inTransaction(ctx.db, async (tx) => {
    const before = await lockProgrammeForChange(tx, ctx.actor, id);
    assertVersion(before, body.version);
    if (body.ownerUnitId !== before.ownerUnitId) {
      await assertUnitExists(tx, body.ownerUnitId, 'đơn vị chủ quản');
      // Handing a programme to another unit needs the right on the receiving unit too.
      await assertCanManage(tx, ctx.actor, body.ownerUnitId);
    }
    if (body.code.toLowerCase() !== before.code.toLowerCase()) {
      const other = await repo.findProgrammeIdByCode(tx, body.code);
      if (other && other !== id) throw new AppError('PROGRAMME_CODE_TAKEN');
    }
    await repo.updateProgramme(tx, id, programmeData(body));
    const after = (await repo.findProgramme(tx, id))!;
    await recordAudit(tx, ctx.actor, {
      action: 'programme.update',
      entityType: 'programme',
      entityId: id,
      summary: `Sửa thông tin đề án ${after.code}`,
      before,
      after,
    });
    return after;
  });
}

/** Only a draft can be deleted: an issued programme is closed instead, and keeps its history. */
export async function deleteProgramme(ctx: AuthedCtx, id: string, version?: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, id);
    assertVersion(programme, version);
    if (programme.status !== 'draft') throw new AppError('PROGRAMME_NOT_DRAFT');
    const before = await loadProgrammeDetail(tx, id);
    await repo.deleteProgramme(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.delete',
      entityType: 'programme',
      entityId: id,
      summary: `Xóa đề án dự thảo ${programme.code}`,
      before,
    });
  });
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────

export async function createDocument(
  ctx: AuthedCtx,
  programmeId: string,
  body: CreateDocumentBody,
): Promise<ProgrammeDocument> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const after = await repo.insertDocument(tx, programmeId, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.document.create',
      entityType: 'programme_document',
      entityId: after.id,
      summary: `Thêm văn bản "${after.title}" vào đề án ${programme.code}`,
      after,
    });
    return after;
  });
}

export async function updateDocument(
  ctx: AuthedCtx,
  programmeId: string,
  id: string,
  body: UpdateDocumentBody,
): Promise<ProgrammeDocument> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findDocument(tx, programmeId, id, true);
    if (!before) throw notFound('văn bản');
    assertVersion(before, body.version);
    const after = await repo.updateDocument(tx, id, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.document.update',
      entityType: 'programme_document',
      entityId: id,
      summary: `Sửa văn bản "${after.title}" của đề án ${programme.code}`,
      before,
      after,
    });
    return after;
  });
}

export async function deleteDocument(ctx: AuthedCtx, programmeId: string, id: string, version?: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findDocument(tx, programmeId, id, true);
    if (!before) throw notFound('văn bản');
    assertVersion(before, version);
    await repo.deleteDocument(tx, id);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.document.delete',
      entityType: 'programme_document',
      entityId: id,
      summary: `Xóa văn bản "${before.title}" khỏi đề án ${programme.code}`,
      before,
    });
  });
}

// ── Task areas ──────────────────────────────────────────────────────────────────────────────

export async function createTaskArea(ctx: AuthedCtx, programmeId: string, body: CreateTaskAreaBody): Promise<TaskArea> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    if ((await repo.findTaskAreaNumbers(tx, programmeId)).includes(body.number))
      throw new AppError('TASK_AREA_NUMBER_TAKEN');
    const after = await repo.insertTaskArea(tx, programmeId, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.task-area.create',
      entityType: 'task_area',
      entityId: after.id,
      summary: `Thêm nội dung ${after.number} vào đề án ${programme.code}`,
      after,
    });
    return after;
  });
}

/** A renumbered area keeps its targets: they follow it to the new number. */
export async function updateTaskArea(
  ctx: AuthedCtx,
  programmeId: string,
  id: string,
  body: UpdateTaskAreaBody,
): Promise<TaskArea> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findTaskArea(tx, programmeId, id, true);
    if (!before) throw notFound('nội dung nhiệm vụ');
    assertVersion(before, body.version);
    let targetsRenumbered = 0;
    if (body.number !== before.number) {
      if ((await repo.findTaskAreaNumbers(tx, programmeId)).includes(body.number))
        throw new AppError('TASK_AREA_NUMBER_TAKEN');
      targetsRenumbered = await repo.replaceTaskAreaNumberInTargets(tx, programmeId, before.number, body.number);
    }
    const after = await repo.updateTaskArea(tx, id, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.task-area.update',
      entityType: 'task_area',
      entityId: id,
      summary:
        `Sửa nội dung ${after.number} của đề án ${programme.code}` +
        (targetsRenumbered ? ` (cập nhật số thứ tự nội dung ở ${targetsRenumbered} chỉ tiêu)` : ''),
      before,
      after,
    });
    return after;
  });
}

/** Deleting an area deletes the responsibilities under it and unlinks it from targets. */
export async function deleteTaskArea(ctx: AuthedCtx, programmeId: string, id: string, version?: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findTaskArea(tx, programmeId, id, true);
    if (!before) throw notFound('nội dung nhiệm vụ');
    assertVersion(before, version);
    const responsibilities = (await repo.findResponsibilities(tx, programmeId)).filter((r) => r.taskAreaId === id);
    const targetsUnlinked = await repo.replaceTaskAreaNumberInTargets(tx, programmeId, before.number, null);
    await repo.deleteTaskArea(tx, id);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.task-area.delete',
      entityType: 'task_area',
      entityId: id,
      summary:
        `Xóa nội dung ${before.number} của đề án ${programme.code}` +
        ` (kèm ${responsibilities.length} phân công; bỏ liên kết ở ${targetsUnlinked} chỉ tiêu)`,
      before: { ...before, responsibilities },
    });
  });
}

// ── Targets ─────────────────────────────────────────────────────────────────────────────────

async function assertTaskAreasExist(tx: Queryable, programmeId: string, numbers: number[]): Promise<void> {
  if (numbers.length === 0) return;
  const existing = new Set(await repo.findTaskAreaNumbers(tx, programmeId));
  const unknown = numbers.filter((n) => !existing.has(n));
  if (unknown.length) throw new AppError('TASK_AREA_UNKNOWN', `Đề án không có nội dung số ${unknown.join(', ')}`);
}

export async function createTarget(ctx: AuthedCtx, programmeId: string, body: CreateTargetBody): Promise<Target> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    await assertTaskAreasExist(tx, programmeId, body.taskAreaNumbers);
    const after = await repo.insertTarget(tx, programmeId, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.target.create',
      entityType: 'programme_target',
      entityId: after.id,
      summary: `Thêm chỉ tiêu ${after.number} vào đề án ${programme.code}`,
      after,
    });
    return after;
  });
}

export async function updateTarget(
  ctx: AuthedCtx,
  programmeId: string,
  id: string,
  body: UpdateTargetBody,
): Promise<Target> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findTarget(tx, programmeId, id, true);
    if (!before) throw notFound('chỉ tiêu');
    assertVersion(before, body.version);
    await assertTaskAreasExist(tx, programmeId, body.taskAreaNumbers);
    const after = await repo.updateTarget(tx, id, body);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.target.update',
      entityType: 'programme_target',
      entityId: id,
      summary: `Sửa chỉ tiêu ${after.number} của đề án ${programme.code}`,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTarget(ctx: AuthedCtx, programmeId: string, id: string, version?: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findTarget(tx, programmeId, id, true);
    if (!before) throw notFound('chỉ tiêu');
    assertVersion(before, version);
    await repo.deleteTarget(tx, id);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.target.delete',
      entityType: 'programme_target',
      entityId: id,
      summary: `Xóa chỉ tiêu ${before.number} của đề án ${programme.code}`,
      before,
    });
  });
}

// ── Responsibilities ────────────────────────────────────────────────────────────────────────

async function checkResponsibility(tx: Queryable, programmeId: string, body: CreateResponsibilityBody): Promise<void> {
  if (body.taskAreaId && !(await repo.findTaskArea(tx, programmeId, body.taskAreaId)))
    throw new AppError('TASK_AREA_UNKNOWN');
  await assertUnitExists(tx, body.unitId);
}

export async function createResponsibility(
  ctx: AuthedCtx,
  programmeId: string,
  body: CreateResponsibilityBody,
): Promise<Responsibility> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    await checkResponsibility(tx, programmeId, body);
    const id = await repo.insertResponsibility(tx, programmeId, body);
    await repo.touchProgramme(tx, programmeId);
    const after = (await repo.findResponsibility(tx, programmeId, id))!;
    await recordAudit(tx, ctx.actor, {
      action: 'programme.responsibility.create',
      entityType: 'programme_responsibility',
      entityId: id,
      summary: `Thêm phân công nhiệm vụ vào đề án ${programme.code}`,
      after,
    });
    return after;
  });
}

export async function updateResponsibility(
  ctx: AuthedCtx,
  programmeId: string,
  id: string,
  body: UpdateResponsibilityBody,
): Promise<Responsibility> {
  return inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findResponsibility(tx, programmeId, id, true);
    if (!before) throw notFound('phân công nhiệm vụ');
    assertVersion(before, body.version);
    await checkResponsibility(tx, programmeId, body);
    await repo.updateResponsibility(tx, id, body);
    await repo.touchProgramme(tx, programmeId);
    const after = (await repo.findResponsibility(tx, programmeId, id))!;
    await recordAudit(tx, ctx.actor, {
      action: 'programme.responsibility.update',
      entityType: 'programme_responsibility',
      entityId: id,
      summary: `Sửa phân công nhiệm vụ của đề án ${programme.code}`,
      before,
      after,
    });
    return after;
  });
}

export async function deleteResponsibility(
  ctx: AuthedCtx,
  programmeId: string,
  id: string,
  version?: number,
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const programme = await lockProgrammeForChange(tx, ctx.actor, programmeId);
    const before = await repo.findResponsibility(tx, programmeId, id, true);
    if (!before) throw notFound('phân công nhiệm vụ');
    assertVersion(before, version);
    await repo.deleteResponsibility(tx, id);
    await repo.touchProgramme(tx, programmeId);
    await recordAudit(tx, ctx.actor, {
      action: 'programme.responsibility.delete',
      entityType: 'programme_responsibility',
      entityId: id,
      summary: `Xóa phân công nhiệm vụ của đề án ${programme.code}`,
      before,
    });
  });
}
