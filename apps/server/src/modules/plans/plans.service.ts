import type { z } from 'zod';
import type { Permission } from '@lantoa/contracts/access';
import { COMMUNE_LEVEL_TYPES, UNIT_TYPE_GROUP, UNIT_TYPES, type UnitType } from '@lantoa/contracts/org-units';
import type {
  CreatePlanBody,
  PlanBoardQuerySchema,
  PlanContent,
  PlanListQuerySchema,
  PlanTransitionBodySchema,
  PlanView,
  RemindBehindBodySchema,
  UpdatePlanBody,
} from '@lantoa/contracts/plans';
import { PLAN_STATUS_LABELS_VI } from '@lantoa/contracts/plans';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { scopeRootsFor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './plans.repository.ts';
import { computePlanDiff, planTotal } from './plans.diff.ts';
import { planWorkflow } from './plans.workflow.ts';

export type PlanDeps = { notifier: Notifier };

/** Unit types whose plans the standing agency expects, per group. */
const EXPECTED_TYPES: readonly UnitType[] = UNIT_TYPES.filter((t) => ['locality', 'department', 'mass_organisation', 'press'].includes(UNIT_TYPE_GROUP[t]) && t !== 'province');

async function requireProgramme(db: Queryable, year: number, programmeId?: string): Promise<string> {
  const id = programmeId ?? (await repo.findActiveProgrammeId(db, year));
  if (!id) throw new AppError('NOT_FOUND', 'Chưa có đề án nào đang thực hiện');
  return id;
}

/** A plan the actor may not read answers 404, so that ids of other units' plans reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.PlanRow> {
  const plan = await repo.findPlan(ctx.db, id);
  if (!plan || !(await canOnUnit(ctx.db, ctx.actor, 'plan:read', plan.unit_id))) throw notFound('kế hoạch');
  return plan;
}

async function loadContent(db: Queryable, planId: string, header: repo.PlanRow): Promise<PlanContent> {
  const activities = await repo.findActivities(db, planId);
  const lines = await repo.findBudgetLines(db, planId);
  const index = new Map(activities.map((a, i) => [a.id, i]));
  return {
    title: header.title,
    summary: header.summary,
    inSocioEconomicPlan: header.in_socio_economic_plan,
    inYearlyProgramme: header.in_yearly_programme,
    inMidTermProgramme: header.in_mid_term_programme,
    inLongTermProgramme: header.in_long_term_programme,
    activities: activities.map((a) => ({
      taskAreaNumber: a.task_area_number,
      title: a.title,
      description: a.description,
      audiences: a.audiences as PlanContent['activities'][number]['audiences'],
      channels: a.channels as PlanContent['activities'][number]['channels'],
      periodStart: a.period_start,
      periodEnd: a.period_end,
      responsibleUnitId: a.responsible_unit_id,
      coordinatingUnitIds: a.coordinating_unit_ids,
      outputQuantity: a.output_quantity,
      outputUnit: a.output_unit,
      linkedProgrammes: a.linked_programmes,
    })),
    budgetLines: lines.map((l) => ({
      activityIndex: l.activity_id ? (index.get(l.activity_id) ?? null) : null,
      taskAreaNumber: l.task_area_number,
      description: l.description,
      amount: l.amount,
      source: l.source,
    })),
  };
}

async function permissionFor(ctx: AuthedCtx, plan: repo.PlanRow, permission: Permission): Promise<boolean> {
  return canOnUnit(ctx.db, ctx.actor, permission, plan.unit_id);
}

export async function getPlan(ctx: AuthedCtx, id: string): Promise<PlanView> {
  const plan = await requireReadable(ctx, id);
  const [activities, lines, history, snapshots] = await Promise.all([
    repo.findActivities(ctx.db, id),
    repo.findBudgetLines(ctx.db, id),
    findHistory(ctx.db, 'comm_plan', id),
    repo.findSnapshots(ctx.db, id),
  ]);
  const actions: PlanView['actions'] = [];
  for (const t of availableActions(planWorkflow, plan.status)) if (await permissionFor(ctx, plan, t.permission)) actions.push(t.action);
  const canEdit = (plan.status === 'draft' || plan.status === 'returned') && (await permissionFor(ctx, plan, 'plan:edit'));
  return {
    id: plan.id,
    programmeId: plan.programme_id,
    unitId: plan.unit_id,
    unitName: plan.unit_name,
    year: plan.year,
    isCityPlan: plan.is_city_plan,
    title: plan.title,
    summary: plan.summary,
    status: plan.status,
    inSocioEconomicPlan: plan.in_socio_economic_plan,
    inYearlyProgramme: plan.in_yearly_programme,
    inMidTermProgramme: plan.in_mid_term_programme,
    inLongTermProgramme: plan.in_long_term_programme,
    versionNo: plan.version_no,
    lockVersion: plan.lock_version,
    submittedAt: plan.submitted_at?.toISOString() ?? null,
    acceptedAt: plan.accepted_at?.toISOString() ?? null,
    updatedAt: plan.updated_at.toISOString(),
    totalAmount: plan.total_amount,
    activities: activities.map((a) => ({
      id: a.id,
      taskAreaNumber: a.task_area_number,
      title: a.title,
      description: a.description,
      audiences: a.audiences,
      channels: a.channels,
      periodStart: a.period_start,
      periodEnd: a.period_end,
      responsibleUnitId: a.responsible_unit_id,
      responsibleUnitName: a.responsible_unit_name,
      coordinatingUnitIds: a.coordinating_unit_ids,
      outputQuantity: a.output_quantity,
      outputUnit: a.output_unit,
      linkedProgrammes: a.linked_programmes,
    })),
    budgetLines: lines.map((l) => ({ id: l.id, activityId: l.activity_id, taskAreaNumber: l.task_area_number, description: l.description, amount: l.amount, source: l.source })),
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    actions,
    canEdit,
    versions: snapshots.map((s) => ({ snapshotId: s.id, versionNo: s.version_no, status: s.status, createdAt: s.created_at.toISOString(), totalAmount: s.total_amount })),
  };
}

function assertActivityIndexes(content: PlanContent) {
  content.budgetLines.forEach((l, i) => {
    if (l.activityIndex !== null && l.activityIndex >= content.activities.length) {
      throw new AppError('VALIDATION_FAILED', `Dòng kinh phí ${i + 1} gắn với hoạt động không tồn tại`, {
        issues: [{ path: `budgetLines.${i}.activityIndex`, message: 'Hoạt động không tồn tại' }],
      });
    }
  });
}

export async function createPlan(ctx: AuthedCtx, input: CreatePlanBody): Promise<PlanView> {
  if (!(await canOnUnit(ctx.db, ctx.actor, 'plan:edit', input.unitId))) throw new AppError('FORBIDDEN');
  assertActivityIndexes(input);
  const id = await withTransaction(ctx.db, async (tx) => {
    const programmeId = await requireProgramme(tx, input.year, input.programmeId);
    if (await repo.findPlanByUnitYear(tx, programmeId, input.unitId, input.year)) {
      throw new AppError('CONFLICT', `Đơn vị đã có kế hoạch năm ${input.year}; hãy mở kế hoạch đó để sửa`);
    }
    const root = await tx.query<{ root_id: string | null }>('SELECT root_id FROM org_unit WHERE id = $1', [input.unitId]);
    if (!root.rows[0]) throw notFound('đơn vị');
    const planId = await repo.insertPlan(tx, {
      programmeId, unitId: input.unitId, rootId: root.rows[0].root_id, year: input.year, isCityPlan: input.isCityPlan, content: input, createdBy: ctx.actor.userId,
    });
    await repo.replaceContent(tx, planId, input);
    await recordTransition(tx, { entityType: 'comm_plan', entityId: planId, action: 'create', from: null, to: 'draft', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'plan.create', entityType: 'comm_plan', entityId: planId, summary: `Lập ${input.title}`, after: input });
    return planId;
  });
  return getPlan(ctx, id);
}

export async function updatePlan(ctx: AuthedCtx, id: string, input: UpdatePlanBody): Promise<PlanView> {
  await requireReadable(ctx, id);
  assertActivityIndexes(input);
  await withTransaction(ctx.db, async (tx) => {
    const plan = await repo.findPlanForUpdate(tx, id);
    if (!plan) throw notFound('kế hoạch');
    if (!(await canOnUnit(tx, ctx.actor, 'plan:edit', plan.unit_id))) throw new AppError('FORBIDDEN');
    if (plan.status !== 'draft' && plan.status !== 'returned') throw new AppError('PLAN_LOCKED');
    const before = await loadContent(tx, id, plan);
    if (!(await repo.updatePlanHeader(tx, id, input, input.lockVersion))) {
      throw new AppError('VERSION_CONFLICT', 'Kế hoạch vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.', {
        currentLockVersion: plan.lock_version,
      });
    }
    await repo.replaceContent(tx, id, input);
    await recordAudit(tx, ctx.actor, { action: 'plan.update', entityType: 'comm_plan', entityId: id, summary: `Sửa ${input.title}`, before, after: input });
  });
  return getPlan(ctx, id);
}

export async function transitionPlan(ctx: AuthedCtx, deps: PlanDeps, id: string, input: z.infer<typeof PlanTransitionBodySchema>): Promise<PlanView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const plan = await repo.findPlanForUpdate(tx, id);
    if (!plan) throw notFound('kế hoạch');
    const t = computeTransition(planWorkflow, plan.status, input.action, input.comment);
    if (!(await canOnUnit(tx, ctx.actor, t.permission, plan.unit_id))) throw new AppError('FORBIDDEN');
    if (plan.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    const content = await loadContent(tx, id, plan);
    if (t.action === 'submit' && content.activities.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'Kế hoạch cần ít nhất một hoạt động trước khi gửi', { issues: [{ path: 'activities', message: 'Chưa có hoạt động nào' }] });
    }
    await repo.setStatus(tx, id, t.to, { newVersion: t.action === 'reopen' });
    if (t.action === 'submit' || t.action === 'accept') {
      await repo.insertSnapshot(tx, { planId: id, versionNo: plan.version_no, status: t.to, data: content, total: planTotal(content), createdBy: ctx.actor.userId });
    }
    await recordTransition(tx, { entityType: 'comm_plan', entityId: id, action: t.action, from: plan.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `plan.${t.action}`, entityType: 'comm_plan', entityId: id,
      summary: `${t.label}: ${plan.title} — ${plan.unit_name}${input.comment ? ` (${input.comment})` : ''}`,
      before: { status: plan.status }, after: { status: t.to, comment: input.comment ?? null },
    });
    // Tell whoever acts next.
    const link = `/admin/plans/${id}`;
    const recipients =
      t.action === 'submit'
        ? await repo.findUsersWithRole(tx, ['programme_manager'])
        : await repo.findUnitUsers(tx, plan.unit_id, ['unit_editor', 'unit_approver']);
    const title =
      t.action === 'submit' ? `${plan.unit_name} đã gửi ${plan.title}`
      : t.action === 'return' ? `${plan.title} bị trả lại: ${input.comment ?? ''}`.trim()
      : t.action === 'accept' ? `${plan.title} đã được chấp nhận`
      : `${plan.title} đã mở phiên bản ${plan.version_no + 1}`;
    for (const userId of recipients) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, { userId, kind: 'system.message', title, body: input.comment ?? null, link, entityType: 'comm_plan', entityId: id });
    }
  });
  return getPlan(ctx, id);
}

export async function findPlans(ctx: AuthedCtx, q: z.infer<typeof PlanListQuerySchema>) {
  const programmeId = await requireProgramme(ctx.db, q.year ?? new Date().getFullYear());
  const { rows, total } = await repo.listPlans(ctx.db, {
    programmeId, year: q.year, status: q.status, unitId: q.unitId, q: q.q || undefined, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'plan:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: rows.map((p) => ({ id: p.id, unitId: p.unit_id, unitName: p.unit_name, year: p.year, title: p.title, status: p.status, versionNo: p.version_no, totalAmount: p.total_amount, updatedAt: p.updated_at.toISOString() })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The day whose structure a year's board uses: the last day of the year, or today while it runs. */
function boardDate(year: number): string {
  const today = todayIso();
  const end = `${year}-12-31`;
  return end < today ? end : today < `${year}-01-01` ? `${year}-01-01` : today;
}

export async function getPlanBoard(ctx: AuthedCtx, q: z.infer<typeof PlanBoardQuerySchema>) {
  const programmeId = await requireProgramme(ctx.db, q.year);
  const asOf = boardDate(q.year);
  const types = q.group ? EXPECTED_TYPES.filter((t) => UNIT_TYPE_GROUP[t] === q.group) : EXPECTED_TYPES;
  const rows = await repo.findBoard(ctx.db, { programmeId, year: q.year, asOf, rootIds: scopeRootsFor(ctx.actor, 'plan:read'), types });
  const units = rows
    .map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      type: r.type,
      group: UNIT_TYPE_GROUP[r.type as UnitType] ?? 'other',
      status: (r.status ?? 'none') as 'none',
      planId: r.plan_id,
      totalAmount: r.total_amount,
      updatedAt: r.updated_at?.toISOString() ?? null,
    }))
    .filter((u) => !q.status || u.status === q.status);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(PLAN_STATUS_LABELS_VI).map((k) => [k, 0]));
  const byGroup = new Map<string, Record<string, number>>();
  for (const u of units) {
    counts[u.status] = (counts[u.status] ?? 0) + 1;
    const g = byGroup.get(u.group) ?? Object.fromEntries(Object.keys(PLAN_STATUS_LABELS_VI).map((k) => [k, 0]));
    g[u.status] = (g[u.status] ?? 0) + 1;
    byGroup.set(u.group, g);
  }
  return { year: q.year, asOf, counts, byGroup: [...byGroup].map(([group, c]) => ({ group, counts: c })), units };
}

