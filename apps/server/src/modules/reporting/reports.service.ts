import type { z } from 'zod';
import type { ReportView, SaveReportBodySchema, ReportTransitionBodySchema, CompletenessQuerySchema, ExceptionBodySchema, ReportListQuerySchema } from '@lantoa/contracts/reporting';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { canOnUnit, assertCanOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { scopeRootsFor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import { todayIso } from '../../platform/time.ts';
import { computeWindow, formatDateVi, formatPeriodVi, parsePeriod, type Period } from './period.ts';
import { replaceFactsOfSource } from './facts.repository.ts';
import * as repo from './reports.repository.ts';
import * as reportingRepo from './reporting.repository.ts';
import { reportWorkflow } from './reports.workflow.ts';

export type ReportDeps = { notifier: Notifier };

async function requireForm(db: Queryable, formId: string) {
  const form = await repo.findForm(db, formId);
  if (!form) throw notFound('biểu mẫu');
  return form;
}

function requirePeriod(form: repo.FormRow, id: string): Period {
  const p = parsePeriod(id);
  if (!p || p.type !== form.period_type) {
    const kind = { month: 'tháng (ví dụ 2025-03)', quarter: 'quý (ví dụ 2025Q1)', half: 'nửa năm (ví dụ 2025H1)', year: 'năm (ví dụ 2025)' }[form.period_type];
    throw new AppError('VALIDATION_FAILED', `Biểu mẫu này báo cáo theo ${kind}`, { issues: [{ path: 'period', message: `Kỳ báo cáo phải theo ${kind}` }] });
  }
  return p;
}

const unitInfo = repo.findUnitInfo;

/** Why the form cannot be edited, in words a civil servant understands. */
function lockedReasonOf(window: ReturnType<typeof computeWindow>, status: string | null): string | null {
  if (status && !['draft', 'returned'].includes(status)) {
    return status === 'accepted'
      ? 'Báo cáo đã được cơ quan thường trực tiếp nhận. Muốn sửa, chọn "Điều chỉnh sau tiếp nhận" để mở lần sửa mới.'
      : 'Báo cáo đang chờ duyệt nên không sửa được; muốn sửa, người duyệt trả lại báo cáo kèm lý do.';
  }
  if (!window.open) {
    return window.reason === 'not_started'
      ? `Kỳ báo cáo chưa bắt đầu: được nhập từ ngày ${formatDateVi(window.opens)}.`
      : `Đã hết thời hạn nhập (hạn nộp ${formatDateVi(window.deadline)}, nhận muộn đến hết ngày ${formatDateVi(window.closes)}). Liên hệ cơ quan thường trực để được mở lại.`;
  }
  return null;
}

export async function getReportEntry(ctx: AuthedCtx, q: { formId: string; unitId: string; period: string }): Promise<ReportView> {
  const form = await requireForm(ctx.db, q.formId);
  const period = requirePeriod(form, q.period);
  if (!(await canOnUnit(ctx.db, ctx.actor, 'report:read', q.unitId))) throw notFound('báo cáo');
  const unit = await unitInfo(ctx.db, q.unitId, period.end);
  if (!unit) throw notFound('đơn vị');
  const report = await repo.findReport(ctx.db, form.id, q.unitId, period.id);
  const exception = await repo.findException(ctx.db, form.id, q.unitId, period.id);
  const window = computeWindow(period, { deadlineDay: form.deadline_day, lateDays: form.late_days }, todayIso(), exception);
  const status = report?.status ?? null;
  const lockedReason = lockedReasonOf(window, status);
  const mayEdit = await canOnUnit(ctx.db, ctx.actor, 'report:edit', q.unitId);
  const actions: ReportView['actions'] = [];
  for (const t of availableActions(reportWorkflow, status ?? 'draft')) {
    if (!report && t.action !== 'submit') continue;
    // Submitting, and reopening an accepted report to correct it, need the entry window open.
    if ((t.action === 'submit' || t.action === 'correct') && !window.open) continue;
    if (await canOnUnit(ctx.db, ctx.actor, t.permission, q.unitId)) if (!actions.includes(t.action)) actions.push(t.action);
  }
  const deadline = window.deadline;
  const firstSubmitted = report?.first_submitted_at?.toISOString() ?? null;
  return {
    id: report?.id ?? null,
    formId: form.id,
    formName: form.name,
    unitId: q.unitId,
    unitName: unit.name,
    period: period.id,
    periodLabel: formatPeriodVi(period.id),
    status,
    revision: report?.revision ?? 1,
    lockVersion: report?.lock_version ?? null,
    values: report ? (await repo.findValues(ctx.db, report.id)).map((v) => ({ ...v, value: Number(v.value) })) : [],
    window,
    lockedReason,
    canEdit: mayEdit && lockedReason === null,
    actions,
    submittedAt: report?.submitted_at?.toISOString() ?? null,
    onTime: firstSubmitted ? todayIsoOf(firstSubmitted) <= deadline : null,
    history: report ? (await findHistory(ctx.db, 'report', report.id)).map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })) : [],
  };
}

