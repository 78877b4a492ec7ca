import type { z } from 'zod';
import type {
  CloseUnitBodySchema,
  CreateUnitBody,
  MergeUnitsBody,
  MoveUnitBodySchema,
  RenameUnitBodySchema,
  SplitUnitBody,
  TreeQuerySchema,
  UnitDetail,
  UnitListQuerySchema,
  UnitSearchQuerySchema,
  UpdateProfileBodySchema,
} from '@lantoa/contracts/org-units';
import { UNIT_TYPE_GROUP, UNIT_TYPES } from '@lantoa/contracts/org-units';
import type { AuthedCtx, Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { findAncestorIds, findPlacementDate } from '../../platform/db/hierarchy.ts';
import { assertCanOnUnit, canOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { addDays, todayIso } from '../../platform/time.ts';
import * as repo from './org-units.repository.ts';
import { computeTree, presentSuccession, presentSummary, presentVersion } from './org-units.presenter.ts';

type TreeQuery = z.infer<typeof TreeQuerySchema>;

export async function getTree(ctx: Ctx, q: TreeQuery) {
  const asOf = q.asOf ?? todayIso();
  if (q.rootId && !(await repo.findUnit(ctx.db, q.rootId))) throw notFound('đơn vị');
  const rows = await repo.findVersionsAsOf(ctx.db, asOf, q.rootId, q.depth);
  return { asOf, roots: computeTree(rows, q.rootId), count: rows.length };
}

type UnitListFilter = Omit<z.infer<typeof UnitListQuerySchema>, 'page' | 'pageSize'>;

/** The list filter as the repository takes it; the list page and its export share it. */
export function toListFilter(q: UnitListFilter): Omit<repo.ListFilter, 'limit' | 'offset'> {
  const types = q.type ? [q.type] : q.group ? UNIT_TYPES.filter((t) => UNIT_TYPE_GROUP[t] === q.group) : undefined;
  return { asOf: q.asOf ?? todayIso(), q: q.q || undefined, types, parentId: q.parentId, sort: q.sort, order: q.order };
}

export async function findUnits(ctx: Ctx, q: z.infer<typeof UnitListQuerySchema>) {
  const { rows, total } = await repo.listVersionsAsOf(ctx.db, {
    ...toListFilter(q),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map((r) => ({ ...presentSummary(r), parentName: r.parent_name })), total, page: q.page, pageSize: q.pageSize };
}

export async function searchUnits(ctx: Ctx, q: z.infer<typeof UnitSearchQuerySchema>) {
  const rows = await repo.searchVersions(ctx.db, q.q, {
    asOf: q.asOf ?? todayIso(),
    includeHistorical: q.includeHistorical === 'true',
    type: q.type,
    limit: q.limit,
  });
  return { items: rows.map(presentSummary) };
}

export async function getUnit(ctx: Ctx, unitId: string): Promise<UnitDetail> {
  const unit = await repo.findUnit(ctx.db, unitId);
  if (!unit) throw notFound('đơn vị');
  const today = todayIso();
  const versions = await repo.findVersionsOfUnit(ctx.db, unitId);
  const placement = (await findPlacementDate(ctx.db, unitId, today)) ?? today;
  const current = versions.find((v) => covers(v, placement)) ?? versions[versions.length - 1];
  if (!current) throw notFound('đơn vị');
  const ancestorIds = (await findAncestorIds(ctx.db, unitId, placement)).slice(1).reverse();
  const [predecessors, successors, ancestors, childCount, profile] = await Promise.all([
    repo.findSuccessions(ctx.db, unitId, 'predecessors'),
    repo.findSuccessions(ctx.db, unitId, 'successors'),
    repo.findAncestorsWithNames(ctx.db, ancestorIds, placement),
    repo.countChildrenAt(ctx.db, unitId, placement),
    repo.findProfile(ctx.db, unitId),
  ]);
  const existsToday = versions.some((v) => covers(v, today));
  const currentSuccessors = existsToday ? [] : await repo.findCurrentSuccessors(ctx.db, unitId, today);
  return {
    id: unit.id,
    externalKey: unit.external_key,
    current: presentVersion(current),
    versions: versions.map(presentVersion),
    predecessors: predecessors.map(presentSuccession),
    successors: successors.map(presentSuccession),
    ancestors,
    childCount,
    profile: {
      address: profile.address,
      phone: profile.phone,
      email: profile.email,
      website: profile.website,
      headName: profile.head_name,
      version: profile.version,
    },
    currentSuccessors: currentSuccessors.map((s) => ({ id: s.id, name: s.name, officialCode: s.official_code })),
  };
}

function covers(v: { valid_from: string | null; valid_to: string | null }, day: string): boolean {
  return (v.valid_from === null || v.valid_from <= day) && (v.valid_to === null || v.valid_to >= day);
}

// ── Structural actions ─────────────────────────────────────────────────────────────────────

type ActionMeta = { effectiveDate: string; legalBasis?: string; note?: string };

async function requireValidOn(tx: Queryable, unitId: string, date: string, what = 'Đơn vị'): Promise<repo.VersionRow> {
  const v = await repo.findVersionAt(tx, unitId, date);
  if (!v) {
    if (!(await repo.findUnit(tx, unitId))) throw notFound('đơn vị');
    throw new AppError('UNIT_NOT_VALID_ON_DATE', `${what} không tồn tại vào ngày ${formatVn(date)}`, { unitId, date });
  }
  return v;
}

function formatVn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

async function requireParent(tx: Queryable, parentId: string, date: string): Promise<repo.VersionRow> {
  const v = await repo.findVersionAt(tx, parentId, date);
  if (!v) {
    if (!(await repo.findUnit(tx, parentId))) throw notFound('đơn vị cấp trên');
    throw new AppError('UNIT_PARENT_INVALID', `Đơn vị cấp trên không tồn tại vào ngày ${formatVn(date)}`, { parentId });
  }
  return v;
}

async function assertCodeFree(tx: Queryable, code: string | undefined | null, from: string, unitId: string | null) {
  if (!code) return;
  const clash = await repo.findCodeClash(tx, code, from, unitId);
  if (clash) throw new AppError('UNIT_CODE_TAKEN', `Mã ${code} đang được dùng cho ${clash}`, { code });
}

/**
 * Applies a change to a unit from `date` on: the version valid that day is cut at the day before
 * and a new version starts (or, when it starts that very day, it is edited in place). Changes
 * dated before a later change already recorded are refused rather than silently reordered.
 */
export async function changeFrom(
  tx: Queryable,
  unitId: string,
  date: string,
  patch: Partial<Pick<repo.NewVersion, 'name' | 'shortName' | 'type' | 'officialCode' | 'parentId'>>,
  note: string | null,
): Promise<{ before: repo.VersionRow; after: repo.NewVersion }> {
  const before = await requireValidOn(tx, unitId, date);
  if (await repo.hasVersionAfter(tx, unitId, date)) {
    throw new AppError('UNIT_VERSION_OVERLAP', 'Đơn vị đã có thay đổi sau ngày hiệu lực này; hãy chọn ngày muộn hơn');
  }
  const after: repo.NewVersion = {
    unitId,
    name: patch.name ?? before.name,
    shortName: patch.shortName !== undefined ? patch.shortName : before.short_name,
    type: patch.type ?? before.type,
    officialCode: patch.officialCode !== undefined ? patch.officialCode : before.official_code,
    parentId: patch.parentId !== undefined ? patch.parentId : before.parent_id,
    validFrom: date,
    validTo: before.valid_to,
    uncertain: false,
    note,
    source: null,
  };
  if (before.valid_from === date) {
    await repo.updateVersionInPlace(tx, before.id, { ...after, note: note ?? before.note });
  } else {
    await repo.setVersionEnd(tx, before.id, addDays(date, -1));
    await repo.insertVersion(tx, after);
  }
  return { before, after };
}

async function closeFrom(tx: Queryable, unitId: string, date: string): Promise<repo.VersionRow> {
  const before = await requireValidOn(tx, unitId, date);
  if (await repo.hasVersionAfter(tx, unitId, date)) {
    throw new AppError('UNIT_VERSION_OVERLAP', 'Đơn vị đã có thay đổi sau ngày hiệu lực này');
  }
  if (before.valid_from === date) await repo.deleteVersion(tx, before.id);
  else await repo.setVersionEnd(tx, before.id, addDays(date, -1));
  return before;
}

async function assertNoCycle(tx: Queryable, unitId: string, newParentId: string, date: string) {
  const ancestors = await findAncestorIds(tx, newParentId, date);
  if (ancestors.includes(unitId)) throw new AppError('UNIT_CYCLE');
}

async function event(tx: Queryable, ctx: AuthedCtx, kind: string, meta: ActionMeta) {
  return repo.insertEvent(tx, {
    kind,
    effectiveDate: meta.effectiveDate,
    legalBasis: meta.legalBasis ?? null,
    note: meta.note ?? null,
    createdBy: ctx.actor.userId,
  });
}

async function rootOf(tx: Queryable, unitId: string): Promise<string | null> {
  return (await repo.findUnit(tx, unitId))?.root_id ?? null;
}

export async function createUnit(ctx: AuthedCtx, input: CreateUnitBody) {
  const date = input.effectiveDate;
  if (input.parentId) await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', input.parentId, date);
  else if (!(await isGlobal(ctx))) throw new AppError('FORBIDDEN');
  return withTransaction(ctx.db, async (tx) => {
    if (input.parentId) {
      await repo.lockUnits(tx, [input.parentId]);
      await requireParent(tx, input.parentId, date);
    }
    await assertCodeFree(tx, input.officialCode, date, null);
    const id = await repo.insertUnit(tx, input.parentId ? await rootOf(tx, input.parentId) : null);
    const version: repo.NewVersion = {
      unitId: id, name: input.name, shortName: input.shortName ?? null, type: input.type, officialCode: input.officialCode ?? null,
      parentId: input.parentId, validFrom: date, validTo: null, note: input.note ?? null, source: input.legalBasis ?? null,
    };
    await repo.insertVersion(tx, version);
    const eventId = await event(tx, ctx, 'create', input);
    await recordAudit(tx, ctx.actor, { action: 'org-unit.create', entityType: 'org_unit', entityId: id, summary: `Thành lập ${input.name}`, after: { ...version, legalBasis: input.legalBasis } });
    return { eventId, unitIds: [id] };
  });
}

/** Whether the actor's restructure scope is a whole root (may create a new root unit). */
async function isGlobal(ctx: AuthedCtx): Promise<boolean> {
  for (const a of ctx.actor.assignments) {
    if (!(await canOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', a.unitId))) continue;
    const v = await repo.findVersionAt(ctx.db, a.unitId, todayIso());
    if (v && v.parent_id === null) return true;
  }
  return false;
}

export async function renameUnit(ctx: AuthedCtx, unitId: string, input: z.infer<typeof RenameUnitBodySchema>) {
  await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', unitId, input.effectiveDate);
  return withTransaction(ctx.db, async (tx) => {
    await repo.lockUnits(tx, [unitId]);
    await assertCodeFree(tx, input.officialCode, input.effectiveDate, unitId);
    const { before, after } = await changeFrom(tx, unitId, input.effectiveDate, {
      name: input.name,
      shortName: input.shortName,
      officialCode: input.officialCode,
      type: input.type,
    }, input.note ?? null);
    const eventId = await event(tx, ctx, 'rename', input);
    await recordAudit(tx, ctx.actor, { action: 'org-unit.rename', entityType: 'org_unit', entityId: unitId, summary: `Đổi tên ${before.name} → ${after.name}`, before, after: { ...after, legalBasis: input.legalBasis } });
    return { eventId, unitIds: [unitId] };
  });
}

export async function moveUnit(ctx: AuthedCtx, unitId: string, input: z.infer<typeof MoveUnitBodySchema>) {
  await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', unitId, input.effectiveDate);
  await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', input.parentId, input.effectiveDate);
  return withTransaction(ctx.db, async (tx) => {
    await repo.lockUnits(tx, [unitId, input.parentId]);
    if (unitId === input.parentId) throw new AppError('UNIT_CYCLE');
    const parent = await requireParent(tx, input.parentId, input.effectiveDate);
    await assertNoCycle(tx, unitId, input.parentId, input.effectiveDate);
    const { before, after } = await changeFrom(tx, unitId, input.effectiveDate, { parentId: input.parentId }, input.note ?? null);
    const eventId = await event(tx, ctx, 'move', input);
    await recordAudit(tx, ctx.actor, { action: 'org-unit.move', entityType: 'org_unit', entityId: unitId, summary: `Chuyển ${before.name} về ${parent.name}`, before, after });
    return { eventId, unitIds: [unitId] };
  });
}

export async function closeUnit(ctx: AuthedCtx, unitId: string, input: z.infer<typeof CloseUnitBodySchema>) {
  await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', unitId, input.effectiveDate);
  return withTransaction(ctx.db, async (tx) => {
    await repo.lockUnits(tx, [unitId]);
    if ((await repo.countChildrenAt(tx, unitId, input.effectiveDate)) > 0) throw new AppError('UNIT_HAS_CHILDREN');
    const before = await closeFrom(tx, unitId, input.effectiveDate);
    const eventId = await event(tx, ctx, 'close', input);
    await recordAudit(tx, ctx.actor, { action: 'org-unit.close', entityType: 'org_unit', entityId: unitId, summary: `Giải thể ${before.name} từ ${formatVn(input.effectiveDate)}`, before, after: { validTo: addDays(input.effectiveDate, -1), legalBasis: input.legalBasis } });
    return { eventId, unitIds: [unitId] };
  });
}

/**
 * Merges several units into one (an existing unit that absorbs the others, or a new unit).
 * The merged units close the day before; their sub-units move under the result.
 */
export async function mergeUnits(ctx: AuthedCtx, input: MergeUnitsBody) {
  const date = input.effectiveDate;
  const target = input.target;
  const involved = [...input.sourceIds, ...(target.mode === 'new' ? [target.parentId] : [target.unitId])];
  for (const id of new Set(involved)) await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', id, date);
  return withTransaction(ctx.db, async (tx) => {
    await repo.lockUnits(tx, [...new Set(involved)]);
    const sources = [];
    for (const id of input.sourceIds) sources.push(await requireValidOn(tx, id, date));
    let targetId: string;
    const absorbed = target.mode === 'existing' ? input.sourceIds.filter((id) => id !== target.unitId) : input.sourceIds;
    if (target.mode === 'existing') {
      if (absorbed.length < 1) throw new AppError('MERGE_NEEDS_TWO');
      targetId = target.unitId;
      await requireValidOn(tx, targetId, date, 'Đơn vị tiếp nhận');
      await assertCodeFree(tx, target.officialCode, date, targetId);
      if (target.name || target.officialCode) {
        await changeFrom(tx, targetId, date, { name: target.name, officialCode: target.officialCode }, input.note ?? null);
      }
    } else {
      const parent = await requireParent(tx, target.parentId, date);
      if (input.sourceIds.includes(target.parentId)) throw new AppError('UNIT_CYCLE');
      await assertCodeFree(tx, target.officialCode, date, null);
      targetId = await repo.insertUnit(tx, await rootOf(tx, parent.unit_id));
      await repo.insertVersion(tx, {
        unitId: targetId, name: target.name, shortName: target.shortName ?? null, type: target.type,
        officialCode: target.officialCode ?? null, parentId: target.parentId, validFrom: date, validTo: null,
        note: input.note ?? null, source: input.legalBasis ?? null,
      });
    }
    const eventId = await event(tx, ctx, 'merge', input);
    for (const id of absorbed) {
      for (const child of await repo.findChildrenAt(tx, id, date)) {
        if (absorbed.includes(child.unit_id) || child.unit_id === targetId) continue;
        await changeFrom(tx, child.unit_id, date, { parentId: targetId }, 'Chuyển về đơn vị sau sáp nhập');
      }
      await closeFrom(tx, id, date);
      await repo.insertSuccession(tx, {
        eventId, from: id, to: targetId, kind: target.mode === 'existing' ? 'absorb' : 'merge', share: 'full', date, note: input.note ?? null,
      });
    }
    const names = sources.map((s) => s.name).join(', ');
    await recordAudit(tx, ctx.actor, {
      action: 'org-unit.merge', entityType: 'org_unit', entityId: targetId,
      summary: `Sáp nhập ${names} từ ${formatVn(date)}`,
      before: sources, after: { targetId, target, legalBasis: input.legalBasis },
    });
    return { eventId, unitIds: [targetId] };
  });
}

/** Splits a unit into new units; the source closes unless it lives on as one of the parts. */
export async function splitUnit(ctx: AuthedCtx, unitId: string, input: SplitUnitBody) {
  const date = input.effectiveDate;
  if (!input.keepSource && input.parts.length < 2) throw new AppError('SPLIT_NEEDS_TWO');
  const parents = [...new Set(input.parts.map((p) => p.parentId))];
  for (const id of [unitId, ...parents]) await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:restructure', id, date);
  return withTransaction(ctx.db, async (tx) => {
    await repo.lockUnits(tx, [unitId, ...parents]);
    const source = await requireValidOn(tx, unitId, date);
    if (!input.keepSource && (await repo.countChildrenAt(tx, unitId, date)) > 0) throw new AppError('UNIT_HAS_CHILDREN');
    const codes = input.parts.map((p) => p.officialCode).filter(Boolean);
    if (new Set(codes).size !== codes.length) throw new AppError('UNIT_CODE_TAKEN', 'Hai đơn vị mới có cùng mã');
    const eventId = await event(tx, ctx, 'split', input);
    const created: string[] = [];
    for (const part of input.parts) {
      if (part.parentId === unitId && !input.keepSource) throw new AppError('UNIT_PARENT_INVALID', 'Đơn vị bị chia tách không thể là cấp trên của đơn vị mới');
      const parent = await requireParent(tx, part.parentId, date);
      await assertCodeFree(tx, part.officialCode, date, input.keepSource ? null : unitId);
      const id = await repo.insertUnit(tx, await rootOf(tx, parent.unit_id));
      await repo.insertVersion(tx, {
        unitId: id, name: part.name, shortName: part.shortName ?? null, type: part.type, officialCode: part.officialCode ?? null,
        parentId: part.parentId, validFrom: date, validTo: null, note: input.note ?? null, source: input.legalBasis ?? null,
      });
      await repo.insertSuccession(tx, { eventId, from: unitId, to: id, kind: 'split', share: 'partial', date, note: input.note ?? null });
      created.push(id);
    }
    if (!input.keepSource) await closeFrom(tx, unitId, date);
    await recordAudit(tx, ctx.actor, {
      action: 'org-unit.split', entityType: 'org_unit', entityId: unitId,
      summary: `Chia tách ${source.name} thành ${input.parts.map((p) => p.name).join(', ')} từ ${formatVn(date)}`,
      before: source, after: { parts: input.parts, created, keepSource: input.keepSource, legalBasis: input.legalBasis },
    });
    return { eventId, unitIds: created };
  });
}

export async function updateProfile(ctx: AuthedCtx, unitId: string, input: z.infer<typeof UpdateProfileBodySchema>) {
  if (!(await repo.findUnit(ctx.db, unitId))) throw notFound('đơn vị');
  await assertCanOnUnit(ctx.db, ctx.actor, 'org-unit:update-profile', unitId);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findProfile(tx, unitId);
    const data = { address: input.address, phone: input.phone, email: input.email, website: input.website, head_name: input.headName };
    if (!(await repo.saveProfile(tx, unitId, data, input.version))) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, ctx.actor, { action: 'org-unit.update-profile', entityType: 'org_unit', entityId: unitId, summary: 'Cập nhật thông tin liên hệ', before, after: data });
  });
  return getUnit(ctx, unitId);
}
