import type { z } from 'zod';
import sharp from 'sharp';
import {
  CONTENT_KIND_LABELS_VI,
  type ContentInput,
  type ContentListQuerySchema,
  type ContentTransitionBodySchema,
  type ContentUsageInput,
  type ContentUsageQuerySchema,
  type ContentView,
  type UpdateContentBody,
} from '@lantoa/contracts/content';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Db, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hasPermission } from '../../platform/auth/actor.ts';
import { findAncestorIds } from '../../platform/db/hierarchy.ts';
import { todayIso } from '../../platform/time.ts';
import { availableActions, computeTransition, findHistory, recordTransition } from '../../platform/workflow/workflow.ts';
import type { Notifier } from '../../platform/notifications/notifier.ts';
import type { BlobStore } from '../../platform/storage/storage.ts';
import { storeFile, uploadFile } from '../../platform/files/files.service.ts';
import { DOCUMENT_KINDS, IMAGE_KINDS, VIDEO_KINDS, type FileKind } from '../../platform/files/sniff.ts';
import * as repo from './content.repository.ts';
import { sanitizeRichText, slugify } from './content.sanitize.ts';
import { contentWorkflow } from './content.workflow.ts';
import { notifyPublicChange } from './content.events.ts';

export type ContentDeps = { notifier: Notifier; blobs: BlobStore };

const CONFLICT_MESSAGE = 'Nội dung vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

/** Size limits per kind of file (the upload route itself stops at the largest). */
export const CONTENT_FILE_LIMITS = { image: 10 * 1024 * 1024, document: 25 * 1024 * 1024, video: 100 * 1024 * 1024 } as const;
export const CONTENT_UPLOAD_MAX = CONTENT_FILE_LIMITS.video;
const THUMB_WIDTH = 480;

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** Published items are the shared library; any other state is seen only within one's units. */
async function canRead(db: Queryable, ctx: AuthedCtx, row: repo.ItemRow): Promise<boolean> {
  if (row.status === 'published') return hasPermission(ctx.actor, 'content:read');
  return canOnUnit(db, ctx.actor, 'content:read', row.unit_id);
}

async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.ItemRow> {
  const row = await repo.findItem(ctx.db, id);
  if (!row || !(await canRead(ctx.db, ctx, row))) throw notFound('nội dung');
  return row;
}

/** Editing a draft needs content:edit on the item's unit; a public or scheduled item needs content:publish. */
function editPermission(row: Pick<repo.ItemRow, 'status'>): 'content:edit' | 'content:publish' {
  return row.status === 'published' || row.status === 'scheduled' ? 'content:publish' : 'content:edit';
}

export function presentSummary(c: repo.ItemRow) {
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    slug: c.slug,
    unitId: c.unit_id,
    unitName: c.unit_name,
    inColumn: c.in_column,
    status: c.status,
    audiences: c.audiences,
    publishAt: c.publish_at?.toISOString() ?? null,
    publishedAt: c.published_at?.toISOString() ?? null,
    updatedAt: c.updated_at.toISOString(),
    versionNo: c.version_no,
    usageCount: c.usage_count,
  };
}

export function presentFileRow(f: repo.FileRow, publicUrls: boolean) {
  const url = (id: string) => (publicUrls ? `/tep/${id}` : `/api/v1/files/${id}`);
  return {
    id: f.id,
    fileId: f.file_id,
    role: f.role,
    name: f.name,
    mime: f.mime,
    size: f.size,
    width: f.width,
    height: f.height,
    caption: f.caption,
    url: url(f.file_id),
    thumbUrl: f.thumb_file_id ? url(f.thumb_file_id) : null,
  };
}

