import type {
  CriteriaBody,
  ModelAction,
  ModelListQuery,
  ModelView,
  ProposalInput,
  ReplicationBody,
  ResultsBody,
  ScoresBody,
  TransitionBody,
  UpdateProposalBody,
} from '@lantoa/contracts/comm-models';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './comm-models.repository.ts';
import { computeAverageScore, computeWeightedScore, findScoreProblems, type RubricCriterion } from './comm-models.scoring.ts';
import { modelWorkflow } from './comm-models.workflow.ts';

const CONFLICT = 'Mô hình vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy thao tác lại trên bản đó.';
export type ModelDeps = { notifier: Notifier };

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

const rubricOf = (rows: repo.CriterionRow[]): RubricCriterion[] => rows.map((c) => ({ id: c.id, weight: c.weight, maxScore: c.max_score }));

/**
 * Readable where proposed or replicated; a deployed model is readable by every reader of models,
 * so that other units can learn from it and take it up. Otherwise 404.
 */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.ModelRow> {
  const m = await repo.findModel(ctx.db, id);
  if (!m) throw notFound('mô hình');
  if (await canOnUnit(ctx.db, ctx.actor, 'comm-model:read', m.unit_id)) return m;
  // Routes ask for comm-model:read before calling here.
  if (m.status === 'deployed') return m;
  for (const u of await repo.findModelUnits(ctx.db, id)) if (await canOnUnit(ctx.db, ctx.actor, 'comm-model:read', u.unit_id)) return m;
  throw notFound('mô hình');
}

function presentSummary(m: repo.ModelRow, averageScore: number | null) {
  return {
    id: m.id, year: m.year, unitId: m.unit_id, unitName: m.unit_name, title: m.title, targetGroup: m.target_group, expectedReach: m.expected_reach,
    status: m.status, deployedOn: m.deployed_on, averageScore, replicationCount: m.replication_count, isDemo: m.is_demo, updatedAt: m.updated_at.toISOString(),
  };
}

async function averages(db: Queryable, modelIds: string[]): Promise<Map<string, number | null>> {
  const rubric = rubricOf(await repo.findActiveCriteria(db));
  const scores = await repo.findScores(db, modelIds);
  const out = new Map<string, number | null>();
  for (const id of modelIds) {
    const byUser = new Map<string, { criterionId: string; score: number }[]>();
    for (const s of scores) if (s.model_id === id) byUser.set(s.user_id, [...(byUser.get(s.user_id) ?? []), { criterionId: s.criterion_id, score: s.score }]);
    out.set(id, computeAverageScore(rubric, [...byUser].map(([userId, list]) => ({ userId, scores: list }))));
  }
  return out;
}

export async function findModels(ctx: AuthedCtx, q: ModelListQuery) {
  const { rows, total } = await repo.listModels(ctx.db, {
    year: q.year, status: q.status, targetGroup: q.targetGroup, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'comm-model:read'), limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  const avg = await averages(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentSummary(r, avg.get(r.id) ?? null)), total, page: q.page, pageSize: q.pageSize };
}