function todayIsoOf(iso: string): string {
  return todayIso(new Date(iso));
}

/** Numbers only, in range, of the right kind, categories known; cross-field rules; required ones on submit. */
export function validateValues(
  elements: repo.ElementRow[],
  rules: repo.FormRow['rules'],
  values: { element: string; category: string; value: number }[],
  opts: { requireAll: boolean },
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const totals = new Map<string, number>();
  values.forEach((v, i) => {
    const e = byCode.get(v.element);
    if (!e) return issues.push({ path: `values.${i}.element`, message: `Chỉ tiêu ${v.element} không thuộc biểu mẫu này` });
    const name = `"${e.name}"`;
    if (e.categories.length ? !e.categories.includes(v.category) : v.category !== '') issues.push({ path: `values.${i}.category`, message: `${name}: phân tổ không hợp lệ` });
    if (e.value_type === 'integer' && !Number.isInteger(v.value)) issues.push({ path: `values.${i}.value`, message: `${name} phải là số nguyên` });
    if (e.value_type === 'percentage' && (v.value < 0 || v.value > 100)) issues.push({ path: `values.${i}.value`, message: `${name} là tỷ lệ phần trăm, từ 0 đến 100` });
    if (e.min_value !== null && v.value < e.min_value) issues.push({ path: `values.${i}.value`, message: `${name} không được nhỏ hơn ${e.min_value}` });
    if (e.max_value !== null && v.value > e.max_value) issues.push({ path: `values.${i}.value`, message: `${name} không được lớn hơn ${e.max_value}` });
    totals.set(v.element, (totals.get(v.element) ?? 0) + v.value);
  });
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const k = `${v.element}|${v.category}`;
    if (seen.has(k)) issues.push({ path: `values.${i}`, message: `Chỉ tiêu ${v.element} được nhập hai lần` });
    seen.add(k);
  });
  if (opts.requireAll) {
    for (const e of elements) if (e.required && !totals.has(e.code)) issues.push({ path: `element.${e.code}`, message: `Vui lòng nhập "${e.name}"` });
  }
  const cmp = { '<=': (a: number, b: number) => a <= b, '>=': (a: number, b: number) => a >= b, '=': (a: number, b: number) => a === b, '<': (a: number, b: number) => a < b, '>': (a: number, b: number) => a > b };
  for (const r of rules) {
    const a = totals.get(r.left);
    const b = totals.get(r.right);
    if (a !== undefined && b !== undefined && !cmp[r.op](a, b)) issues.push({ path: `element.${r.left}`, message: r.message });
  }
  return issues;
}

export async function saveReport(ctx: AuthedCtx, input: z.infer<typeof SaveReportBodySchema>): Promise<ReportView> {
  const form = await requireForm(ctx.db, input.formId);
  const period = requirePeriod(form, input.period);
  if (!(await canOnUnit(ctx.db, ctx.actor, 'report:read', input.unitId))) throw notFound('báo cáo');
  await assertCanOnUnit(ctx.db, ctx.actor, 'report:edit', input.unitId);
  const elements = await repo.findFormElements(ctx.db, form.id);
  const issues = validateValues(elements, form.rules, input.values.map((v) => ({ ...v, category: v.category ?? '' })), { requireAll: false });
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0]!.message, { issues });
  await withTransaction(ctx.db, async (tx) => {
    const unit = await unitInfo(tx, input.unitId, period.end);
    if (!unit || !form.unit_types.includes(unit.type)) throw new AppError('FORBIDDEN', 'Đơn vị này không thuộc đối tượng báo cáo của biểu mẫu');
    let report = await repo.findReport(tx, form.id, input.unitId, period.id, true);
    const window = computeWindow(period, { deadlineDay: form.deadline_day, lateDays: form.late_days }, todayIso(), await repo.findException(tx, form.id, input.unitId, period.id));
    const locked = lockedReasonOf(window, report?.status ?? null);
    if (locked) throw new AppError('REPORT_LOCKED', locked, { window });
    if (!report) {
      if (input.lockVersion !== null) throw new AppError('VERSION_CONFLICT');
      try {
        await repo.insertReport(tx, { formId: form.id, unitId: input.unitId, rootId: unit.root_id, period: period.id, start: period.start, end: period.end, createdBy: ctx.actor.userId });
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new AppError('VERSION_CONFLICT', 'Báo cáo vừa được người khác tạo; hãy tải lại');
        throw err;
      }
      report = (await repo.findReport(tx, form.id, input.unitId, period.id, true))!;
      await recordTransition(tx, { entityType: 'report', entityId: report.id, action: 'create', from: null, to: 'draft', comment: null, actor: ctx.actor });
    } else if (input.lockVersion === null || !(await repo.bumpLock(tx, report.id, input.lockVersion))) {
      throw new AppError('VERSION_CONFLICT', 'Báo cáo vừa được người khác lưu. Hãy tải lại để xem số liệu mới nhất rồi nhập lại thay đổi.');
    }
    const idOf = new Map(elements.map((e) => [e.code, e.id]));
    const before = await repo.findValues(tx, report.id);
    await repo.replaceValues(tx, report.id, input.values.map((v) => ({ elementId: idOf.get(v.element)!, category: v.category ?? '', value: v.value })));
    await recordAudit(tx, ctx.actor, { action: 'report.save', entityType: 'report', entityId: report.id, summary: `Nhập ${form.name} — ${unit.name} — ${formatPeriodVi(period.id)}`, before, after: input.values });
  });
  return getReportEntry(ctx, { formId: form.id, unitId: input.unitId, period: period.id });
}

