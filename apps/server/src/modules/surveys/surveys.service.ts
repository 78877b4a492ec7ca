import type { z } from 'zod';
import type {
  Answers,
  SurveyInput,
  SurveyListQuerySchema,
  SurveyResults,
  SurveySummary,
  SurveyView,
} from '@lantoa/contracts/surveys';
import type { Actor } from '../../platform/auth/actor.ts';
import { hasPermission } from '../../platform/auth/actor.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { findAncestorIds } from '../../platform/db/hierarchy.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { todayIso } from '../../platform/time.ts';
import { availableActions, computeTransition, recordTransition } from '../../platform/workflow/workflow.ts';
import * as repo from './surveys.repository.ts';
import { checkQuestions, computeResults, validateAnswers } from './surveys.logic.ts';
import { surveyWorkflow } from './surveys.workflow.ts';

const CONFLICT_MESSAGE = 'Khảo sát vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi trên bản đó.';

function present(s: repo.SurveyRow): SurveySummary {
  return {
    id: s.id, title: s.title, year: s.year, audience: s.audience, isAnonymous: s.is_anonymous, status: s.status,
    questionCount: s.questions.length, responseCount: s.response_count, updatedAt: s.updated_at.toISOString(),
  };
}

/** The units an official answers for: their home unit and the units of their roles. */
async function unitsOf(db: Queryable, actor: Actor): Promise<string[]> {
  const home = await repo.findHomeUnitId(db, actor.userId);
  return [...new Set([...(home ? [home] : []), ...actor.assignments.map((a) => a.unitId)])];
}

/** The targeted unit the actor answers for (a unit of theirs, or one above it, is targeted); null when not targeted. */
async function targetedUnit(db: Queryable, actor: Actor, s: repo.SurveyRow): Promise<string | null> {
  if (s.audience !== 'officials') return null;
  for (const u of await unitsOf(db, actor)) {
    if (s.target_unit_ids.includes(u)) return u;
    const up = await findAncestorIds(db, u, todayIso());
    if (up.some((a) => s.target_unit_ids.includes(a))) return u;
  }
  return null;
}

async function requireVisible(ctx: AuthedCtx, id: string): Promise<repo.SurveyRow> {
  const s = await repo.findSurvey(ctx.db, id);
  if (!s) throw notFound('khảo sát');
  if (hasPermission(ctx.actor, 'survey:read')) return s;
  if (s.status !== 'draft' && (await targetedUnit(ctx.db, ctx.actor, s))) return s;
  throw notFound('khảo sát');
}

function assertQuestions(input: SurveyInput) {
  const errors = checkQuestions(input.questions);
  const first = Object.entries(errors)[0];
  if (first) throw new AppError('VALIDATION_FAILED', first[1], { issues: Object.entries(errors).map(([path, message]) => ({ path, message })) });
  if (input.audience === 'officials' && input.targetUnitIds.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Vui lòng chọn các đơn vị nhận khảo sát', { issues: [{ path: 'targetUnitIds', message: 'Vui lòng chọn các đơn vị nhận khảo sát' }] });
  }
}

export async function getSurvey(ctx: AuthedCtx, id: string): Promise<SurveyView> {
  const s = await requireVisible(ctx, id);
  const manage = hasPermission(ctx.actor, 'survey:manage');
  const [targets, previous, answered, unit] = await Promise.all([
    repo.findUnitNames(ctx.db, s.target_unit_ids),
    s.previous_survey_id ? repo.findSurvey(ctx.db, s.previous_survey_id) : null,
    repo.hasParticipated(ctx.db, s.id, ctx.actor.userId),
    targetedUnit(ctx.db, ctx.actor, s),
  ]);
  return {
    ...present(s),
    description: s.description,
    questions: s.questions,
    targetUnits: targets,
    previousSurvey: previous ? { id: previous.id, title: previous.title, year: previous.year } : null,
    lockVersion: s.lock_version,
    actions: manage ? availableActions(surveyWorkflow, s.status).map((t) => t.action) : [],
    canEdit: manage && s.status === 'draft',
    canAnswer: s.status === 'open' && unit !== null && !answered,
    hasAnswered: answered,
    publicUrl: s.audience === 'public' && s.status === 'open' ? `/khao-sat/${s.id}` : null,
  };
}

