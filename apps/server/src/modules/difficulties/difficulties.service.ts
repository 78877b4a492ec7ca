import type { z } from 'zod';
import {
  DIFFICULTY_AGE_BUCKETS,
  DIFFICULTY_STATUSES,
  type CreateDifficultyBody,
  type DifficultyAgeBucket,
  type DifficultyBoard,
  type DifficultyListQuerySchema,
  type DifficultySummary,
  type DifficultyTransitionBody,
  type DifficultyView,
} from '@lantoa/contracts/difficulties';
import type { Permission } from '@lantoa/contracts/access';
import type { AuthedCtx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { findUnitUsers, findUsersWithRole } from '../../platform/notifications/recipients.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import * as repo from './difficulties.repository.ts';
import { difficultyWorkflow } from './difficulties.workflow.ts';

export type DifficultyDeps = { notifier: Notifier };

const CONFLICT_MESSAGE = 'Khó khăn, vướng mắc này vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy thực hiện lại thao tác trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** 0–6 days, 7–30, 31–90, more. Pure. */
export function computeAgeBucket(days: number): DifficultyAgeBucket {
  return days < 7 ? 'under7' : days <= 30 ? 'under30' : days <= 90 ? 'under90' : 'over90';
}

/** The standing agency and UBND act city-wide; a unit's own people report. */
async function mayTake(ctx: AuthedCtx, db: Queryable, d: repo.DifficultyRow, permission: Permission): Promise<boolean> {
  if (permission === 'difficulty:manage' || permission === 'difficulty:decide') return (await findReadableUnitIds(db, ctx.actor, permission)) === null;
  return canOnUnit(db, ctx.actor, permission, d.unit_id);
}

/** A difficulty outside the actor's subtree answers 404. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.DifficultyRow> {
  const d = await repo.findDifficulty(ctx.db, id);
  if (!d || !(await canOnUnit(ctx.db, ctx.actor, 'difficulty:read', d.unit_id))) throw notFound('khó khăn, vướng mắc');
  return d;
}

function presentSummary(d: repo.DifficultyRow): DifficultySummary {
  return {
    id: d.id,
    unitId: d.unit_id,
    unitName: d.unit_name,
    taskAreaNumber: d.task_area_number,
    severity: d.severity,
    title: d.title,
    status: d.status,
    ageDays: d.age_days,
    ageBucket: computeAgeBucket(d.age_days),
    createdAt: d.created_at.toISOString(),
    updatedAt: d.updated_at.toISOString(),
  };
}

export async function getDifficulty(ctx: AuthedCtx, id: string): Promise<DifficultyView> {
  const d = await requireReadable(ctx, id);
  const [history, concerned] = await Promise.all([findHistory(ctx.db, 'difficulty', id), repo.findUnitNames(ctx.db, d.concerned_unit_ids)]);
  const actions: DifficultyView['actions'] = [];
  for (const t of availableActions(difficultyWorkflow, d.status)) if (await mayTake(ctx, ctx.db, d, t.permission)) actions.push(t.action);
  return {
    ...presentSummary(d),
    description: d.description,
    proposedSolution: d.proposed_solution,
    concernedUnits: concerned,
    proposal: d.proposal,
    direction: d.direction,
    resolution: d.resolution,
    resolvedAt: d.resolved_at?.toISOString() ?? null,
    lockVersion: d.lock_version,
    actions,
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
  };
}

export async function findDifficulties(ctx: AuthedCtx, q: z.infer<typeof DifficultyListQuerySchema>) {
  const { rows, total } = await repo.listDifficulties(ctx.db, {
    status: q.status, severity: q.severity, taskAreaNumber: q.taskAreaNumber, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'difficulty:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Every status with its difficulties by age (oldest first): what has waited longest stands out. */
export async function getDifficultyBoard(ctx: AuthedCtx): Promise<DifficultyBoard> {
  const { rows } = await repo.listDifficulties(ctx.db, { sort: 'oldest', scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'difficulty:read'), limit: 2000, offset: 0 });
  return {
    columns: DIFFICULTY_STATUSES.map((status) => {
      const items = rows.filter((r) => r.status === status).map(presentSummary);
      const byAge = Object.fromEntries(DIFFICULTY_AGE_BUCKETS.map((b) => [b, items.filter((i) => i.ageBucket === b).length]));
      return { status, total: items.length, byAge, items: items.slice(0, 50) };
    }),
  };
}

async function notify(deps: DifficultyDeps, tx: Queryable, users: string[], exceptId: string, title: string, id: string, body?: string | null) {
  for (const userId of new Set(users)) {
    if (userId === exceptId) continue;
    await deps.notifier.notify(tx, { userId, kind: 'system.message', title, body: body ?? null, link: `/admin/difficulties/${id}`, entityType: 'difficulty', entityId: id });
  }
}