/** Notifies the editors of every unit whose plan for the year is missing, a draft or returned. */
export async function remindBehind(ctx: AuthedCtx, deps: PlanDeps, input: z.infer<typeof RemindBehindBodySchema>): Promise<{ units: number; notified: number }> {
  const board = await getPlanBoard(ctx, { year: input.year });
  const behind = board.units.filter((u) => (input.statuses as string[]).includes(u.status));
  let notified = 0;
  await withTransaction(ctx.db, async (tx) => {
    for (const u of behind) {
      for (const userId of await repo.findUnitUsers(tx, u.unitId, ['unit_editor', 'unit_approver'])) {
        await deps.notifier.notify(tx, {
          userId,
          kind: 'reminder.deadline',
          title: `Nhắc: kế hoạch truyền thông chuyển đổi số năm ${input.year} của ${u.unitName} — ${PLAN_STATUS_LABELS_VI[u.status].toLowerCase()}`,
          body: input.message ?? 'Đề nghị đơn vị hoàn thành và gửi kế hoạch về cơ quan thường trực.',
          link: u.planId ? `/admin/plans/${u.planId}` : `/admin/plans/new?unitId=${u.unitId}&year=${input.year}`,
          entityType: 'org_unit',
          entityId: u.unitId,
        });
        notified++;
      }
    }
    await recordAudit(tx, ctx.actor, { action: 'plan.remind', entityType: 'comm_plan', summary: `Nhắc ${behind.length} đơn vị chậm kế hoạch năm ${input.year}`, after: { year: input.year, statuses: input.statuses, units: behind.length, notified } });
  });
  return { units: behind.length, notified };
}

