import type { z } from 'zod';
import type {
  CreateInspectionPlanBody,
  FindingBodySchema,
  InspectionPlanListQuerySchema,
  InspectionPlanSummary,
  InspectionPlanView,
  RecommendationBody,
  RecommendationListQuerySchema,
  RecommendationReportBodySchema,
  RecommendationSummary,
  RecommendationTransitionBodySchema,
  RecommendationView,
  UpdateInspectionPlanBody,
  VisitBody,
} from '@lantoa/contracts/inspections';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Db, type Queryable } from '../../platform/db/db.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { findSubtreeIds } from '../../platform/db/hierarchy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import { todayIso } from '../../platform/time.ts';
import { findUnitUsers, findUsersWithRole } from '../plans/index.ts';
import * as repo from './inspections.repository.ts';
import { recommendationWorkflow } from './inspections.workflow.ts';

export type InspectionDeps = { notifier: Notifier };

const PLAN_CONFLICT = 'Kế hoạch kiểm tra vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';
const REC_CONFLICT = 'Kiến nghị vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy thực hiện lại thao tác trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

const inScope = (scope: string[] | null, ids: string[]) => scope === null || ids.some((id) => scope.includes(id));

/** A plan the actor may not read answers 404: read on its lead unit or on a unit it covers. */
async function requireReadablePlan(ctx: AuthedCtx, id: string, opts: { forUpdate?: boolean; db?: Queryable } = {}): Promise<repo.InspectionPlanRow> {
  const db = opts.db ?? ctx.db;
  const plan = await repo.findPlan(db, id, opts);
  if (!plan || !inScope(await findReadableUnitIds(db, ctx.actor, 'inspection:read'), [plan.lead_unit_id, ...plan.unit_ids])) throw notFound('kế hoạch kiểm tra');
  return plan;
}

async function requireManagedPlan(ctx: AuthedCtx, tx: Queryable, id: string): Promise<repo.InspectionPlanRow> {
  const plan = await requireReadablePlan(ctx, id, { forUpdate: true, db: tx });
  if (!(await canOnUnit(tx, ctx.actor, 'inspection:manage', plan.lead_unit_id))) throw new AppError('FORBIDDEN');
  return plan;
}

async function assertUnitsExist(db: Queryable, ids: string[], path: string): Promise<void> {
  const names = await repo.findUnitNames(db, ids);
  const missing = ids.findIndex((id) => !names.has(id));
  if (missing >= 0) throw invalid(path, 'Đơn vị không tồn tại');
}

function presentPlanSummary(p: repo.InspectionPlanRow): InspectionPlanSummary {
  return {
    id: p.id, year: p.year, title: p.title, leadUnitId: p.lead_unit_id, leadUnitName: p.lead_unit_name, periodStart: p.period_start, periodEnd: p.period_end,
    unitCount: p.unit_ids.length, visitCount: p.visit_count, openRecommendations: p.open_recommendations, overdueRecommendations: p.overdue_recommendations,
  };
}

export function presentRecommendation(r: repo.RecommendationRow): RecommendationSummary {
  return {
    id: r.id, content: r.content, responsibleUnitId: r.responsible_unit_id, responsibleUnitName: r.responsible_unit_name, deadline: r.deadline,
    status: r.status, displayStatus: r.is_overdue ? 'overdue' : r.status, isOverdue: r.is_overdue,
    findingId: r.finding_id, findingContent: r.finding_content, visitId: r.visit_id, visitUnitName: r.visit_unit_name,
    planId: r.plan_id, planTitle: r.plan_title, year: r.year, reportCount: r.report_count, lockVersion: r.lock_version,
  };
}

