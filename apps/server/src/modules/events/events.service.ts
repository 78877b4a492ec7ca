import type { Readable } from 'node:stream';
import type { EventInput, EventListQuery, EventView, UpdateEventBody } from '@lantoa/contracts/events';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { BlobStore } from '../../platform/storage/storage.ts';
import { storeFile } from '../../platform/files/files.service.ts';
import { sniffFile } from '../../platform/files/sniff.ts';
import { sanitizeFileName } from '../../platform/files/file-name.ts';
import * as repo from './events.repository.ts';

const CONFLICT_MESSAGE = 'Sự kiện vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';
const PHOTO_KINDS = ['jpeg', 'png', 'webp', 'gif'] as const;

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

/** An event the actor may not read answers 404, so that ids of other units' events reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.EventRow> {
  const row = await repo.findEvent(ctx.db, id);
  if (!row || !(await canOnUnit(ctx.db, ctx.actor, 'event:read', row.organiser_unit_id))) throw notFound('sự kiện');
  return row;
}

export function presentSummary(e: repo.EventRow) {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    theme: e.theme,
    startsOn: e.starts_on,
    endsOn: e.ends_on,
    place: e.place,
    organiserUnitId: e.organiser_unit_id,
    organiserUnitName: e.organiser_unit_name,
    organiserUnitCode: e.organiser_unit_code,
    registrations: e.registrations,
    attendance: e.attendance,
    productCount: e.product_count,
    coverageCount: e.coverage_count,
    isDemo: e.is_demo,
  };
}

export function presentProduct(p: repo.ProductRow) {
  return { id: p.id, eventId: p.event_id, year: p.year, name: p.name, company: p.company, category: p.category, description: p.description, link: p.link };
}

export async function findEvents(ctx: AuthedCtx, q: EventListQuery) {
  const { rows, total } = await repo.listEvents(ctx.db, {
    year: q.year, month: q.month, kind: q.kind, organiserUnitId: q.organiserUnitId, q: q.q || undefined, sort: q.sort,
    scopeUnitIds: await findReadableUnitIds(ctx.db, ctx.actor, 'event:read'), limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getEvent(ctx: AuthedCtx, id: string): Promise<EventView> {
  const e = await requireReadable(ctx, id);
  const [coverage, products, photos] = await Promise.all([repo.findCoverage(ctx.db, id), repo.findProducts(ctx.db, id), repo.findPhotos(ctx.db, id)]);
  return {
    ...presentSummary(e),
    description: e.description,
    lockVersion: e.lock_version,
    updatedAt: e.updated_at.toISOString(),
    canEdit: await canOnUnit(ctx.db, ctx.actor, 'event:manage', e.organiser_unit_id),
    coverage,
    products: products.map(presentProduct),
    photos: photos.map((p) => ({ id: p.id, fileId: p.file_id, caption: p.caption, name: p.name, url: `/api/v1/files/${p.file_id}` })),
  };
}

/** Checks that need the database: the organiser exists, one National DX Day a year. */
async function assertEventRefs(db: Queryable, input: EventInput, exceptId: string | null): Promise<void> {
  if (!(await repo.unitExists(db, input.organiserUnitId))) throw invalid('organiserUnitId', 'Đơn vị tổ chức không tồn tại');
  if (input.kind === 'national_dx_day' && (await repo.findNationalDayOfYear(db, +input.startsOn.slice(0, 4), exceptId))) {
    throw invalid('startsOn', `Ngày Chuyển đổi số quốc gia năm ${input.startsOn.slice(0, 4)} đã có trong sổ`);
  }
}

/** Writes an event with its coverage and products (inside the caller's transaction). */
export async function writeEvent(tx: Queryable, ctx: AuthedCtx, input: EventInput, existing: { id: string; lockVersion: number | null } | null, isDemo = false): Promise<string> {
  const { coverage, products, ...fields } = input;
  let id: string;
  if (existing) {
    if (!(await repo.updateEvent(tx, existing.id, fields, existing.lockVersion))) {
      const now = await repo.findEvent(tx, existing.id);
      throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: now?.lock_version ?? null });
    }
    id = existing.id;
  } else id = await repo.insertEvent(tx, fields, ctx.actor.userId, isDemo);
  await repo.replaceCoverage(tx, id, coverage);
  await repo.replaceProducts(tx, id, +input.startsOn.slice(0, 4), products);
  return id;
}

export async function createEvent(ctx: AuthedCtx, input: EventInput): Promise<EventView> {
  await assertCanOnUnit(ctx.db, ctx.actor, 'event:manage', input.organiserUnitId);
  const id = await withTransaction(ctx.db, async (tx) => {
    await assertEventRefs(tx, input, null);
    const eventId = await writeEvent(tx, ctx, input, null);
    await recordAudit(tx, ctx.actor, { action: 'event.create', entityType: 'dx_event', entityId: eventId, summary: `Thêm sự kiện ${input.title}`, after: input });
    return eventId;
  });
  return getEvent(ctx, id);
}