export async function findSurveys(ctx: AuthedCtx, q: z.infer<typeof SurveyListQuerySchema>) {
  const { rows, total } = await repo.listSurveys(ctx.db, { year: q.year, status: q.status, q: q.q || undefined, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** The open surveys waiting for this official's answer. */
export async function findMySurveys(ctx: AuthedCtx) {
  const units = await unitsOf(ctx.db, ctx.actor);
  const withAncestors = new Set(units);
  for (const u of units) for (const a of await findAncestorIds(ctx.db, u, todayIso())) withAncestors.add(a);
  const rows = await repo.findOpenSurveysFor(ctx.db, [...withAncestors]);
  const items = [];
  for (const s of rows) items.push({ ...present(s), hasAnswered: await repo.hasParticipated(ctx.db, s.id, ctx.actor.userId) });
  return { items };
}

export async function createSurvey(ctx: AuthedCtx, input: SurveyInput): Promise<SurveyView> {
  assertQuestions(input);
  const id = await withTransaction(ctx.db, async (tx) => {
    const newId = await repo.insertSurvey(tx, input, ctx.actor.userId);
    await recordTransition(tx, { entityType: 'survey', entityId: newId, action: 'create', from: null, to: 'draft', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'survey.create', entityType: 'survey', entityId: newId, summary: `Lập khảo sát ${input.title}`, after: input });
    return newId;
  });
  return getSurvey(ctx, id);
}

export async function updateSurvey(ctx: AuthedCtx, id: string, input: SurveyInput & { lockVersion: number }): Promise<SurveyView> {
  assertQuestions(input);
  await withTransaction(ctx.db, async (tx) => {
    const s = await repo.findSurveyForUpdate(tx, id);
    if (!s) throw notFound('khảo sát');
    if (s.status !== 'draft') throw new AppError('CONFLICT', 'Khảo sát đã mở nhận trả lời: không sửa câu hỏi được nữa');
    if (!(await repo.updateSurvey(tx, id, input.lockVersion, input))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: s.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'survey.update', entityType: 'survey', entityId: id, summary: `Sửa khảo sát ${input.title}`, before: { title: s.title, questions: s.questions }, after: input });
  });
  return getSurvey(ctx, id);
}

export async function transitionSurvey(ctx: AuthedCtx, id: string, input: { action: 'open' | 'close' | 'reopen'; lockVersion: number; comment?: string | null }): Promise<SurveyView> {
  await withTransaction(ctx.db, async (tx) => {
    const s = await repo.findSurveyForUpdate(tx, id);
    if (!s) throw notFound('khảo sát');
    const t = computeTransition(surveyWorkflow, s.status, input.action, input.comment);
    if (t.action === 'open' && s.questions.length === 0) throw new AppError('VALIDATION_FAILED', 'Khảo sát cần ít nhất một câu hỏi trước khi mở', { issues: [{ path: 'questions', message: 'Chưa có câu hỏi' }] });
    if (!(await repo.setStatus(tx, id, input.lockVersion, t.to))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE);
    await recordTransition(tx, { entityType: 'survey', entityId: id, action: t.action, from: s.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: `survey.${t.action}`, entityType: 'survey', entityId: id, summary: `${t.label}: ${s.title}`, before: { status: s.status }, after: { status: t.to } });
  });
  return getSurvey(ctx, id);
}

function answerErrors(errors: Record<string, string>): AppError {
  const issues = Object.entries(errors).map(([path, message]) => ({ path, message }));
  return new AppError('VALIDATION_FAILED', `Còn ${issues.length} câu hỏi cần trả lời hoặc sửa`, { issues });
}

/** An official answers once; when the survey is anonymous the answer does not name them. */
export async function submitOfficialAnswers(ctx: AuthedCtx, id: string, answers: Answers): Promise<{ ok: true }> {
  const s = await requireVisible(ctx, id);
  const unit = await targetedUnit(ctx.db, ctx.actor, s);
  if (!unit) throw notFound('khảo sát');
  if (s.status !== 'open') throw new AppError('CONFLICT', 'Khảo sát không còn nhận trả lời');
  const checked = validateAnswers(s.questions, answers);
  if (!checked.ok) throw answerErrors(checked.errors);
  await withTransaction(ctx.db, async (tx) => {
    if (!(await repo.insertParticipation(tx, id, ctx.actor.userId))) throw new AppError('CONFLICT', 'Anh/chị đã trả lời khảo sát này');
    await repo.insertResponse(tx, { surveyId: id, audience: 'officials', respondentId: s.is_anonymous ? null : ctx.actor.userId, unitId: unit, answers: checked.answers });
  });
  return { ok: true };
}

/** An open public survey, for the portal; null otherwise. */
export async function getPublicSurvey(db: Queryable, id: string): Promise<repo.SurveyRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const s = await repo.findSurvey(db, id);
  return s && s.audience === 'public' && s.status === 'open' ? s : null;
}

/** Stores a portal answer (inside the caller's transaction, after the abuse checks). */
export async function storePublicAnswers(tx: Queryable, s: repo.SurveyRow, answers: Answers): Promise<void> {
  await repo.insertResponse(tx, { surveyId: s.id, audience: 'public', respondentId: null, unitId: null, answers });
}

export async function getSurveyResults(ctx: AuthedCtx, id: string, f: { unitId?: string; audience?: 'officials' | 'public' }): Promise<SurveyResults> {
  const s = await repo.findSurvey(ctx.db, id);
  if (!s) throw notFound('khảo sát');
  const responses = await repo.findResponses(ctx.db, id, f);
  const byUnit = await repo.countByUnit(ctx.db, id);
  const prev = s.previous_survey_id ? await repo.findSurvey(ctx.db, s.previous_survey_id) : null;
  const prevResponses = prev ? await repo.findResponses(ctx.db, prev.id, { audience: f.audience }) : [];
  return {
    surveyId: s.id,
    year: s.year,
    respondents: responses.length,
    byUnit: byUnit.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name ?? 'Người dân (cổng thông tin)', respondents: u.n })),
    questions: computeResults(s.questions, responses.map((r) => r.answers)),
    // The earlier year, on the questions both surveys share (by id).
    previous: prev
      ? { surveyId: prev.id, year: prev.year, respondents: prevResponses.length, questions: computeResults(prev.questions.filter((q) => s.questions.some((x) => x.id === q.id)), prevResponses.map((r) => r.answers)) }
      : null,
  };
}