export async function getModel(ctx: AuthedCtx, id: string): Promise<ModelView> {
  const m = await requireReadable(ctx, id);
  const [criteria, panel, scores, units, history] = await Promise.all([
    repo.findActiveCriteria(ctx.db), repo.findPanel(ctx.db, id), repo.findScores(ctx.db, [id]), repo.findModelUnits(ctx.db, id), findHistory(ctx.db, 'comm_model', id),
  ]);
  // Scores count against the rubric in use; a retired criterion's scores no longer count.
  const rubric = rubricOf(criteria);
  const members = panel.map((p) => {
    const own = scores.filter((s) => s.user_id === p.user_id).map((s) => ({ criterionId: s.criterion_id, score: s.score, comment: s.comment }));
    return { userId: p.user_id, fullName: p.full_name, weightedScore: computeWeightedScore(rubric, own), scores: own };
  });
  const isPanel = panel.some((p) => p.user_id === ctx.actor.userId);
  const actions: ModelAction[] = [];
  for (const t of availableActions(modelWorkflow, m.status)) if (await canOnUnit(ctx.db, ctx.actor, t.permission, m.unit_id)) actions.push(t.action);
  const canPropose = await canOnUnit(ctx.db, ctx.actor, 'comm-model:propose', m.unit_id);
  return {
    ...presentSummary(m, computeAverageScore(rubric, members)),
    description: m.description, decisionReason: m.decision_reason, decidedAt: m.decided_at, resultReach: m.result_reach, resultNotes: m.result_notes, lockVersion: m.lock_version,
    criteria: criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, maxScore: c.max_score })),
    panel: members,
    units: units.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, isReplication: u.is_replication, startedOn: u.started_on, notes: u.notes })),
    history: history.map((h) => ({ action: h.action, fromState: h.from_state, toState: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    can: {
      edit: m.status === 'proposed' && canPropose,
      score: m.status === 'evaluating' && isPanel && (await canOnUnit(ctx.db, ctx.actor, 'comm-model:evaluate', m.unit_id)),
      actions,
      results: m.status === 'deployed' && canPropose,
      replicate: m.status === 'deployed',
    },
  };
}

export async function createProposal(ctx: AuthedCtx, deps: ModelDeps, input: ProposalInput): Promise<ModelView> {
  if (!(await repo.unitExists(ctx.db, input.unitId))) throw invalid('unitId', 'Đơn vị đề xuất không tồn tại');
  await assertCanOnUnit(ctx.db, ctx.actor, 'comm-model:propose', input.unitId);
  const id = await withTransaction(ctx.db, async (tx) => {
    const modelId = await repo.insertModel(tx, input, ctx.actor.userId);
    await recordTransition(tx, { entityType: 'comm_model', entityId: modelId, action: 'propose', from: null, to: 'proposed', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'comm-model.propose', entityType: 'comm_model', entityId: modelId, summary: `Đề xuất mô hình ${input.title}`, after: input });
    // The standing agency decides what goes to a panel.
    for (const u of await repo.findUsersWithRoles(tx, ['programme_manager'])) {
      if (u.id !== ctx.actor.userId) await deps.notifier.notify(tx, { userId: u.id, kind: 'system.message', title: `Đề xuất mô hình mới: ${input.title}`, link: `/admin/models/${modelId}`, entityType: 'comm_model', entityId: modelId });
    }
    return modelId;
  });
  return getModel(ctx, id);
}

export async function updateProposal(ctx: AuthedCtx, id: string, input: UpdateProposalBody): Promise<ModelView> {
  await requireReadable(ctx, id);
  if (!(await repo.unitExists(ctx.db, input.unitId))) throw invalid('unitId', 'Đơn vị đề xuất không tồn tại');
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findModel(tx, id, { forUpdate: true });
    if (!before) throw notFound('mô hình');
    await assertCanOnUnit(tx, ctx.actor, 'comm-model:propose', before.unit_id);
    if (input.unitId !== before.unit_id) await assertCanOnUnit(tx, ctx.actor, 'comm-model:propose', input.unitId);
    if (before.status !== 'proposed') throw new AppError('TRANSITION_NOT_ALLOWED', 'Chỉ sửa được đề xuất chưa đưa ra hội đồng chấm điểm');
    const { lockVersion, ...fields } = input;
    if (!(await repo.updateProposal(tx, id, fields, lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: before.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'comm-model.update', entityType: 'comm_model', entityId: id, summary: `Sửa đề xuất mô hình ${input.title}`, before: presentSummary(before, null), after: fields });
  });
  return getModel(ctx, id);
}