export async function findPlans(ctx: AuthedCtx, q: z.infer<typeof InspectionPlanListQuerySchema>) {
  const { rows, total } = await repo.listPlans(ctx.db, {
    year: q.year, q: q.q || undefined, sort: q.sort, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'inspection:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentPlanSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getPlan(ctx: AuthedCtx, id: string): Promise<InspectionPlanView> {
  const plan = await requireReadablePlan(ctx, id);
  const [visits, names] = await Promise.all([repo.findVisits(ctx.db, id), repo.findUnitNames(ctx.db, plan.unit_ids)]);
  const findings = await repo.findFindings(ctx.db, visits.map((v) => v.id));
  const recs = findings.length
    ? (await repo.listRecommendations(ctx.db, { findingIds: findings.map((f) => f.id), sort: 'deadline', scopeUnitIds: null, limit: 10_000, offset: 0 })).rows
    : [];
  return {
    ...presentPlanSummary(plan),
    scopeNote: plan.scope_note,
    members: plan.members,
    units: plan.unit_ids.map((u) => ({ id: u, name: names.get(u) ?? null })),
    lockVersion: plan.lock_version,
    canManage: await canOnUnit(ctx.db, ctx.actor, 'inspection:manage', plan.lead_unit_id),
    visits: visits.map((v) => ({
      id: v.id, planId: v.plan_id, unitId: v.unit_id, unitName: v.unit_name, visitDate: v.visit_date, inspectors: v.inspectors, summary: v.summary, lockVersion: v.lock_version,
      findings: findings.filter((f) => f.visit_id === v.id).map((f) => ({
        id: f.id, content: f.content, recommendations: recs.filter((r) => r.finding_id === f.id).map(presentRecommendation),
      })),
    })),
  };
}

export async function createPlan(ctx: AuthedCtx, input: CreateInspectionPlanBody): Promise<InspectionPlanView> {
  await assertUnitsExist(ctx.db, [input.leadUnitId], 'leadUnitId');
  await assertUnitsExist(ctx.db, input.unitIds, 'unitIds');
  if (!(await canOnUnit(ctx.db, ctx.actor, 'inspection:manage', input.leadUnitId))) throw new AppError('FORBIDDEN');
  const unitIds = [...new Set(input.unitIds)];
  const id = await withTransaction(ctx.db, async (tx) => {
    const planId = await repo.insertPlan(tx, { ...input, unitIds }, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'inspection.plan.create', entityType: 'inspection_plan', entityId: planId, summary: `Lập ${input.title}`, after: input });
    return planId;
  });
  return getPlan(ctx, id);
}

export async function updatePlan(ctx: AuthedCtx, id: string, input: UpdateInspectionPlanBody): Promise<InspectionPlanView> {
  await assertUnitsExist(ctx.db, [input.leadUnitId], 'leadUnitId');
  await assertUnitsExist(ctx.db, input.unitIds, 'unitIds');
  await withTransaction(ctx.db, async (tx) => {
    const plan = await requireManagedPlan(ctx, tx, id);
    if (!(await canOnUnit(tx, ctx.actor, 'inspection:manage', input.leadUnitId))) throw new AppError('FORBIDDEN');
    const visited = (await repo.findVisits(tx, id)).map((v) => v.unit_id).filter((u) => !input.unitIds.includes(u));
    if (visited.length) throw invalid('unitIds', 'Không thể bỏ đơn vị đã có buổi kiểm tra khỏi phạm vi kế hoạch');
    const unitIds = [...new Set(input.unitIds)];
    if (!(await repo.updatePlan(tx, id, { ...input, unitIds }, input.lockVersion))) throw new AppError('VERSION_CONFLICT', PLAN_CONFLICT, { currentLockVersion: plan.lock_version });
    await recordAudit(tx, ctx.actor, {
      action: 'inspection.plan.update', entityType: 'inspection_plan', entityId: id, summary: `Sửa ${input.title}`,
      before: { title: plan.title, year: plan.year, leadUnitId: plan.lead_unit_id, unitIds: plan.unit_ids, periodStart: plan.period_start, periodEnd: plan.period_end, members: plan.members, scopeNote: plan.scope_note },
      after: input,
    });
  });
  return getPlan(ctx, id);
}

export async function addVisit(ctx: AuthedCtx, planId: string, input: VisitBody): Promise<InspectionPlanView> {
  await withTransaction(ctx.db, async (tx) => {
    const plan = await requireManagedPlan(ctx, tx, planId);
    if (!plan.unit_ids.includes(input.unitId)) throw invalid('unitId', 'Đơn vị không thuộc phạm vi của kế hoạch kiểm tra');
    if (input.visitDate < plan.period_start || input.visitDate > plan.period_end) {
      throw invalid('visitDate', `Ngày kiểm tra phải trong thời gian của kế hoạch (${plan.period_start} – ${plan.period_end})`);
    }
    const visitId = await repo.insertVisit(tx, planId, input, ctx.actor.userId);
    await repo.bumpPlan(tx, planId);
    await recordAudit(tx, ctx.actor, { action: 'inspection.visit.create', entityType: 'inspection_visit', entityId: visitId, summary: `Thêm buổi kiểm tra ngày ${input.visitDate} — ${plan.title}`, after: input });
  });
  return getPlan(ctx, planId);
}

export async function addFinding(ctx: AuthedCtx, visitId: string, input: z.infer<typeof FindingBodySchema>): Promise<InspectionPlanView> {
  const visit = await repo.findVisit(ctx.db, visitId);
  if (!visit) throw notFound('buổi kiểm tra');
  await withTransaction(ctx.db, async (tx) => {
    const plan = await requireManagedPlan(ctx, tx, visit.plan_id);
    const id = await repo.insertFinding(tx, visitId, input.content);
    await repo.bumpPlan(tx, plan.id);
    await recordAudit(tx, ctx.actor, { action: 'inspection.finding.create', entityType: 'inspection_finding', entityId: id, summary: `Ghi kết luận buổi kiểm tra ${visit.unit_name ?? ''} ngày ${visit.visit_date}`, after: input });
  });
  return getPlan(ctx, visit.plan_id);
}

export async function addRecommendation(ctx: AuthedCtx, deps: InspectionDeps, findingId: string, input: RecommendationBody): Promise<InspectionPlanView> {
  const finding = await repo.findFinding(ctx.db, findingId);
  if (!finding) throw notFound('kết luận kiểm tra');
  await assertUnitsExist(ctx.db, [input.responsibleUnitId], 'responsibleUnitId');
  await withTransaction(ctx.db, async (tx) => {
    const plan = await requireManagedPlan(ctx, tx, finding.plan_id);
    const id = await repo.insertRecommendation(tx, findingId, input);
    await repo.bumpPlan(tx, plan.id);
    await recordTransition(tx, { entityType: 'inspection_recommendation', entityId: id, action: 'create', from: null, to: 'open', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'inspection.recommendation.create', entityType: 'inspection_recommendation', entityId: id, summary: `Kiến nghị: ${input.content.slice(0, 120)}`, after: input });
    for (const userId of await findUnitUsers(tx, input.responsibleUnitId, ['unit_editor', 'unit_approver'])) {
      await deps.notifier.notify(tx, {
        userId, kind: 'system.message', title: `Kiến nghị sau kiểm tra, hạn ${formatDate(input.deadline)}: ${input.content.slice(0, 140)}`,
        body: plan.title, link: `/admin/inspections/recommendations/${id}`, entityType: 'inspection_recommendation', entityId: id,
      });
    }
  });
  return getPlan(ctx, finding.plan_id);
}

const formatDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// ── Recommendations and their follow-up ────────────────────────────────────────────────────────
async function requireReadableRec(ctx: AuthedCtx, id: string, db: Queryable = ctx.db, forUpdate = false): Promise<repo.RecommendationRow> {
  const r = await repo.findRecommendation(db, id, { forUpdate });
  if (!r || !inScope(await findReadableUnitIds(db, ctx.actor, 'inspection:read'), [r.responsible_unit_id, r.visit_unit_id, r.lead_unit_id])) throw notFound('kiến nghị');
  return r;
}

export async function findRecommendations(ctx: AuthedCtx, q: z.infer<typeof RecommendationListQuerySchema>) {
  const { rows, total } = await repo.listRecommendations(ctx.db, {
    year: q.year, status: q.status, planId: q.planId, q: q.q || undefined, sort: q.sort,
    responsibleUnitIds: q.responsibleUnitId ? await findSubtreeIds(ctx.db, [q.responsibleUnitId], todayIso()) : undefined,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'inspection:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentRecommendation), total, page: q.page, pageSize: q.pageSize };
}

export async function getRecommendation(ctx: AuthedCtx, id: string): Promise<RecommendationView> {
  const r = await requireReadableRec(ctx, id);
  const [reports, history] = await Promise.all([repo.findReports(ctx.db, id), findHistory(ctx.db, 'inspection_recommendation', id)]);
  const actions: RecommendationView['actions'] = [];
  for (const t of availableActions(recommendationWorkflow, r.status)) {
    const unit = t.permission === 'inspection:respond' ? r.responsible_unit_id : r.lead_unit_id;
    if (await canOnUnit(ctx.db, ctx.actor, t.permission, unit)) actions.push(t.action);
  }
  return {
    ...presentRecommendation(r),
    closingNote: r.closing_note,
    closedAt: r.closed_at?.toISOString() ?? null,
    reports: reports.map((x) => ({ id: x.id, body: x.body, reporterName: x.reporter_name, at: x.at.toISOString() })),
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    actions,
    canReport: r.status !== 'done' && (await canOnUnit(ctx.db, ctx.actor, 'inspection:respond', r.responsible_unit_id)),
  };
}

/** The responsible unit reports what it did; a first report also starts the recommendation. */
export async function reportOnRecommendation(ctx: AuthedCtx, deps: InspectionDeps, id: string, input: z.infer<typeof RecommendationReportBodySchema>): Promise<RecommendationView> {
  await requireReadableRec(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const r = await requireReadableRec(ctx, id, tx, true);
    if (!(await canOnUnit(tx, ctx.actor, 'inspection:respond', r.responsible_unit_id))) throw new AppError('FORBIDDEN');
    if (r.status === 'done') throw new AppError('TRANSITION_NOT_ALLOWED', 'Kiến nghị đã được xác nhận hoàn thành; không thể báo cáo thêm');
    if (r.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', REC_CONFLICT, { currentLockVersion: r.lock_version });
    await repo.insertReport(tx, id, input.body, ctx.actor);
    if (r.status === 'open') {
      await repo.setRecommendationStatus(tx, id, 'in_progress', r.lock_version, null);
      await recordTransition(tx, { entityType: 'inspection_recommendation', entityId: id, action: 'start', from: 'open', to: 'in_progress', comment: null, actor: ctx.actor });
    } else await repo.bumpRecommendation(tx, id, r.lock_version);
    await recordAudit(tx, ctx.actor, { action: 'inspection.recommendation.report', entityType: 'inspection_recommendation', entityId: id, summary: `Báo cáo thực hiện kiến nghị — ${r.responsible_unit_name ?? ''}`, after: { body: input.body } });
    for (const userId of await findUsersWithRole(tx, ['programme_manager'])) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, {
        userId, kind: 'system.message', title: `${r.responsible_unit_name ?? 'Đơn vị'} báo cáo thực hiện kiến nghị`, body: input.body.slice(0, 500),
        link: `/admin/inspections/recommendations/${id}`, entityType: 'inspection_recommendation', entityId: id,
      });
    }
  });
  return getRecommendation(ctx, id);
}

export async function transitionRecommendation(ctx: AuthedCtx, deps: InspectionDeps, id: string, input: z.infer<typeof RecommendationTransitionBodySchema>): Promise<RecommendationView> {
  await requireReadableRec(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const r = await requireReadableRec(ctx, id, tx, true);
    const t = computeTransition(recommendationWorkflow, r.status, input.action, input.comment);
    const unit = t.permission === 'inspection:respond' ? r.responsible_unit_id : r.lead_unit_id;
    if (!(await canOnUnit(tx, ctx.actor, t.permission, unit))) throw new AppError('FORBIDDEN');
    if (!(await repo.setRecommendationStatus(tx, id, t.to, input.lockVersion, input.comment ?? null))) {
      throw new AppError('VERSION_CONFLICT', REC_CONFLICT, { currentLockVersion: r.lock_version });
    }
    await recordTransition(tx, { entityType: 'inspection_recommendation', entityId: id, action: t.action, from: r.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `inspection.recommendation.${t.action}`, entityType: 'inspection_recommendation', entityId: id,
      summary: `${t.label}: ${r.content.slice(0, 120)} — ${r.responsible_unit_name ?? ''}`, before: { status: r.status }, after: { status: t.to, comment: input.comment ?? null },
    });
    if (t.action !== 'start') {
      for (const userId of await findUnitUsers(tx, r.responsible_unit_id, ['unit_editor', 'unit_approver'])) {
        await deps.notifier.notify(tx, {
          userId, kind: 'system.message', title: `${t.label}: ${r.content.slice(0, 140)}`, body: input.comment ?? null,
          link: `/admin/inspections/recommendations/${id}`, entityType: 'inspection_recommendation', entityId: id,
        });
      }
    }
  });
  return getRecommendation(ctx, id);
}