export async function createDifficulty(ctx: AuthedCtx, deps: DifficultyDeps, input: CreateDifficultyBody): Promise<DifficultyView> {
  if (!(await canOnUnit(ctx.db, ctx.actor, 'difficulty:report', input.unitId))) throw new AppError('FORBIDDEN');
  const id = await withTransaction(ctx.db, async (tx) => {
    const newId = await repo.insertDifficulty(tx, { ...input, createdBy: ctx.actor.userId });
    await recordTransition(tx, { entityType: 'difficulty', entityId: newId, action: 'report', from: null, to: 'reported', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'difficulty.report', entityType: 'difficulty', entityId: newId, summary: `Báo cáo khó khăn: ${input.title}`, after: input });
    await notify(deps, tx, await findUsersWithRole(tx, ['programme_manager']), ctx.actor.userId, `Khó khăn, vướng mắc mới: ${input.title}`, newId, input.description.slice(0, 300));
    return newId;
  });
  return getDifficulty(ctx, id);
}

function patchFor(action: DifficultyTransitionBody['action'], input: DifficultyTransitionBody): repo.DifficultyPatch {
  switch (action) {
    case 'coordinate':
      if (!input.concernedUnitIds?.length) throw invalid('concernedUnitIds', 'Vui lòng chọn ít nhất một đơn vị phối hợp');
      return { concerned_unit_ids: [...new Set(input.concernedUnitIds)] };
    case 'escalate':
      if (!input.proposal) throw invalid('proposal', 'Vui lòng nhập đề xuất trình UBND thành phố');
      return { proposal: input.proposal };
    case 'direct':
      if (!input.direction) throw invalid('direction', 'Vui lòng nhập ý kiến chỉ đạo');
      return { direction: input.direction };
    case 'resolve':
      if (!input.resolution) throw invalid('resolution', 'Vui lòng nhập kết quả giải quyết');
      return { resolution: input.resolution };
  }
}

export async function transitionDifficulty(ctx: AuthedCtx, deps: DifficultyDeps, id: string, input: DifficultyTransitionBody): Promise<DifficultyView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const d = await repo.findDifficultyForUpdate(tx, id);
    if (!d) throw notFound('khó khăn, vướng mắc');
    const t = computeTransition(difficultyWorkflow, d.status, input.action, input.comment);
    if (!(await mayTake(ctx, tx, d, t.permission))) throw new AppError('FORBIDDEN');
    if (d.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: d.lock_version });
    const patch = patchFor(t.action, input);
    if (patch.concerned_unit_ids && (await repo.findUnitNames(tx, patch.concerned_unit_ids)).length !== patch.concerned_unit_ids.length) {
      throw invalid('concernedUnitIds', 'Có đơn vị phối hợp không tồn tại');
    }
    if (!(await repo.applyTransition(tx, id, input.lockVersion, t.to, patch))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE);
    await recordTransition(tx, { entityType: 'difficulty', entityId: id, action: t.action, from: d.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `difficulty.${t.action}`, entityType: 'difficulty', entityId: id, summary: `${t.label}: ${d.title} — ${d.unit_name}`,
      before: { status: d.status }, after: { status: t.to, ...patch, comment: input.comment ?? null },
    });
    const own = await findUnitUsers(tx, d.unit_id, ['unit_editor', 'unit_approver']);
    if (t.action === 'coordinate') {
      const concerned = (await Promise.all(patch.concerned_unit_ids!.map((u) => findUnitUsers(tx, u, ['unit_editor', 'unit_approver'])))).flat();
      await notify(deps, tx, [...own, ...concerned], ctx.actor.userId, `Phối hợp giải quyết khó khăn: ${d.title} (${d.unit_name})`, id, input.comment);
    } else if (t.action === 'escalate') {
      await notify(deps, tx, [...(await findUsersWithRole(tx, ['leader'])), ...own], ctx.actor.userId, `Trình UBND thành phố: ${d.title} (${d.unit_name})`, id, patch.proposal);
    } else if (t.action === 'direct') {
      await notify(deps, tx, [...(await findUsersWithRole(tx, ['programme_manager'])), ...own], ctx.actor.userId, `UBND thành phố đã chỉ đạo: ${d.title}`, id, patch.direction);
    } else {
      await notify(deps, tx, own, ctx.actor.userId, `Đã giải quyết: ${d.title}`, id, patch.resolution);
    }
  });
  return getDifficulty(ctx, id);
}