/** Compares two kept versions (or a kept version with the current draft, `to` = 'current'). */
export async function comparePlanVersions(ctx: AuthedCtx, id: string, fromSnapshot: number, toSnapshot: number | 'current') {
  const plan = await requireReadable(ctx, id);
  const a = await repo.findSnapshot(ctx.db, id, fromSnapshot);
  if (!a) throw notFound('phiên bản');
  let b: { version_no: number; status: string; data: PlanContent };
  if (toSnapshot === 'current') b = { version_no: plan.version_no, status: plan.status, data: await loadContent(ctx.db, id, plan) };
  else {
    const s = await repo.findSnapshot(ctx.db, id, toSnapshot);
    if (!s) throw notFound('phiên bản');
    b = s;
  }
  return {
    from: { versionNo: a.version_no, status: a.status },
    to: { versionNo: b.version_no, status: b.status },
    changes: computePlanDiff(a.data, b.data),
  };
}

/** Facts for targets 2 and 3 on the structure of `asOf`, for a subtree (`rootId`) or a list of units (see index.ts). */
export async function computePlanTargetFacts(
  db: Queryable,
  f: { programmeId: string; year: number; asOf: string; rootId?: string; unitIds?: string[]; which?: 'target2' | 'target3' },
) {
  const localities = f.which === 'target3' ? [] : await repo.findAcceptedPlanFacts(db, { ...f, types: [...COMMUNE_LEVEL_TYPES, 'district'] });
  const massOrgs = f.which === 'target2' ? [] : await repo.findAcceptedPlanFacts(db, { ...f, types: ['mass_organisation', 'party_body'] });
  const target2 = localities.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, planId: u.plan_id, counts: Boolean(u.in_socio_economic_plan && (u.total_amount ?? 0) > 0) }));
  const target3 = massOrgs.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, planId: u.plan_id, counts: Boolean(u.in_programmes) }));
  return {
    target2: { numerator: target2.filter((u) => u.counts).length, denominator: target2.length, units: target2 },
    target3: { numerator: target3.filter((u) => u.counts).length, denominator: target3.length, units: target3 },
  };
}

/** The plan a unit made for a year (its latest state) with its activities, for pages that set other work beside it. */
export async function findUnitYearPlanOutline(db: Queryable, unitId: string, year: number) {
  const programmeId = await repo.findActiveProgrammeId(db, year);
  if (!programmeId) return null;
  const id = await repo.findPlanByUnitYear(db, programmeId, unitId, year);
  const plan = id ? await repo.findPlan(db, id) : null;
  if (!plan) return null;
  const activities = await repo.findActivities(db, plan.id);
  return {
    id: plan.id,
    title: plan.title,
    status: plan.status,
    activities: activities.map((a) => ({ taskAreaNumber: a.task_area_number, title: a.title, periodEnd: a.period_end, outputQuantity: a.output_quantity, outputUnit: a.output_unit })),
  };
}
