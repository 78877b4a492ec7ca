import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_STAGE_HOURS,
  CASE_STATUSES,
  CaseReportFieldsSchema,
  type CaseListQuerySchema,
  type CaseStats,
  type CaseSummary,
  type CaseTransitionBody,
  type CaseView,
  type CreateCaseBody,
} from '@lantoa/contracts/cases';
import type { Permission } from '@lantoa/contracts/access';
import type { AuthedCtx } from '../../platform/context.ts';
import type { Db, Queryable } from '../../platform/db/db.ts';
import { withTransaction } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import type { BlobStore } from '../../platform/storage/storage.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import { storeFile } from '../../platform/files/files.service.ts';
import { sniffFile } from '../../platform/files/sniff.ts';
import { findUnitUsers, findUsersWithRole } from '../../platform/notifications/recipients.ts';
import * as repo from './cases.repository.ts';
import { caseWorkflow } from './cases.workflow.ts';

export type CaseDeps = { notifier: Notifier; blobs: BlobStore };

const CONFLICT_MESSAGE = 'Vụ việc vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy thực hiện lại thao tác trên bản đó.';
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const IMAGE_KINDS = ['png', 'jpeg', 'webp', 'gif'] as const;

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** PA-7K3M-Q9TX: 40 random bits, no letters that read alike (0/O, 1/I). */
export function newTrackingCode(): string {
  const pick = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `PA-${pick()}-${pick()}`;
}

