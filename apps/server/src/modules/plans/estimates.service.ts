import type { z } from 'zod';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import type { AppraiseLineBodySchema, EstimateTransitionBodySchema, EstimateView } from '@lantoa/contracts/plans';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { assertPermission } from '../../platform/auth/authorize.ts';
import { hasPermission } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import * as plansRepo from './plans.repository.ts';
import * as repo from './estimates.repository.ts';
import { estimateWorkflow } from './plans.workflow.ts';
import type { PlanDeps } from './plans.service.ts';

const LOCALITY_TYPES = [...COMMUNE_LEVEL_TYPES, 'district', 'province'];

async function programmeFor(ctx: AuthedCtx, year: number): Promise<string> {
  const id = await plansRepo.findActiveProgrammeId(ctx.db, year);
  if (!id) throw new AppError('NOT_FOUND', 'Chưa có đề án nào đang thực hiện');
  return id;
}

function sumBy<K extends string | number>(lines: repo.EstimateLineRow[], key: (l: repo.EstimateLineRow) => K) {
  const map = new Map<K, { proposed: number; appraised: number | null }>();
  for (const l of lines) {
    const e = map.get(key(l)) ?? { proposed: 0, appraised: 0 };
    e.proposed += l.proposed_amount;
    e.appraised = l.appraised_amount === null || e.appraised === null ? null : e.appraised + l.appraised_amount;
    map.set(key(l), e);
  }
  return map;
}

/** The estimate of a year with every step's figures side by side (created empty on first look). */
export async function getEstimate(ctx: AuthedCtx, year: number): Promise<EstimateView> {
  assertPermission(ctx.actor, 'budget:read');
  const programmeId = await programmeFor(ctx, year);
  await repo.ensureEstimate(ctx.db, programmeId, year);
  const e = (await repo.findEstimate(ctx.db, programmeId, year))!;
  const lines = await repo.findLines(ctx.db, e.id);
  const history = await findHistory(ctx.db, 'budget_estimate', e.id);
  const byUnit = sumBy(lines, (l) => l.unit_id);
  const names = new Map(lines.map((l) => [l.unit_id, l.unit_name]));
  const total = (pick: (l: repo.EstimateLineRow) => number | null) =>
    lines.length === 0 ? 0 : lines.some((l) => pick(l) === null) ? null : lines.reduce((s, l) => s + (pick(l) ?? 0), 0);
  return {
    id: e.id,
    year: e.year,
    status: e.status,
    lockVersion: e.lock_version,
    consolidatedAt: e.consolidated_at?.toISOString() ?? null,
    appraisedAt: e.appraised_at?.toISOString() ?? null,
    approvedAt: e.approved_at?.toISOString() ?? null,
    totals: { proposed: lines.reduce((s, l) => s + l.proposed_amount, 0), appraised: total((l) => l.appraised_amount), approved: e.status === 'approved' ? total((l) => l.approved_amount) : null },
    byUnit: [...byUnit].map(([unitId, v]) => ({ unitId, unitName: names.get(unitId) ?? '', ...v })),
    byTaskArea: [...sumBy(lines, (l) => l.task_area_number)].sort((a, b) => a[0] - b[0]).map(([taskAreaNumber, v]) => ({ taskAreaNumber, ...v })),
    bySource: [...sumBy(lines, (l) => l.source)].map(([source, v]) => ({ source, ...v })),
    lines: lines.map((l) => ({
      id: l.id, unitId: l.unit_id, unitName: l.unit_name, planId: l.plan_id, planVersionNo: l.plan_version_no, taskAreaNumber: l.task_area_number,
      source: l.source, description: l.description, proposedAmount: l.proposed_amount, appraisedAmount: l.appraised_amount,
      appraisalReason: l.appraisal_reason, approvedAmount: l.approved_amount,
    })),
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    actions: availableActions(estimateWorkflow, e.status).filter((t) => hasPermission(ctx.actor, t.permission)).map((t) => t.action),
    pendingPlans: e.status === 'assembling' ? await repo.countPendingPlans(ctx.db, e.id, programmeId, year, LOCALITY_TYPES) : 0,
  };
}

/** The standing agency (re)builds the estimate from the accepted plans; only while assembling. */
export async function consolidateEstimate(ctx: AuthedCtx, year: number): Promise<EstimateView> {
  assertPermission(ctx.actor, 'budget:consolidate');
  const programmeId = await programmeFor(ctx, year);
  await withTransaction(ctx.db, async (tx) => {
    await repo.ensureEstimate(tx, programmeId, year);
    const e = (await repo.findEstimate(tx, programmeId, year, true))!;
    if (e.status !== 'assembling') throw new AppError('TRANSITION_NOT_ALLOWED', 'Dự toán đã gửi thẩm định; chỉ tổng hợp lại khi được trả lại');
    const n = await repo.consolidate(tx, e.id, programmeId, year, LOCALITY_TYPES);
    await recordTransition(tx, { entityType: 'budget_estimate', entityId: e.id, action: 'consolidate', from: e.status, to: e.status, comment: `${n} dòng kinh phí`, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'budget.consolidate', entityType: 'budget_estimate', entityId: e.id, summary: `Tổng hợp dự toán năm ${year}: ${n} dòng`, after: { lines: n } });
  });
  return getEstimate(ctx, year);
}