export async function transitionReport(ctx: AuthedCtx, deps: ReportDeps, id: string, input: z.infer<typeof ReportTransitionBodySchema>): Promise<ReportView> {
  const existing = await repo.findReportById(ctx.db, id);
  if (!existing || !(await canOnUnit(ctx.db, ctx.actor, 'report:read', existing.unit_id))) throw notFound('báo cáo');
  const form = (await repo.findForm(ctx.db, existing.form_id))!;
  await withTransaction(ctx.db, async (tx) => {
    const r = (await repo.findReportById(tx, id, true))!;
    const t = computeTransition(reportWorkflow, r.status, input.action, input.comment);
    if (!(await canOnUnit(tx, ctx.actor, t.permission, r.unit_id))) throw new AppError('FORBIDDEN');
    if (r.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    const period = parsePeriod(r.period)!;
    const elements = await repo.findFormElements(tx, form.id);
    const values = (await repo.findValues(tx, r.id)).map((v) => ({ ...v, value: Number(v.value) }));
    if (t.action === 'correct') {
      const window = computeWindow(period, { deadlineDay: form.deadline_day, lateDays: form.late_days }, todayIso(), await repo.findException(tx, form.id, r.unit_id, r.period));
      if (!window.open) {
        throw new AppError('REPORT_LOCKED', 'Kỳ báo cáo đã hết thời hạn nhập nên không mở lại để điều chỉnh được. Liên hệ cơ quan thường trực để được mở lại.', { window });
      }
    }
    if (t.action === 'submit') {
      const window = computeWindow(period, { deadlineDay: form.deadline_day, lateDays: form.late_days }, todayIso(), await repo.findException(tx, form.id, r.unit_id, r.period));
      const locked = lockedReasonOf(window, r.status);
      if (locked) throw new AppError('REPORT_LOCKED', locked, { window });
      const issues = validateValues(elements, form.rules, values, { requireAll: true });
      if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0]!.message, { issues });
    }
    await repo.setReportStatus(tx, r.id, t.to, { newRevision: t.action === 'correct' });
    if (t.action === 'accept') {
      // Accepted values become facts at once: the dashboard shows them on its next read.
      const byCode = new Map(elements.map((e) => [e.code, e]));
      await replaceFactsOfSource(tx, 'report', r.id, values.filter((v) => byCode.has(v.element)).map((v) => ({
        rootId: r.root_id, unitId: r.unit_id, key: `de:${v.element}`, periodStart: r.period_start, periodEnd: r.period_end, category: v.category, value: v.value,
      })));
      await repo.insertRevision(tx, r.id, r.revision, values, ctx.actor.userId);
    }
    await recordTransition(tx, { entityType: 'report', entityId: r.id, action: t.action, from: r.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: `report.${t.action}`, entityType: 'report', entityId: r.id, summary: `${t.label}: ${form.name} ${formatPeriodVi(r.period)}`, before: { status: r.status }, after: { status: t.to, comment: input.comment ?? null } });
    const nextRoles = t.to === 'submitted' ? ['unit_approver'] : t.to === 'returned' || t.to === 'accepted' ? ['unit_editor'] : [];
    const link = `/admin/reports/entry?formId=${form.id}&unitId=${r.unit_id}&period=${r.period}`;
    const recipients = t.to === 'approved'
      ? await reportingRepo.findUsersWithRoles(tx, ['programme_manager'], null)
      : await reportingRepo.findUsersWithRoles(tx, nextRoles, r.unit_id);
    for (const userId of recipients) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, { userId, kind: 'system.message', title: `${form.name} ${formatPeriodVi(r.period)}: ${t.label.toLowerCase()}`, body: input.comment ?? null, link, entityType: 'report', entityId: r.id });
    }
  });
  return getReportEntry(ctx, { formId: form.id, unitId: existing.unit_id, period: existing.period });
}