/** Reporters type codes by hand: case, spaces and a missing dash do not matter. */
export function normaliseTrackingCode(input: string): string {
  const s = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = s.startsWith('PA') ? s.slice(2) : s;
  return body.length === 8 ? `PA-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}

/**
 * The whole city: the standing agency's scope. Triage and the other steps need it. Asked on the
 * caller's connection: inside a transaction that holds the case's row lock, a second pool
 * connection could wait behind the parallel requests queued on that lock (pool starvation).
 */
async function isCityWide(ctx: AuthedCtx, db: Queryable, permission: Permission): Promise<boolean> {
  return (await findReadableUnitIds(db, ctx.actor, permission)) === null;
}

async function mayRead(ctx: AuthedCtx, c: repo.CaseRow): Promise<boolean> {
  const scope = await findReadableUnitIds(ctx.db, ctx.actor, 'case:read');
  if (scope === null) return true;
  return [c.intake_unit_id, c.responsible_unit_id].some((u) => u !== null && scope.includes(u));
}

async function mayTake(ctx: AuthedCtx, db: Queryable, c: repo.CaseRow, permission: Permission): Promise<boolean> {
  if (permission === 'case:respond') return c.responsible_unit_id !== null && canOnUnit(db, ctx.actor, 'case:respond', c.responsible_unit_id);
  return isCityWide(ctx, db, permission);
}

/** A case outside the actor's scope answers 404, so that ids reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.CaseRow> {
  const c = await repo.findCase(ctx.db, id);
  if (!c || !(await mayRead(ctx, c))) throw notFound('vụ việc');
  return c;
}

function presentSummary(c: repo.CaseRow): CaseSummary {
  return {
    id: c.id,
    code: c.code,
    source: c.source,
    link: c.link,
    platform: c.platform,
    description: c.description,
    category: c.category,
    status: c.status,
    intakeUnitName: c.intake_unit_name,
    responsibleUnitId: c.responsible_unit_id,
    responsibleUnitName: c.responsible_unit_name,
    stageDueAt: c.stage_due_at?.toISOString() ?? null,
    isOverdue: c.is_overdue,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
  };
}

export async function getCase(ctx: AuthedCtx, id: string): Promise<CaseView> {
  const c = await requireReadable(ctx, id);
  const history = await findHistory(ctx.db, 'misinfo_case', id);
  const actions: CaseView['actions'] = [];
  for (const t of availableActions(caseWorkflow, c.status)) if (await mayTake(ctx, ctx.db, c, t.permission)) actions.push(t.action);
  return {
    ...presentSummary(c),
    contact: c.contact,
    screenshot: c.screenshot_file_id ? { id: c.screenshot_file_id, name: c.screenshot_name ?? 'anh-chup', url: `/api/v1/files/${c.screenshot_file_id}` } : null,
    verificationNote: c.verification_note,
    responseKind: c.response_kind,
    responseTitle: c.response_title,
    responseUrl: c.response_url,
    responseContentRef: c.response_content_ref,
    referralDate: c.referral_date,
    referralRef: c.referral_ref,
    outcome: c.outcome,
    closedAt: c.closed_at?.toISOString() ?? null,
    lockVersion: c.lock_version,
    actions,
    history: history.map((h) => ({ action: h.action, from: h.from_state, to: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
  };
}

export async function findCases(ctx: AuthedCtx, q: z.infer<typeof CaseListQuerySchema>) {
  const { rows, total } = await repo.listCases(ctx.db, {
    status: q.status, category: q.category, overdue: q.overdue, year: q.year, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'case:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

async function insertWithCode(tx: Queryable, c: Omit<Parameters<typeof repo.insertCase>[1], 'code' | 'stageHours'>): Promise<{ id: string; code: string }> {
  // 40 random bits: a clash is rare, and simply draws again.
  for (;;) {
    const code = newTrackingCode();
    const id = await repo.insertCase(tx, { ...c, code, stageHours: CASE_STAGE_HOURS.received! });
    if (id) return { id, code };
  }
}

async function notifyUsers(deps: CaseDeps, tx: Queryable, userIds: string[], exceptId: string | null, n: { title: string; body?: string | null; caseId: string }) {
  for (const userId of new Set(userIds)) {
    if (userId === exceptId) continue;
    await deps.notifier.notify(tx, { userId, kind: 'system.message', title: n.title, body: n.body ?? null, link: `/admin/cases/${n.caseId}`, entityType: 'misinfo_case', entityId: n.caseId });
  }
}

/** A unit reports a post it has seen (internal intake). */
export async function createInternalCase(ctx: AuthedCtx, deps: CaseDeps, input: CreateCaseBody): Promise<CaseView> {
  if (!(await canOnUnit(ctx.db, ctx.actor, 'case:intake', input.intakeUnitId))) throw new AppError('FORBIDDEN');
  const id = await withTransaction(ctx.db, async (tx) => {
    if (input.screenshotFileId) {
      const { rows } = await tx.query<{ owner_id: string | null; mime: string }>('SELECT owner_id, mime FROM stored_file WHERE id = $1', [input.screenshotFileId]);
      if (!rows[0] || rows[0].owner_id !== ctx.actor.userId) throw invalid('screenshotFileId', 'Không tìm thấy ảnh chụp đã tải lên');
      if (!rows[0].mime.startsWith('image/')) throw invalid('screenshotFileId', 'Ảnh chụp phải là tệp ảnh (PNG, JPEG, WebP, GIF)');
      // Whoever may read the case's unit may see its evidence.
      await tx.query('UPDATE stored_file SET unit_id = $2 WHERE id = $1', [input.screenshotFileId, input.intakeUnitId]);
    }
    const created = await insertWithCode(tx, {
      source: 'internal', intakeUnitId: input.intakeUnitId, link: input.link, platform: input.platform, description: input.description,
      contact: input.contact, screenshotFileId: input.screenshotFileId, createdBy: ctx.actor.userId,
    });
    await recordTransition(tx, { entityType: 'misinfo_case', entityId: created.id, action: 'create', from: null, to: 'received', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'case.create', entityType: 'misinfo_case', entityId: created.id, summary: `Tiếp nhận phản ánh ${created.code}`, after: { ...input, code: created.code } });
    await notifyUsers(deps, tx, await findUsersWithRole(tx, ['programme_manager']), ctx.actor.userId, { title: `Phản ánh tin sai mới ${created.code} từ đơn vị`, body: input.link, caseId: created.id });
    return created.id;
  });
  return getCase(ctx, id);
}

export type PublicReportInput = {
  fields: Record<string, string | undefined>;
  screenshot: { fileName: string; data: Buffer } | null;
};

export type FieldErrors = Record<string, string>;

/** Checks the public form's fields; returns the clean values or every field's message. */
export function parsePublicReport(fields: Record<string, string | undefined>): { ok: true; value: z.infer<typeof CaseReportFieldsSchema> } | { ok: false; errors: FieldErrors } {
  const r = CaseReportFieldsSchema.safeParse({ link: fields.link ?? '', platform: fields.platform ?? '', description: fields.description ?? '', contact: fields.contact ?? null });
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const i of r.error.issues) errors[String(i.path[0])] ??= i.message;
  return { ok: false, errors };
}

/**
 * Stores a citizen's report (the caller has passed throttle, honeypot and challenge, and runs
 * this inside the transaction that spends the challenge). Returns the tracking code.
 */
export async function storePublicReport(
  tx: Queryable,
  deps: CaseDeps,
  value: z.infer<typeof CaseReportFieldsSchema>,
  screenshot: PublicReportInput['screenshot'],
  maxBytes: number,
): Promise<{ id: string; code: string }> {
  let fileId: string | null = null;
  if (screenshot) {
    const sniffed = sniffFile(screenshot.data, screenshot.fileName, IMAGE_KINDS);
    if (!sniffed.ok) throw invalid('screenshot', `Ảnh chụp màn hình: ${sniffed.message}`);
    const root = await repo.findCityRootId(tx);
    const f = await storeFile(tx, deps.blobs, { data: screenshot.data, name: screenshot.fileName, mime: sniffed.mime, purpose: 'misinfo-screenshot', ownerId: null, unitId: root, maxBytes });
    fileId = f.id;
  }
  const created = await insertWithCode(tx, {
    source: 'public', intakeUnitId: null, link: value.link, platform: value.platform, description: value.description, contact: value.contact, screenshotFileId: fileId, createdBy: null,
  });
  await recordTransition(tx, { entityType: 'misinfo_case', entityId: created.id, action: 'create', from: null, to: 'received', comment: null, actor: null });
  await recordAudit(tx, null, { action: 'case.create', entityType: 'misinfo_case', entityId: created.id, summary: `Người dân phản ánh ${created.code} qua cổng thông tin`, after: { ...value, code: created.code, screenshot: fileId } });
  await notifyUsers(deps, tx, await findUsersWithRole(tx, ['programme_manager']), null, { title: `Người dân phản ánh tin sai: ${created.code}`, body: value.link, caseId: created.id });
  return created;
}

function patchFor(action: CaseTransitionBody['action'], input: CaseTransitionBody, c: repo.CaseRow): repo.CasePatch {
  switch (action) {
    case 'triage':
      if (!input.category) throw invalid('category', 'Vui lòng chọn loại thông tin');
      return { category: input.category };
    case 'verify':
      if (!input.verificationNote) throw invalid('verificationNote', 'Vui lòng ghi kết quả xác minh');
      return { verification_note: input.verificationNote, ...(input.category ? { category: input.category } : {}) };
    case 'assign':
      if (!input.responsibleUnitId) throw invalid('responsibleUnitId', 'Vui lòng chọn đơn vị chịu trách nhiệm xử lý');
      return { responsible_unit_id: input.responsibleUnitId };
    case 'respond':
      if (!input.responseKind) throw invalid('responseKind', 'Vui lòng chọn hình thức phản hồi');
      if (!input.responseTitle) throw invalid('responseTitle', 'Vui lòng nhập tiêu đề tin cải chính, làm rõ');
      if (!input.responseUrl && !input.responseContentRef) throw invalid('responseUrl', 'Vui lòng nhập đường dẫn bài đã đăng hoặc mã tài liệu trong thư viện nội dung');
      return { response_kind: input.responseKind, response_title: input.responseTitle, response_url: input.responseUrl, response_content_ref: input.responseContentRef };
    case 'refer':
      if (!input.referralDate) throw invalid('referralDate', 'Vui lòng nhập ngày chuyển Trung tâm quốc gia');
      if (!input.referralRef) throw invalid('referralRef', 'Vui lòng nhập số hiệu, mã tiếp nhận của Trung tâm');
      if (input.referralDate < c.created_at.toISOString().slice(0, 10)) throw invalid('referralDate', 'Ngày chuyển không thể trước ngày tiếp nhận phản ánh');
      return { referral_date: input.referralDate, referral_ref: input.referralRef };
    case 'close':
      if (!input.outcome) throw invalid('outcome', 'Vui lòng ghi kết quả xử lý (người phản ánh sẽ thấy nội dung này)');
      return { outcome: input.outcome };
    case 'dismiss':
      return { outcome: input.comment ?? '' };
  }
}

/** Moves a case one step (with what that step records), audited, notified, on the lock version. */
export async function transitionCase(ctx: AuthedCtx, deps: CaseDeps, id: string, input: CaseTransitionBody): Promise<CaseView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const c = await repo.findCaseForUpdate(tx, id);
    if (!c) throw notFound('vụ việc');
    const t = computeTransition(caseWorkflow, c.status, input.action, input.comment);
    if (!(await mayTake(ctx, tx, c, t.permission))) throw new AppError('FORBIDDEN');
    if (c.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: c.lock_version });
    const patch = patchFor(t.action, input, c);
    if (patch.responsible_unit_id && !(await repo.unitExists(tx, patch.responsible_unit_id))) throw invalid('responsibleUnitId', 'Đơn vị không tồn tại');
    if (!(await repo.applyTransition(tx, id, input.lockVersion, t.to, CASE_STAGE_HOURS[t.to] ?? null, patch))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE);
    await recordTransition(tx, { entityType: 'misinfo_case', entityId: id, action: t.action, from: c.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `case.${t.action}`, entityType: 'misinfo_case', entityId: id, summary: `${t.label}: ${c.code}${input.comment ? ` (${input.comment})` : ''}`,
      before: { status: c.status }, after: { status: t.to, ...patch, comment: input.comment ?? null },
    });
    if (t.action === 'assign') {
      const users = await findUnitUsers(tx, patch.responsible_unit_id!, ['unit_editor', 'unit_approver']);
      await notifyUsers(deps, tx, users, ctx.actor.userId, { title: `Được giao xử lý phản ánh tin sai ${c.code}`, body: input.comment ?? c.link, caseId: id });
      const due = new Date(Date.now() + CASE_STAGE_HOURS.assigned! * 3600_000);
      for (const userId of users) {
        await deps.notifier.scheduleReminder(tx, {
          key: `misinfo:${id}:${userId}`, kind: 'reminder.deadline', userId, dueAt: due,
          title: `Quá hạn xử lý phản ánh tin sai ${c.code}`, body: 'Đề nghị đơn vị đăng tin cải chính, làm rõ và ghi nhận trên hệ thống.', link: `/admin/cases/${id}`, entityType: 'misinfo_case', entityId: id,
        });
      }
    }
    if (c.status === 'assigned' && c.responsible_unit_id) {
      for (const userId of await findUnitUsers(tx, c.responsible_unit_id, ['unit_editor', 'unit_approver'])) await deps.notifier.cancelReminder(tx, `misinfo:${id}:${userId}`);
    }
    if (t.action === 'respond') {
      await notifyUsers(deps, tx, await findUsersWithRole(tx, ['programme_manager']), ctx.actor.userId, { title: `${c.responsible_unit_name ?? 'Đơn vị'} đã đăng tin cải chính cho ${c.code}`, body: input.responseTitle, caseId: id });
    }
  });
  return getCase(ctx, id);
}

/** Monthly counts of a year by category and by state, in the actor's scope. */
export async function getCaseStats(ctx: AuthedCtx, year: number): Promise<CaseStats> {
  const rows = await repo.countCasesByMonth(ctx.db, year, await findReadableUnitIds(ctx.db, ctx.actor, 'case:read'));
  const emptyCat = () => Object.fromEntries([...CASE_CATEGORIES, 'unclassified'].map((k) => [k, 0]));
  const emptyOut = () => Object.fromEntries(CASE_STATUSES.map((k) => [k, 0]));
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, total: 0, byCategory: emptyCat(), byOutcome: emptyOut() }));
  const totals = { total: 0, byCategory: emptyCat(), byOutcome: emptyOut(), overdue: 0 };
  for (const r of rows) {
    const m = months[r.month - 1]!;
    const cat = r.category ?? 'unclassified';
    m.total += r.n;
    m.byCategory[cat]! += r.n;
    m.byOutcome[r.status]! += r.n;
    totals.total += r.n;
    totals.byCategory[cat]! += r.n;
    totals.byOutcome[r.status]! += r.n;
    if (r.overdue) totals.overdue += r.n;
  }
  return { year, months, totals };
}

export type PublicCase = {
  code: string;
  status: repo.CaseRow['status'];
  category: repo.CaseRow['category'];
  createdAt: Date;
  updatedAt: Date;
  responseKind: repo.CaseRow['response_kind'];
  responseTitle: string | null;
  responseUrl: string | null;
  referralDate: string | null;
  outcome: string | null;
  steps: { to: string; at: Date }[];
};

/** What the reporter sees by the tracking code: states and what was published, never who did it. */
export async function getPublicCase(db: Db, code: string): Promise<PublicCase | null> {
  const c = await repo.findCaseByCode(db, normaliseTrackingCode(code));
  if (!c) return null;
  const history = await findHistory(db, 'misinfo_case', c.id);
  return {
    code: c.code,
    status: c.status,
    category: c.category,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    responseKind: c.response_kind,
    responseTitle: c.response_title,
    responseUrl: c.response_url,
    referralDate: c.referral_date,
    outcome: c.outcome,
    steps: history.map((h) => ({ to: h.to_state, at: h.at })),
  };
}
