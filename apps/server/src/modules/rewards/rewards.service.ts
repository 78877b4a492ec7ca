import type { z } from 'zod';
import type { RewardInput, RewardListQuerySchema, RewardTransitionBodySchema, RewardView } from '@lantoa/contracts/rewards';
import type { AuthedCtx } from '../../platform/context.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { findSubtreeIds } from '../../platform/db/hierarchy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { findUnitUsers } from '../../platform/notifications/recipients.ts';
import { todayIso } from '../../platform/time.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import * as repo from './rewards.repository.ts';
import { rewardWorkflow } from './rewards.workflow.ts';

export type RewardDeps = { notifier: Notifier };
const CONFLICT_MESSAGE = 'Đề nghị khen thưởng vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy thực hiện lại thao tác.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.RewardRow> {
  const r = await repo.findReward(ctx.db, id);
  if (!r || !(await canOnUnit(ctx.db, ctx.actor, 'reward:read', r.unit_id))) throw notFound('đề nghị khen thưởng');
  return r;
}

function presentSummary(r: repo.RewardRow) {
  return {
    id: r.id, kind: r.kind, unitId: r.unit_id, unitName: r.unit_name, nominee: r.nominee, award: r.award, year: r.year, status: r.status,
    evidenceCount: r.evidence.length, decisionNo: r.decision_no, decisionDate: r.decision_date, updatedAt: r.updated_at.toISOString(),
  };
}

export async function getReward(ctx: AuthedCtx, id: string): Promise<RewardView> {
  const r = await requireReadable(ctx, id);
  const manage = (await findReadableUnitIds(ctx.db, ctx.actor, 'reward:manage')) === null;
  const history = await findHistory(ctx.db, 'reward_proposal', id);
  return {
    ...presentSummary(r),
    achievements: r.achievements,
    evidence: r.evidence,
    lockVersion: r.lock_version,
    actions: manage ? availableActions(rewardWorkflow, r.status).map((t) => t.action) : [],
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
  };
}

export async function findRewards(ctx: AuthedCtx, q: z.infer<typeof RewardListQuerySchema>) {
  const { rows, total } = await repo.listRewards(ctx.db, {
    year: q.year, status: q.status, q: q.q || undefined, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'reward:read'), limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

/** The evidence a unit (and the units under it) may cite for a year. */
export async function findEvidenceOptions(ctx: AuthedCtx, unitId: string, year: number) {
  if (!(await canOnUnit(ctx.db, ctx.actor, 'reward:read', unitId))) throw notFound('đơn vị');
  return { items: await repo.findEvidenceOptions(ctx.db, await findSubtreeIds(ctx.db, [unitId], todayIso()), year) };
}

/** The standing agency proposes; every piece of evidence must be something the platform holds for the unit and year. */
export async function createReward(ctx: AuthedCtx, deps: RewardDeps, input: RewardInput): Promise<RewardView> {
  if ((await findReadableUnitIds(ctx.db, ctx.actor, 'reward:manage')) !== null) throw new AppError('FORBIDDEN');
  const options = await repo.findEvidenceOptions(ctx.db, await findSubtreeIds(ctx.db, [input.unitId], todayIso()), input.year);
  const byKey = new Map(options.map((o) => [`${o.kind}:${o.ref}`, o]));
  const evidence = input.evidence.map((e, i) => {
    const found = byKey.get(`${e.kind}:${e.ref}`);
    if (!found) throw invalid(`evidence.${i}`, `Minh chứng ${i + 1} không có trong hệ thống cho đơn vị và năm này (kế hoạch, báo cáo phải đã được chấp nhận)`);
    return found;
  });
  const id = await withTransaction(ctx.db, async (tx) => {
    const newId = await repo.insertReward(tx, input, evidence, ctx.actor.userId);
    await recordTransition(tx, { entityType: 'reward_proposal', entityId: newId, action: 'propose', from: null, to: 'proposed', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'reward.propose', entityType: 'reward_proposal', entityId: newId, summary: `Đề nghị khen thưởng ${input.nominee}: ${input.award}`, after: { ...input, evidence } });
    return newId;
  });
  return getReward(ctx, id);
}

export async function transitionReward(ctx: AuthedCtx, deps: RewardDeps, id: string, input: z.infer<typeof RewardTransitionBodySchema>): Promise<RewardView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const r = await repo.findRewardForUpdate(tx, id);
    if (!r) throw notFound('đề nghị khen thưởng');
    const t = computeTransition(rewardWorkflow, r.status, input.action, input.comment);
    if ((await findReadableUnitIds(tx, ctx.actor, t.permission)) !== null) throw new AppError('FORBIDDEN');
    if (r.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: r.lock_version });
    let decision: { no: string; date: string } | null = null;
    if (t.action === 'award') {
      if (!input.decisionNo) throw invalid('decisionNo', 'Vui lòng nhập số quyết định khen thưởng');
      if (!input.decisionDate) throw invalid('decisionDate', 'Vui lòng nhập ngày quyết định');
      decision = { no: input.decisionNo, date: input.decisionDate };
    }
    if (!(await repo.applyTransition(tx, id, input.lockVersion, t.to, decision))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE);
    await recordTransition(tx, { entityType: 'reward_proposal', entityId: id, action: t.action, from: r.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `reward.${t.action}`, entityType: 'reward_proposal', entityId: id, summary: `${t.label}: ${r.nominee}`,
      before: { status: r.status }, after: { status: t.to, decision, comment: input.comment ?? null },
    });
    for (const userId of await findUnitUsers(tx, r.unit_id, ['unit_editor', 'unit_approver'])) {
      await deps.notifier.notify(tx, {
        userId, kind: 'system.message', title: `${t.label}: ${r.nominee} — ${r.award}`, body: input.comment ?? (decision ? `Quyết định số ${decision.no}` : null),
        link: `/admin/rewards/${id}`, entityType: 'reward_proposal', entityId: id,
      });
    }
  });
  return getReward(ctx, id);
}