/**
 * Tells the responsible unit and the standing agency, once, of every recommendation past its
 * deadline and not done. Run daily by the worker; returns how many recommendations were flagged.
 */
export async function notifyOverdueRecommendations(pool: Db, notifier: Notifier): Promise<number> {
  return withTransaction(pool, (tx) => flagOverdue(tx, notifier));
}

async function flagOverdue(db: Queryable, notifier: Notifier): Promise<number> {
  const { rows } = await db.query<{ id: string; content: string; responsible_unit_id: string; deadline: string; unit_name: string | null }>(
    `UPDATE inspection_recommendation r SET overdue_notified_at = now()
      WHERE r.status <> 'done' AND r.deadline < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AND r.overdue_notified_at IS NULL
      RETURNING r.id, r.content, r.responsible_unit_id, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
        (SELECT v.name FROM org_unit_version v WHERE v.unit_id = r.responsible_unit_id ORDER BY v.valid_from DESC NULLS LAST LIMIT 1) AS unit_name`,
  );
  const managers = await findUsersWithRole(db, ['programme_manager']);
  for (const r of rows) {
    const unitUsers = await findUnitUsers(db, r.responsible_unit_id, ['unit_editor', 'unit_approver']);
    for (const userId of new Set([...unitUsers, ...managers])) {
      await notifier.notify(db, {
        userId, kind: 'reminder.deadline', title: `Kiến nghị quá hạn (hạn ${formatDate(r.deadline)}) — ${r.unit_name ?? ''}`,
        body: r.content.slice(0, 500), link: `/admin/inspections/recommendations/${r.id}`, entityType: 'inspection_recommendation', entityId: r.id,
      });
    }
  }
  return rows.length;
}