export async function transitionModel(ctx: AuthedCtx, deps: ModelDeps, id: string, input: TransitionBody): Promise<ModelView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const m = await repo.findModel(tx, id, { forUpdate: true });
    if (!m) throw notFound('mô hình');
    const t = computeTransition(modelWorkflow, m.status, input.action, input.comment);
    if (!(await canOnUnit(tx, ctx.actor, t.permission, m.unit_id))) throw new AppError('FORBIDDEN');
    if (m.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: m.lock_version });
    let notifyIds: string[] = [];
    if (t.action === 'open_evaluation') {
      const ids = [...new Set(input.panelUserIds ?? [])];
      if (ids.length === 0) throw invalid('panelUserIds', 'Vui lòng chọn ít nhất một thành viên hội đồng');
      const candidates = new Set((await repo.findUsersWithRoles(tx, ['programme_manager', 'leader', 'system_admin'])).map((u) => u.id));
      if (ids.some((u) => !candidates.has(u))) throw invalid('panelUserIds', 'Thành viên hội đồng phải là cán bộ cơ quan thường trực hoặc lãnh đạo');
      if ((await repo.findActiveCriteria(tx)).length === 0) throw invalid('panelUserIds', 'Chưa có bộ tiêu chí chấm điểm');
      await repo.setPanel(tx, id, ids);
      await repo.setStatus(tx, id, { status: 'evaluating' });
      notifyIds = ids;
    } else if (t.action === 'approve' || t.action === 'reject') {
      if (t.action === 'approve') {
        const avg = (await averages(tx, [id])).get(id);
        if (avg === null || avg === undefined) throw new AppError('TRANSITION_NOT_ALLOWED', 'Chưa có thành viên hội đồng nào chấm đủ các tiêu chí');
      }
      await repo.setStatus(tx, id, { status: t.to, decisionReason: input.comment?.trim() || null, decidedAt: todayIso() });
      notifyIds = m.created_by ? [m.created_by, ...(await repo.findUnitUsers(tx, m.unit_id, ['unit_editor', 'unit_approver']))] : await repo.findUnitUsers(tx, m.unit_id, ['unit_editor', 'unit_approver']);
    } else {
      const deployedOn = input.deployedOn;
      if (!deployedOn) throw invalid('deployedOn', 'Vui lòng nhập ngày bắt đầu triển khai');
      await repo.setStatus(tx, id, { status: 'deployed', deployedOn });
      await repo.insertModelUnit(tx, id, { unitId: m.unit_id, isReplication: false, startedOn: deployedOn, notes: null });
      notifyIds = (await repo.findUsersWithRoles(tx, ['programme_manager'])).map((u) => u.id);
    }
    await recordTransition(tx, { entityType: 'comm_model', entityId: id, action: t.action, from: m.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `comm-model.${t.action}`, entityType: 'comm_model', entityId: id, summary: `${t.label}: ${m.title} — ${m.unit_name}${input.comment ? ` (${input.comment})` : ''}`,
      before: { status: m.status }, after: { status: t.to, comment: input.comment ?? null, panelUserIds: input.panelUserIds ?? null, deployedOn: input.deployedOn ?? null },
    });
    const title = t.action === 'open_evaluation' ? `Mời chấm điểm mô hình: ${m.title}` : `${t.label}: ${m.title}`;
    for (const userId of new Set(notifyIds)) {
      if (userId !== ctx.actor.userId) await deps.notifier.notify(tx, { userId, kind: 'system.message', title, body: input.comment ?? null, link: `/admin/models/${id}`, entityType: 'comm_model', entityId: id });
    }
  });
  return getModel(ctx, id);
}

/** A panel member's scores, criterion by criterion, replacing what they entered before. */
export async function scoreModel(ctx: AuthedCtx, id: string, input: ScoresBody): Promise<ModelView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const m = await repo.findModel(tx, id, { forUpdate: true });
    if (!m) throw notFound('mô hình');
    if (m.status !== 'evaluating') throw new AppError('TRANSITION_NOT_ALLOWED', 'Chỉ chấm điểm khi mô hình đang được hội đồng đánh giá');
    if (!(await repo.findPanel(tx, id)).some((p) => p.user_id === ctx.actor.userId)) throw new AppError('FORBIDDEN', 'Anh/chị không phải thành viên hội đồng chấm mô hình này');
    const rubric = rubricOf(await repo.findActiveCriteria(tx));
    const problems = findScoreProblems(rubric, input.scores);
    if (problems.length) {
      throw new AppError('VALIDATION_FAILED', problems[0]!.message, { issues: problems.map((p) => ({ path: `scores.${p.index}.score`, message: p.message })) });
    }
    const seen = new Set<string>();
    input.scores.forEach((s, i) => {
      if (seen.has(s.criterionId)) throw invalid(`scores.${i}.criterionId`, 'Mỗi tiêu chí chỉ chấm một lần');
      seen.add(s.criterionId);
    });
    const before = (await repo.findScores(tx, [id])).filter((s) => s.user_id === ctx.actor.userId);
    await repo.replaceMemberScores(tx, id, ctx.actor.userId, input.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment })));
    await repo.touchModel(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'comm-model.score', entityType: 'comm_model', entityId: id, summary: `Chấm điểm mô hình ${m.title}`, before, after: input.scores });
  });
  return getModel(ctx, id);
}