/** Sở Tài chính sets the appraised amount of a line beside the proposed one, never over it. */
export async function appraiseLine(ctx: AuthedCtx, year: number, lineId: string, input: z.infer<typeof AppraiseLineBodySchema>): Promise<EstimateView> {
  assertPermission(ctx.actor, 'budget:appraise');
  const programmeId = await programmeFor(ctx, year);
  await withTransaction(ctx.db, async (tx) => {
    const e = await repo.findEstimate(tx, programmeId, year, true);
    if (!e) throw notFound('dự toán');
    if (e.status !== 'appraising') throw new AppError('TRANSITION_NOT_ALLOWED', 'Chỉ thẩm định khi dự toán đang ở bước thẩm định');
    if (e.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    const before = (await repo.findLines(tx, e.id)).find((l) => l.id === lineId);
    if (!before) throw notFound('dòng dự toán');
    if (input.appraisedAmount !== before.proposed_amount && !input.reason?.trim()) {
      throw new AppError('COMMENT_REQUIRED', 'Vui lòng ghi lý do khi điều chỉnh số đề xuất', { issues: [{ path: 'reason', message: 'Vui lòng ghi lý do điều chỉnh' }] });
    }
    await repo.appraiseLine(tx, lineId, e.id, input.appraisedAmount, input.reason?.trim() || null, ctx.actor.userId);
    // Each line's appraisal shows in the estimate's history: who set which figure, and why.
    const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    await recordTransition(tx, {
      entityType: 'budget_estimate', entityId: e.id, action: 'appraise', from: e.status, to: e.status, actor: ctx.actor,
      comment: `${before.unit_name} — ${before.description}: ${fmt(before.proposed_amount)} → ${fmt(input.appraisedAmount)} đồng${input.reason?.trim() ? ` (${input.reason.trim()})` : ''}`,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'budget.appraise-line', entityType: 'budget_estimate', entityId: e.id,
      summary: `Thẩm định: ${before.description} — ${before.proposed_amount} → ${input.appraisedAmount}`,
      before: { lineId, proposed: before.proposed_amount, appraised: before.appraised_amount }, after: { lineId, appraised: input.appraisedAmount, reason: input.reason ?? null },
    });
  });
  return getEstimate(ctx, year);
}

export async function transitionEstimate(ctx: AuthedCtx, deps: PlanDeps, year: number, input: z.infer<typeof EstimateTransitionBodySchema>): Promise<EstimateView> {
  const programmeId = await programmeFor(ctx, year);
  await withTransaction(ctx.db, async (tx) => {
    await repo.ensureEstimate(tx, programmeId, year);
    const e = (await repo.findEstimate(tx, programmeId, year, true))!;
    const t = computeTransition(estimateWorkflow, e.status, input.action, input.comment);
    assertPermission(ctx.actor, t.permission);
    if (e.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    if (t.action === 'submit_for_appraisal' && (await repo.countLines(tx, e.id)) === 0) {
      throw new AppError('VALIDATION_FAILED', 'Dự toán chưa có dòng kinh phí nào; hãy tổng hợp từ các kế hoạch đã chấp nhận');
    }
    if (t.action === 'submit_for_approval') {
      const left = await repo.countUnappraised(tx, e.id);
      if (left > 0) throw new AppError('VALIDATION_FAILED', `Còn ${left} dòng chưa thẩm định`);
    }
    await repo.setEstimateStatus(tx, e.id, t.to, ctx.actor.userId);
    await recordTransition(tx, { entityType: 'budget_estimate', entityId: e.id, action: t.action, from: e.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: `budget.${t.action}`, entityType: 'budget_estimate', entityId: e.id, summary: `${t.label} — dự toán năm ${year}`, before: { status: e.status }, after: { status: t.to, comment: input.comment ?? null } });
    // The next actor: Sở Tài chính, UBND, or back to the standing agency.
    const nextRole = { appraising: 'finance_appraiser', awaiting_approval: 'leader', assembling: 'programme_manager', approved: 'programme_manager' }[t.to];
    for (const userId of await plansRepo.findUsersWithRole(tx, [nextRole])) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, {
        userId, kind: 'system.message', title: `Dự toán kinh phí truyền thông CĐS năm ${year}: ${t.label.toLowerCase()}`,
        body: input.comment ?? null, link: `/admin/budget/${year}`, entityType: 'budget_estimate', entityId: e.id,
      });
    }
  });
  return getEstimate(ctx, year);
}