/** Expected, submitted, on time and accepted for a form and period under a unit, with who is missing. */
export async function getCompleteness(ctx: AuthedCtx, q: z.infer<typeof CompletenessQuerySchema>) {
  const form = await requireForm(ctx.db, q.formId);
  const period = requirePeriod(form, q.period);
  const rootId = q.unitId ?? (await topScope(ctx));
  if (!(await canOnUnit(ctx.db, ctx.actor, 'report:read', rootId))) throw notFound('đơn vị');
  const today = todayIso();
  const asOf = period.end < today ? period.end : today;
  const rows = await repo.findCompleteness(ctx.db, { formId: form.id, period: period.id, asOf, rootId, types: form.unit_types });
  const window = computeWindow(period, { deadlineDay: form.deadline_day, lateDays: form.late_days }, today);
  const units = rows.map((r) => {
    const submitted = r.first_submitted_at ? todayIso(r.first_submitted_at) : null;
    const onTime = submitted ? submitted <= window.deadline : null;
    return {
      unitId: r.unit_id,
      unitName: r.unit_name,
      status: r.status ?? 'none',
      submittedAt: r.first_submitted_at?.toISOString() ?? null,
      onTime,
      late: (submitted === null && today > window.deadline) || onTime === false,
    };
  });
  return {
    formId: form.id,
    period: period.id,
    deadline: window.deadline,
    expected: units.length,
    submitted: units.filter((u) => u.submittedAt).length,
    onTime: units.filter((u) => u.onTime).length,
    accepted: units.filter((u) => u.status === 'accepted').length,
    units,
  };
}

async function topScope(ctx: AuthedCtx): Promise<string> {
  const roots = scopeRootsFor(ctx.actor, 'report:read');
  if (!roots[0]) throw new AppError('FORBIDDEN');
  return roots[0];
}

export async function grantException(ctx: AuthedCtx, input: z.infer<typeof ExceptionBodySchema>) {
  const form = await requireForm(ctx.db, input.formId);
  const period = requirePeriod(form, input.period);
  await assertCanOnUnit(ctx.db, ctx.actor, 'report:manage', input.unitId);
  if (input.openUntil < todayIso()) throw new AppError('VALIDATION_FAILED', 'Ngày mở lại phải từ hôm nay trở đi', { issues: [{ path: 'openUntil', message: 'Ngày mở lại phải từ hôm nay trở đi' }] });
  await withTransaction(ctx.db, async (tx) => {
    await repo.upsertException(tx, { ...input, period: period.id, grantedBy: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, { action: 'report.exception', entityType: 'report_form', entityId: form.id, summary: `Mở lại ${form.name} ${formatPeriodVi(period.id)} đến ${formatDateVi(input.openUntil)}`, after: input });
  });
  return getReportEntry(ctx, { formId: form.id, unitId: input.unitId, period: period.id });
}

export async function findReports(ctx: AuthedCtx, q: z.infer<typeof ReportListQuerySchema>) {
  const scope = await findReadableUnitIds(ctx.db, ctx.actor, 'report:read');
  const rows = await repo.listReports(ctx.db, { ...q, scopeUnitIds: scope, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return {
    items: rows.map((r) => ({ id: r.id, formId: r.form_id, formName: r.form_name, unitId: r.unit_id, unitName: r.unit_name, period: r.period, periodLabel: formatPeriodVi(r.period), status: r.status, revision: r.revision, submittedAt: r.submitted_at?.toISOString() ?? null })),
    total: rows[0]?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function findFormsWithElements(db: Queryable) {
  const forms = await repo.findForms(db);
  return Promise.all(forms.map(async (f) => ({
    id: f.id, code: f.code, name: f.name, description: f.description, periodType: f.period_type, unitTypes: f.unit_types, deadlineDay: f.deadline_day, lateDays: f.late_days, rules: f.rules,
    elements: (await repo.findFormElements(db, f.id)).map((e) => ({
      id: e.id, code: e.code, name: e.name, description: e.description, valueType: e.value_type, unitLabel: e.unit_label, minValue: e.min_value, maxValue: e.max_value,
      categories: e.categories, timeAggregation: e.time_aggregation, required: e.required,
    })),
  })));
}