export async function recordResults(ctx: AuthedCtx, id: string, input: ResultsBody): Promise<ModelView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const m = await repo.findModel(tx, id, { forUpdate: true });
    if (!m) throw notFound('mô hình');
    await assertCanOnUnit(tx, ctx.actor, 'comm-model:propose', m.unit_id);
    if (m.status !== 'deployed') throw new AppError('TRANSITION_NOT_ALLOWED', 'Chỉ ghi kết quả khi mô hình đã triển khai');
    if (!(await repo.updateResults(tx, id, input, input.lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: m.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'comm-model.results', entityType: 'comm_model', entityId: id, summary: `Ghi kết quả mô hình ${m.title}`, before: { resultReach: m.result_reach, resultNotes: m.result_notes }, after: input });
  });
  return getModel(ctx, id);
}

/** Another unit takes the deployed model up; it needs the right to propose models in that unit. */
export async function replicateModel(ctx: AuthedCtx, id: string, input: ReplicationBody): Promise<ModelView> {
  await requireReadable(ctx, id);
  if (!(await repo.unitExists(ctx.db, input.unitId))) throw invalid('unitId', 'Đơn vị nhân rộng không tồn tại');
  await assertCanOnUnit(ctx.db, ctx.actor, 'comm-model:propose', input.unitId);
  await withTransaction(ctx.db, async (tx) => {
    const m = await repo.findModel(tx, id, { forUpdate: true });
    if (!m) throw notFound('mô hình');
    if (m.status !== 'deployed') throw new AppError('TRANSITION_NOT_ALLOWED', 'Chỉ nhân rộng mô hình đã triển khai');
    if (m.deployed_on && input.startedOn < m.deployed_on) throw invalid('startedOn', 'Ngày nhân rộng không được trước ngày mô hình bắt đầu triển khai');
    if (!(await repo.insertModelUnit(tx, id, { unitId: input.unitId, isReplication: true, startedOn: input.startedOn, notes: input.notes }))) throw invalid('unitId', 'Đơn vị này đã triển khai mô hình');
    await repo.touchModel(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'comm-model.replicate', entityType: 'comm_model', entityId: id, summary: `Nhân rộng mô hình ${m.title}`, after: input });
  });
  return getModel(ctx, id);
}

export async function findCriteria(ctx: AuthedCtx) {
  return (await repo.findActiveCriteria(ctx.db)).map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, maxScore: c.max_score }));
}

export async function replaceCriteria(ctx: AuthedCtx, input: CriteriaBody) {
  const ids = input.criteria.map((c) => c.id).filter((x): x is string => x !== null);
  const known = await repo.criteriaExist(ctx.db, ids);
  input.criteria.forEach((c, i) => {
    if (c.id && !known.has(c.id)) throw invalid(`criteria.${i}.id`, 'Tiêu chí không tồn tại');
  });
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findActiveCriteria(tx);
    await repo.replaceCriteria(tx, input.criteria);
    await recordAudit(tx, ctx.actor, { action: 'comm-model.criteria', entityType: 'comm_model_criterion', entityId: null, summary: `Cập nhật bộ tiêu chí chấm mô hình (${input.criteria.length} tiêu chí)`, before, after: input.criteria });
  });
  return findCriteria(ctx);
}

export async function findPanelCandidates(ctx: AuthedCtx) {
  return (await repo.findUsersWithRoles(ctx.db, ['programme_manager', 'leader'])).map((u) => ({ id: u.id, fullName: u.full_name, username: u.username }));
}

export type ModelFacts = { year: number; total: number; byUnit: { unitId: string; count: number }[] };

/** Target 9: models whose deployment started in the year, per proposing unit. */
export async function computeModelFacts(db: Queryable, f: { year: number; unitIds?: string[] | null }): Promise<ModelFacts> {
  const byUnit = await repo.countDeployedByUnit(db, f);
  return { year: f.year, total: byUnit.reduce((s, r) => s + r.count, 0), byUnit };
}