export async function findItems(ctx: AuthedCtx, q: z.infer<typeof ContentListQuerySchema>) {
  const { rows, total } = await repo.listItems(ctx.db, {
    q: q.q || undefined, kind: q.kind, status: q.status, audience: q.audience, unitId: q.unitId, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'content:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getItem(ctx: AuthedCtx, id: string): Promise<ContentView> {
  const c = await requireReadable(ctx, id);
  const files = await repo.findFiles(ctx.db, [id]);
  const history = await findHistory(ctx.db, 'content_item', id);
  const actions = [];
  for (const t of availableActions(contentWorkflow, c.status)) {
    if (await canOnUnit(ctx.db, ctx.actor, t.permission, c.unit_id)) actions.push({ action: t.action, label: t.label, commentRequired: Boolean(t.commentRequired) });
  }
  return {
    ...presentSummary(c),
    summary: c.summary,
    bodyHtml: c.body_html,
    channels: c.channels,
    taskAreas: c.task_areas,
    tags: c.tags,
    coverFileId: c.cover_file_id,
    lockVersion: c.lock_version,
    files: files.map((f) => presentFileRow(f, false)),
    canEdit: c.status !== 'archived' && (await canOnUnit(ctx.db, ctx.actor, editPermission(c), c.unit_id)),
    actions,
    history: history.map((h) => ({ action: h.action, fromState: h.from_state, toState: h.to_state, comment: h.comment, actorName: h.actor_name, at: h.at.toISOString() })),
    publicUrl: c.status === 'published' ? `/noi-dung/${c.slug}` : null,
  };
}

function normaliseInput(input: ContentInput): repo.ItemFields {
  const { html, text } = sanitizeRichText(input.bodyHtml);
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    bodyHtml: html,
    bodyText: text,
    unitId: input.unitId,
    inColumn: input.inColumn,
    audiences: uniq(input.audiences),
    channels: uniq(input.channels),
    taskAreas: uniq(input.taskAreas).sort((a, b) => a - b),
    tags: uniq(input.tags.map((t) => t.trim()).filter(Boolean)),
    publishAt: input.publishAt,
    coverFileId: input.coverFileId,
  };
}

async function assertRefs(db: Queryable, f: repo.ItemFields, itemId: string | null): Promise<void> {
  if (!(await repo.unitExists(db, f.unitId))) throw invalid('unitId', 'Đơn vị không tồn tại');
  if (f.coverFileId) {
    const files = itemId ? await repo.findFiles(db, [itemId]) : [];
    if (!files.some((x) => x.file_id === f.coverFileId && x.role === 'image')) throw invalid('coverFileId', 'Ảnh đại diện phải là một ảnh đã tải lên của nội dung này');
  }
}

async function uniqueSlug(db: Queryable, title: string): Promise<string> {
  const base = slugify(title);
  if (!(await repo.isSlugTaken(db, base))) return base;
  for (let i = 2; i < 50; i++) if (!(await repo.isSlugTaken(db, `${base}-${i}`))) return `${base}-${i}`;
  return `${base}-${Date.now().toString(36)}`;
}

function versionData(f: repo.ItemFields, status: string) {
  return { ...f, bodyText: undefined, status };
}

export async function createItem(ctx: AuthedCtx, input: ContentInput): Promise<ContentView> {
  const f = normaliseInput(input);
  await assertRefs(ctx.db, f, null);
  await assertCanOnUnit(ctx.db, ctx.actor, 'content:edit', f.unitId);
  const id = await withTransaction(ctx.db, async (tx) => {
    const itemId = await repo.insertItem(tx, f, await uniqueSlug(tx, f.title), ctx.actor.userId);
    await repo.insertVersion(tx, { itemId, versionNo: 1, data: versionData(f, 'draft'), userId: ctx.actor.userId, userName: ctx.actor.fullName });
    await recordTransition(tx, { entityType: 'content_item', entityId: itemId, action: 'create', from: null, to: 'draft', comment: null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, { action: 'content.create', entityType: 'content_item', entityId: itemId, summary: `Thêm ${CONTENT_KIND_LABELS_VI[f.kind].toLowerCase()}: ${f.title}`, after: versionData(f, 'draft') });
    return itemId;
  });
  return getItem(ctx, id);
}

export async function updateItem(ctx: AuthedCtx, id: string, input: UpdateContentBody): Promise<ContentView> {
  await requireReadable(ctx, id);
  const { lockVersion, ...rest } = input;
  const f = normaliseInput(rest);
  await assertRefs(ctx.db, f, id);
  let wasPublic = false;
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findItem(tx, id, { forUpdate: true });
    if (!before) throw notFound('nội dung');
    if (before.status === 'archived') throw new AppError('TRANSITION_NOT_ALLOWED', 'Nội dung đã lưu trữ: hãy khôi phục thành bản nháp trước khi sửa');
    await assertCanOnUnit(tx, ctx.actor, editPermission(before), before.unit_id);
    if (f.unitId !== before.unit_id) await assertCanOnUnit(tx, ctx.actor, editPermission(before), f.unitId);
    if (!(await repo.updateItem(tx, id, f, lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    await repo.insertVersion(tx, { itemId: id, versionNo: before.version_no + 1, data: versionData(f, before.status), userId: ctx.actor.userId, userName: ctx.actor.fullName });
    await recordAudit(tx, ctx.actor, {
      action: 'content.update', entityType: 'content_item', entityId: id, summary: `Sửa ${f.title} (phiên bản ${before.version_no + 1})`,
      before: { title: before.title, summary: before.summary, bodyHtml: before.body_html, unitId: before.unit_id, inColumn: before.in_column, tags: before.tags }, after: versionData(f, before.status),
    });
    wasPublic = before.status === 'published';
  });
  if (wasPublic) notifyPublicChange();
  return getItem(ctx, id);
}

export async function transitionItem(ctx: AuthedCtx, deps: Pick<ContentDeps, 'notifier'>, id: string, input: z.infer<typeof ContentTransitionBodySchema>): Promise<ContentView> {
  await requireReadable(ctx, id);
  let publicChange = false;
  await withTransaction(ctx.db, async (tx) => {
    const c = await repo.findItem(tx, id, { forUpdate: true });
    if (!c) throw notFound('nội dung');
    const t = computeTransition(contentWorkflow, c.status, input.action, input.comment);
    if (!(await canOnUnit(tx, ctx.actor, t.permission, c.unit_id))) throw new AppError('FORBIDDEN');
    if (c.lock_version !== input.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: c.lock_version });
    if (t.action === 'schedule' && (!c.publish_at || c.publish_at.getTime() <= Date.now())) {
      throw invalid('publishAt', 'Hãy đặt thời điểm đăng trong tương lai rồi mới hẹn giờ (hoặc chọn "Đăng ngay")');
    }
    if ((t.action === 'submit' || t.action === 'publish') && !c.body_text.trim() && !c.summary && (await repo.findFiles(tx, [id])).length === 0) {
      throw invalid('bodyHtml', 'Nội dung còn trống: hãy viết nội dung, tóm tắt hoặc đính kèm tệp');
    }
    await repo.setStatus(tx, id, t.to, c.lock_version, t.action === 'publish' ? { publishAt: null } : {});
    await recordTransition(tx, { entityType: 'content_item', entityId: id, action: t.action, from: c.status, to: t.to, comment: input.comment ?? null, actor: ctx.actor });
    await recordAudit(tx, ctx.actor, {
      action: `content.${t.action}`, entityType: 'content_item', entityId: id,
      summary: `${t.label}: ${c.title} — ${c.unit_name}${input.comment ? ` (${input.comment})` : ''}`,
      before: { status: c.status }, after: { status: t.to, comment: input.comment ?? null },
    });
    // Tell whoever acts next: reviewers of the unit (and above) on submit, the unit's editors otherwise.
    const link = `/admin/content/${id}`;
    const recipients = t.action === 'submit'
      ? await repo.findUsersWithRoleOnUnits(tx, await unitAndAncestors(tx, c.unit_id), ['unit_approver', 'programme_manager'])
      : await repo.findUsersWithRoleOnUnits(tx, [c.unit_id], ['unit_editor']);
    const title = t.action === 'submit' ? `${c.unit_name} gửi duyệt: ${c.title}` : `${t.label}: ${c.title}`;
    for (const userId of recipients) {
      if (userId === ctx.actor.userId) continue;
      await deps.notifier.notify(tx, { userId, kind: 'system.message', title, body: input.comment ?? null, link, entityType: 'content_item', entityId: id });
    }
    publicChange = t.to === 'published' || c.status === 'published';
  });
  if (publicChange) notifyPublicChange();
  return getItem(ctx, id);
}

async function unitAndAncestors(db: Queryable, unitId: string): Promise<string[]> {
  const ids = await findAncestorIds(db, unitId, todayIso());
  return ids.length ? ids : [unitId];
}

export async function findVersions(ctx: AuthedCtx, id: string) {
  await requireReadable(ctx, id);
  const rows = await repo.findVersions(ctx.db, id);
  return { items: rows.map((v) => ({ versionNo: v.version_no, createdAt: v.created_at.toISOString(), createdByName: v.created_by_name, title: v.title })) };
}

export async function getVersion(ctx: AuthedCtx, id: string, versionNo: number) {
  await requireReadable(ctx, id);
  const v = await repo.findVersion(ctx.db, id, versionNo);
  if (!v) throw notFound('phiên bản');
  return { versionNo: v.version_no, createdAt: v.created_at.toISOString(), createdByName: v.created_by_name, title: v.title, data: v.data };
}

function roleOf(kind: FileKind): 'image' | 'video' | 'document' {
  if (IMAGE_KINDS.includes(kind)) return 'image';
  if (VIDEO_KINDS.includes(kind)) return 'video';
  return 'document';
}

/**
 * Attaches an uploaded file: judged by its content (a disguised program is refused), its name
 * cleaned, images measured and given a thumbnail, videos kept as uploaded.
 */
export async function addFile(ctx: AuthedCtx, deps: Pick<ContentDeps, 'blobs'>, id: string, upload: { fileName: string; data: Buffer; caption: string | null; lockVersion: number }): Promise<ContentView> {
  const c = await requireReadable(ctx, id);
  await assertCanOnUnit(ctx.db, ctx.actor, editPermission(c), c.unit_id);
  const allowed = [...DOCUMENT_KINDS.filter((k) => k !== 'csv'), ...VIDEO_KINDS];
  let publicChange = false;
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findItem(tx, id, { forUpdate: true });
    if (!before) throw notFound('nội dung');
    if (before.lock_version !== upload.lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    const { file, kind } = await uploadFile(tx, deps.blobs, ctx.actor, { fileName: upload.fileName, data: upload.data, purpose: 'content', allowed, unitId: before.unit_id, maxBytes: CONTENT_UPLOAD_MAX });
    const role = roleOf(kind);
    if (upload.data.length > CONTENT_FILE_LIMITS[role]) {
      const mb = CONTENT_FILE_LIMITS[role] / 1024 / 1024;
      throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: ${role === 'image' ? 'ảnh' : role === 'video' ? 'video' : 'tài liệu'} tối đa ${mb} MB`, { maxBytes: CONTENT_FILE_LIMITS[role] });
    }
    let width: number | null = null;
    let height: number | null = null;
    let thumbId: string | null = null;
    if (role === 'image') {
      try {
        const meta = await sharp(upload.data).metadata();
        width = meta.width ?? null;
        height = meta.height ?? null;
        const thumb = await sharp(upload.data).rotate().resize({ width: THUMB_WIDTH, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
        const stored = await storeFile(tx, deps.blobs, { data: thumb, name: `${file.name.replace(/\.[^.]+$/, '')}-anh-nho.webp`, mime: 'image/webp', purpose: 'content-thumb', ownerId: ctx.actor.userId, unitId: before.unit_id });
        thumbId = stored.id;
      } catch {
        throw new AppError('FILE_TYPE_REFUSED', 'Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh hợp lệ');
      }
    }
    await repo.insertFile(tx, { itemId: id, fileId: file.id, thumbFileId: thumbId, role, width, height, caption: upload.caption });
    await repo.bumpLock(tx, id, before.lock_version);
    await recordAudit(tx, ctx.actor, { action: 'content.file.add', entityType: 'content_item', entityId: id, summary: `Đính kèm ${file.name} vào ${before.title}`, after: { fileId: file.id, name: file.name, mime: file.mime, size: file.size } });
    publicChange = before.status === 'published';
  });
  if (publicChange) notifyPublicChange();
  return getItem(ctx, id);
}

export async function removeFile(ctx: AuthedCtx, id: string, contentFileId: string, lockVersion: number): Promise<ContentView> {
  const c = await requireReadable(ctx, id);
  await assertCanOnUnit(ctx.db, ctx.actor, editPermission(c), c.unit_id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findItem(tx, id, { forUpdate: true });
    if (!before) throw notFound('nội dung');
    if (before.lock_version !== lockVersion) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    const removed = await repo.deleteFile(tx, id, contentFileId);
    if (!removed) throw notFound('tệp đính kèm');
    if (before.cover_file_id === removed.file_id) await tx.query('UPDATE content_item SET cover_file_id = NULL WHERE id = $1', [id]);
    await repo.bumpLock(tx, id, before.lock_version);
    await recordAudit(tx, ctx.actor, { action: 'content.file.remove', entityType: 'content_item', entityId: id, summary: `Gỡ tệp ${removed.name} khỏi ${before.title}`, before: { fileId: removed.file_id, name: removed.name } });
  });
  if (c.status === 'published') notifyPublicChange();
  return getItem(ctx, id);
}

export async function recordUsage(ctx: AuthedCtx, id: string, input: ContentUsageInput) {
  const c = await requireReadable(ctx, id);
  if (!(await repo.unitExists(ctx.db, input.unitId))) throw invalid('unitId', 'Đơn vị không tồn tại');
  await assertCanOnUnit(ctx.db, ctx.actor, 'content:edit', input.unitId);
  const usageId = await withTransaction(ctx.db, async (tx) => {
    const uid = await repo.insertUsage(tx, { itemId: id, unitId: input.unitId, channel: input.channel, usedOn: input.usedOn, reach: input.reach, note: input.note, createdBy: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, { action: 'content.usage.record', entityType: 'content_item', entityId: id, summary: `Ghi nhận sử dụng ${c.title} (${input.channel})`, after: input });
    return uid;
  });
  const { rows } = await repo.listUsage(ctx.db, { itemId: id, scopeUnitIds: null, limit: 1000, offset: 0 });
  return presentUsage(rows.find((r) => r.id === usageId)!);
}

function presentUsage(u: repo.UsageRow) {
  return {
    id: u.id, itemId: u.item_id, itemTitle: u.item_title, itemKind: u.item_kind, unitId: u.unit_id, unitName: u.unit_name,
    channel: u.channel as ContentUsageInput['channel'], usedOn: u.used_on, reach: u.reach, note: u.note, createdAt: u.created_at.toISOString(),
  };
}

/** The usage log: the standing agency sees every unit, a unit its own subtree. */
export async function findUsage(ctx: AuthedCtx, q: z.infer<typeof ContentUsageQuerySchema>) {
  const r = await repo.listUsage(ctx.db, {
    itemId: q.itemId, unitId: q.unitId, channel: q.channel, year: q.year,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'content:read'),
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: r.rows.map(presentUsage), total: r.total, page: q.page, pageSize: q.pageSize,
    byItem: r.byItem.map((b) => ({ itemId: b.item_id, title: b.title, kind: b.kind, uses: b.uses, units: b.units })),
    byChannel: r.byChannel.map((b) => ({ channel: b.channel as ContentUsageInput['channel'], uses: b.uses })),
  };
}

/** Publishes scheduled items whose time has come; run every minute by the worker. */
export async function publishDueItems(db: Db, now: Date = new Date()): Promise<number> {
  const n = await withTransaction(db, async (tx) => {
    const due = await repo.findDueScheduled(tx, now);
    for (const d of due) {
      await repo.publishScheduled(tx, d.id);
      await recordTransition(tx, { entityType: 'content_item', entityId: d.id, action: 'publish', from: 'scheduled', to: 'published', comment: 'Đăng theo giờ đã hẹn', actor: null });
      await recordAudit(tx, null, { action: 'content.publish', entityType: 'content_item', entityId: d.id, summary: `Đăng theo giờ đã hẹn: ${d.title}`, before: { status: 'scheduled' }, after: { status: 'published' } });
    }
    return due.length;
  });
  if (n > 0) notifyPublicChange();
  return n;
}

/** Units that have published in their Lan Tỏa column by `asOf`: they have a DX column for target 7. */
export async function findUnitsWithColumnPost(db: Queryable, asOf: string): Promise<{ unitId: string; firstOn: string }[]> {
  return (await repo.findColumnUnitsBy(db, asOf)).map((r) => ({ unitId: r.unit_id, firstOn: r.first_on }));
}

/** Published column posts per unit per month of a year: column articles for target 7. */
export async function countColumnPosts(db: Queryable, f: { year: number; unitIds?: string[] | null }): Promise<{ unitId: string; month: number; count: number }[]> {
  const rows = await repo.countColumnPostRows(db, f);
  return rows.map((r) => ({ unitId: r.unit_id, month: r.month, count: r.n }));
}