export async function updateEvent(ctx: AuthedCtx, id: string, input: UpdateEventBody): Promise<EventView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findEvent(tx, id, { forUpdate: true });
    if (!before) throw notFound('sự kiện');
    await assertCanOnUnit(tx, ctx.actor, 'event:manage', before.organiser_unit_id);
    // Moving an event to another organiser needs the right on both.
    if (input.organiserUnitId !== before.organiser_unit_id) await assertCanOnUnit(tx, ctx.actor, 'event:manage', input.organiserUnitId);
    const { lockVersion, ...fields } = input;
    if (lockVersion !== before.lock_version) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    await assertEventRefs(tx, fields, id);
    const oldCoverage = await repo.findCoverage(tx, id);
    const oldProducts = await repo.findProducts(tx, id);
    await writeEvent(tx, ctx, fields, { id, lockVersion });
    await recordAudit(tx, ctx.actor, {
      action: 'event.update', entityType: 'dx_event', entityId: id, summary: `Sửa sự kiện ${input.title}`,
      before: { ...presentSummary(before), description: before.description, coverage: oldCoverage, products: oldProducts.map(presentProduct) }, after: fields,
    });
  });
  return getEvent(ctx, id);
}

export async function deleteEvent(ctx: AuthedCtx, id: string): Promise<{ ok: true }> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findEvent(tx, id, { forUpdate: true });
    if (!before) throw notFound('sự kiện');
    await assertCanOnUnit(tx, ctx.actor, 'event:manage', before.organiser_unit_id);
    const products = await repo.findProducts(tx, id);
    const coverage = await repo.findCoverage(tx, id);
    await repo.deleteEvent(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'event.delete', entityType: 'dx_event', entityId: id, summary: `Xóa sự kiện ${before.title}`, before: { ...presentSummary(before), coverage, products } });
  });
  return { ok: true };
}

/**
 * A photo of the event: only images, judged by their content; stored against the organiser, so
 * that whoever may read the event may read the photo.
 */
export async function addPhoto(ctx: AuthedCtx & { blobs: BlobStore }, id: string, upload: { fileName: string; data: Buffer; caption: string | null }): Promise<EventView> {
  await requireReadable(ctx, id);
  const name = sanitizeFileName(upload.fileName);
  const sniffed = sniffFile(upload.data, name, PHOTO_KINDS);
  if (!sniffed.ok) throw new AppError('FILE_TYPE_REFUSED', `Ảnh sự kiện phải là tệp JPEG, PNG, WebP hoặc GIF. ${sniffed.message}`);
  await withTransaction(ctx.db, async (tx) => {
    const e = await repo.findEvent(tx, id, { forUpdate: true });
    if (!e) throw notFound('sự kiện');
    await assertCanOnUnit(tx, ctx.actor, 'event:manage', e.organiser_unit_id);
    const file = await storeFile(tx, ctx.blobs, { data: upload.data, name, mime: sniffed.mime, purpose: 'event-photo', ownerId: ctx.actor.userId, unitId: e.organiser_unit_id });
    const photoId = await repo.insertPhoto(tx, id, file.id, upload.caption?.trim().slice(0, 500) || null);
    await repo.bumpEventVersion(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'event.photo.add', entityType: 'dx_event', entityId: id, summary: `Thêm ảnh ${name} vào sự kiện ${e.title}`, after: { photoId, fileId: file.id, name } });
  });
  return getEvent(ctx, id);
}

export async function removePhoto(ctx: AuthedCtx, id: string, photoId: string): Promise<EventView> {
  await requireReadable(ctx, id);
  await withTransaction(ctx.db, async (tx) => {
    const e = await repo.findEvent(tx, id, { forUpdate: true });
    if (!e) throw notFound('sự kiện');
    await assertCanOnUnit(tx, ctx.actor, 'event:manage', e.organiser_unit_id);
    const removed = await repo.deletePhoto(tx, id, photoId);
    if (!removed) throw notFound('ảnh');
    await repo.bumpEventVersion(tx, id);
    await recordAudit(tx, ctx.actor, { action: 'event.photo.remove', entityType: 'dx_event', entityId: id, summary: `Gỡ ảnh ${removed.name} khỏi sự kiện ${e.title}`, before: removed });
  });
  return getEvent(ctx, id);
}

// Public portal: events and products are public information, whatever unit organised them.

export async function findPublicEventsOfMonth(db: Queryable, year: number, month: number) {
  const { rows } = await repo.listEvents(db, { year, month, sort: 'starts_on', scopeUnitIds: null, limit: 500, offset: 0 });
  return rows.map(presentSummary);
}

export async function findPublicUpcoming(db: Queryable, fromIso: string, limit: number) {
  return (await repo.listUpcoming(db, fromIso, limit)).map(presentSummary);
}

export async function getPublicEvent(db: Queryable, id: string) {
  const e = await repo.findEvent(db, id);
  if (!e) return null;
  const [coverage, products, photos] = await Promise.all([repo.findCoverage(db, id), repo.findProducts(db, id), repo.findPhotos(db, id)]);
  return { ...presentSummary(e), description: e.description, coverage, products: products.map(presentProduct), photos: photos.map((p) => ({ id: p.id, caption: p.caption, name: p.name })) };
}
export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

export async function findPublicProducts(db: Queryable, f: { year?: number; category?: string }) {
  const [rows, years] = await Promise.all([repo.listPublicProducts(db, f), repo.findProductYears(db)]);
  return { years, products: rows.map((r) => ({ ...presentProduct(r), eventTitle: r.event_title, eventStartsOn: r.event_starts_on })) };
}

/** The bytes of an event photo, for the public event page. */
export async function openPublicPhoto(db: Queryable, blobs: BlobStore, photoId: string): Promise<{ mime: string; size: number; stream: Readable } | null> {
  const ref = await repo.findEventPhotoFile(db, photoId);
  if (!ref) return null;
  const f = await repo.findStoredBlob(db, ref.file_id);
  if (!f || !(await blobs.has(f.sha256))) return null;
  return { mime: f.mime, size: f.size, stream: blobs.open(f.sha256) };
}
