import type { z } from 'zod';
import type {
  AssessmentListQuerySchema,
  AssessmentTransitionBodySchema,
  AssessmentView,
  CriteriaSet,
  CriteriaSetBodySchema,
  CreateAssessmentBodySchema,
  SaveReviewBodySchema,
  SaveSelfScoresBodySchema,
} from '@lantoa/contracts/inspections';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import { findUnitUsers, findUnitYearPlanOutline, findUsersWithRole } from '../plans/index.ts';
import type { InspectionDeps } from './inspections.service.ts';
import * as repo from './assessments.repository.ts';
import { assessmentWorkflow } from './inspections.workflow.ts';

const CONFLICT = 'Bản đánh giá vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

// ── Criteria ──────────────────────────────────────────────────────────────────────────────────
export async function getCriteriaSet(ctx: AuthedCtx, year: number): Promise<CriteriaSet> {
  const set = await repo.findCriteriaSet(ctx.db, year);
  const criteria = (set?.criteria ?? []).map((c) => ({ id: c.id, code: c.code, title: c.title, maxPoints: c.max_points }));
  return {
    year, lockVersion: set?.lock_version ?? 0, criteria, totalPoints: criteria.reduce((s, c) => s + c.maxPoints, 0),
    usedByAssessments: await repo.countAssessmentsOfYear(ctx.db, year),
  };
}

export async function saveCriteriaSet(ctx: AuthedCtx, year: number, input: z.infer<typeof CriteriaSetBodySchema>): Promise<CriteriaSet> {
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findCriteriaSet(tx, year, { forUpdate: true });
    // Once units have sent their assessments, the criteria stay as they were scored against.
    const locked = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM self_assessment WHERE year = $1 AND status IN ('submitted', 'accepted')`, [year]);
    if (locked.rows[0]!.n > 0) throw new AppError('CONFLICT', `Đã có đơn vị gửi bản tự đánh giá năm ${year}; bộ tiêu chí không còn sửa được`);
    if (!(await repo.saveCriteriaSet(tx, year, input.criteria, input.lockVersion))) {
      throw new AppError('VERSION_CONFLICT', 'Bộ tiêu chí vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi trên bản đó.', { currentLockVersion: before?.lock_version ?? 0 });
    }
    await recordAudit(tx, ctx.actor, {
      action: 'assessment.criteria.save', entityType: 'assessment_criteria_set', entityId: String(year), summary: `Lưu bộ tiêu chí đánh giá năm ${year}`,
      before: before?.criteria.map((c) => ({ code: c.code, title: c.title, maxPoints: c.max_points })) ?? null, after: input.criteria,
    });
  });
  return getCriteriaSet(ctx, year);
}

// ── Self-assessments ──────────────────────────────────────────────────────────────────────────
async function requireReadable(ctx: AuthedCtx, id: string, db: Queryable = ctx.db, forUpdate = false): Promise<repo.AssessmentRow> {
  const a = await repo.findAssessment(db, id, { forUpdate });
  if (!a || !(await canOnUnit(db, ctx.actor, 'assessment:read', a.unit_id))) throw notFound('bản tự đánh giá');
  return a;
}

function presentSummary(a: repo.AssessmentRow) {
  return { id: a.id, year: a.year, unitId: a.unit_id, unitName: a.unit_name, status: a.status, selfTotal: a.self_total, reviewTotal: a.review_total, maxTotal: a.max_total, updatedAt: a.updated_at.toISOString() };
}

export async function findAssessments(ctx: AuthedCtx, q: z.infer<typeof AssessmentListQuerySchema>) {
  const { rows, total } = await repo.listAssessments(ctx.db, {
    year: q.year, status: q.status, q: q.q || undefined, sort: q.sort, scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'assessment:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getAssessment(ctx: AuthedCtx, id: string): Promise<AssessmentView> {
  const a = await requireReadable(ctx, id);
  const [set, scores, history, plan] = await Promise.all([
    repo.findCriteriaSet(ctx.db, a.year),
    repo.findScores(ctx.db, id),
    findHistory(ctx.db, 'self_assessment', id),
    findUnitYearPlanOutline(ctx.db, a.unit_id, a.year),
  ]);
  const byCriterion = new Map(scores.map((s) => [s.criterion_id, s]));
  const actions: AssessmentView['actions'] = [];
  for (const t of availableActions(assessmentWorkflow, a.status)) if (await canOnUnit(ctx.db, ctx.actor, t.permission, a.unit_id)) actions.push(t.action);
  const canEdit = (a.status === 'draft' || a.status === 'returned') && (await canOnUnit(ctx.db, ctx.actor, 'assessment:edit', a.unit_id));
  const canReview = a.status === 'submitted' && (await canOnUnit(ctx.db, ctx.actor, 'assessment:review', a.unit_id));
  return {
    ...presentSummary(a),
    summary: a.summary,
    reviewComment: a.review_comment,
    lockVersion: a.lock_version,
    scores: (set?.criteria ?? []).map((c) => {
      const s = byCriterion.get(c.id);
      return { criterionId: c.id, code: c.code, title: c.title, maxPoints: c.max_points, selfScore: s?.self_score ?? null, evidence: s?.evidence ?? null, reviewScore: s?.review_score ?? null, reviewNote: s?.review_note ?? null };
    }),
    plan,
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    actions,
    canEdit,
    canReview,
  };
}

export async function createAssessment(ctx: AuthedCtx, input: z.infer<typeof CreateAssessmentBodySchema>): Promise<AssessmentView> {
  if (!(await canOnUnit(ctx.db, ctx.actor, 'assessment:edit', input.unitId))) throw new AppError('FORBIDDEN');
  const set = await repo.findCriteriaSet(ctx.db, input.year);
  if (!set || set.criteria.length === 0) throw invalid('year', `Chưa có bộ tiêu chí đánh giá năm ${input.year}; đề nghị cơ quan thường trực ban hành trước`);
  const id = await withTransaction(ctx.db, async (tx) => {
    if (await repo.findAssessmentId(tx, input.year, input.unitId)) throw new AppError('CONFLICT', `Đơn vị đã có bản tự đánh giá năm ${input.year}; hãy mở bản đó để sửa`);
    const newId = await repo.insertAssessment(tx, input.year, input.unitId, ctx.actor.userId);
    await recordTransition(tx, { entityType: 'self_assessment', entityId: newId, action: 'create', from: null, to: 'draft', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'assessment.create', entityType: 'self_assessment', entityId: newId, summary: `Lập bản tự đánh giá năm ${input.year}`, after: input });
    return newId;
  });
  return getAssessment(ctx, id);
}

/** Scores must be of the year's criteria, each at most its points. */
function checkScores(criteria: repo.CriterionRow[], scores: { criterionId: string; score: number | null }[], field: string) {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  scores.forEach((s, i) => {
    const c = byId.get(s.criterionId);
    if (!c) throw invalid(`scores.${i}.criterionId`, 'Tiêu chí không thuộc bộ tiêu chí của năm');
    if (s.score !== null && s.score > c.max_points) throw invalid(`scores.${i}.${field}`, `Điểm tiêu chí ${c.code} không được vượt quá ${c.max_points}`);
  });
}

export async function saveSelfScores(ctx: AuthedCtx, id: string, input: z.infer<typeof SaveSelfScoresBodySchema>): Promise<AssessmentView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const a = await requireReadable(ctx, id, tx, true);
    if (!(await canOnUnit(tx, ctx.actor, 'assessment:edit', a.unit_id))) throw new AppError('FORBIDDEN');
    if (a.status !== 'draft' && a.status !== 'returned') throw new AppError('CONFLICT', 'Bản tự đánh giá đã gửi; chỉ sửa được khi còn nháp hoặc bị trả lại');
    const set = await repo.findCriteriaSet(tx, a.year);
    checkScores(set?.criteria ?? [], input.scores.map((s) => ({ criterionId: s.criterionId, score: s.selfScore })), 'selfScore');
    const before = await repo.findScores(tx, id);
    if (!(await repo.saveSelfScores(tx, id, input.summary, input.scores, input.lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: a.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'assessment.self-score', entityType: 'self_assessment', entityId: id, summary: `Tự chấm điểm năm ${a.year} — ${a.unit_name ?? ''}`, before: { summary: a.summary, scores: before }, after: input });
  });
  return getAssessment(ctx, id);
}

export async function saveReview(ctx: AuthedCtx, id: string, input: z.infer<typeof SaveReviewBodySchema>): Promise<AssessmentView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const a = await requireReadable(ctx, id, tx, true);
    if (!(await canOnUnit(tx, ctx.actor, 'assessment:review', a.unit_id))) throw new AppError('FORBIDDEN');
    if (a.status !== 'submitted') throw new AppError('CONFLICT', 'Chỉ chấm thẩm định bản tự đánh giá đã gửi và chưa được công nhận');
    const set = await repo.findCriteriaSet(tx, a.year);
    checkScores(set?.criteria ?? [], input.scores.map((s) => ({ criterionId: s.criterionId, score: s.reviewScore })), 'reviewScore');
    const before = await repo.findScores(tx, id);
    if (!(await repo.saveReview(tx, id, input.reviewComment, input.scores, input.lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: a.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'assessment.review-score', entityType: 'self_assessment', entityId: id, summary: `Chấm thẩm định năm ${a.year} — ${a.unit_name ?? ''}`, before: { reviewComment: a.review_comment, scores: before }, after: input });
  });
  return getAssessment(ctx, id);
}

export async function transitionAssessment(ctx: AuthedCtx, deps: InspectionDeps, id: string, input: z.infer<typeof AssessmentTransitionBodySchema>): Promise<AssessmentView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const a = await requireReadable(ctx, id, tx, true);
    const t = computeTransition(assessmentWorkflow, a.status, input.action, input.comment);
    if (!(await canOnUnit(tx, ctx.actor, t.permission, a.unit_id))) throw new AppError('FORBIDDEN');
    if (a.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: a.lock_version });
    const set = await repo.findCriteriaSet(tx, a.year);
    const scores = new Map((await repo.findScores(tx, id)).map((s) => [s.criterion_id, s]));
    if (t.action === 'submit') {
      const missing = (set?.criteria ?? []).filter((c) => scores.get(c.id)?.self_score == null);
      if (missing.length) throw invalid('scores', `Chưa tự chấm điểm tiêu chí: ${missing.map((c) => c.code).join(', ')}`);
    }
    if (t.action === 'accept') {
      const missing = (set?.criteria ?? []).filter((c) => scores.get(c.id)?.review_score == null);
      if (missing.length) throw invalid('scores', `Chưa chấm thẩm định tiêu chí: ${missing.map((c) => c.code).join(', ')}`);
    }
    await repo.setAssessmentStatus(tx, id, t.to, a.lock_version);
    if (t.action === 'return' && input.comment) await tx.query('UPDATE self_assessment SET review_comment = $2 WHERE id = $1', [id, input.comment]);
    await recordTransition(tx, { entityType: 'self_assessment', entityId: id, action: t.action, from: a.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `assessment.${t.action}`, entityType: 'self_assessment', entityId: id,
      summary: `${t.label}: năm ${a.year} — ${a.unit_name ?? ''}${input.comment ? ` (${input.comment})` : ''}`, before: { status: a.status }, after: { status: t.to, comment: input.comment ?? null },
    });
    const recipients = t.action === 'submit' ? await findUsersWithRole(tx, ['programme_manager']) : await findUnitUsers(tx, a.unit_id, ['unit_editor', 'unit_approver']);
    const title =
      t.action === 'submit' ? `${a.unit_name ?? 'Đơn vị'} đã gửi bản tự đánh giá năm ${a.year}`
      : t.action === 'return' ? `Bản tự đánh giá năm ${a.year} bị trả lại: ${input.comment ?? ''}`.trim()
      : `Bản tự đánh giá năm ${a.year} đã được công nhận`;
    for (const userId of recipients) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, { userId, kind: 'system.message', title, body: input.comment ?? null, link: `/admin/inspections/assessments/${id}`, entityType: 'self_assessment', entityId: id });
    }
  });
  return getAssessment(ctx, id);
}
