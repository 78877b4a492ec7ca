import { roleHasPermission } from '@lantoa/contracts/access';
import type { ActivityInput, AgreementInput, ContributionInput, PartnerInput, PartnerListQuery, PartnerView } from '@lantoa/contracts/partners';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { assertCanOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as repo from './partners.repository.ts';

const CONFLICT = 'Đối tác vừa được người khác cập nhật. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

function presentSummary(p: repo.PartnerRow) {
  return { id: p.id, name: p.name, kind: p.kind, isInternational: p.is_international, country: p.country, agreementCount: p.agreement_count, contributedVnd: Number(p.contributed_vnd), isDemo: p.is_demo };
}

const canManage = (ctx: AuthedCtx) => ctx.actor.assignments.some((a) => roleHasPermission(a.role, 'partner:manage'));

export async function findPartners(ctx: AuthedCtx, q: PartnerListQuery) {
  const { rows, total } = await repo.listPartners(ctx.db, { kind: q.kind, international: q.international, q: q.q || undefined, sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getPartner(ctx: AuthedCtx, id: string): Promise<PartnerView> {
  const p = await repo.findPartner(ctx.db, id);
  if (!p) throw notFound('đối tác');
  const [agreements, contributions, activities] = await Promise.all([repo.findAgreements(ctx.db, id), repo.findContributions(ctx.db, id), repo.findActivities(ctx.db, id)]);
  return {
    ...presentSummary(p),
    contact: p.contact, website: p.website, notes: p.notes, lockVersion: p.lock_version, canEdit: canManage(ctx),
    agreements: agreements.map((a) => ({ id: a.id, unitId: a.unit_id, unitName: a.unit_name, number: a.number, signedOn: a.signed_on, validUntil: a.valid_until, scope: a.scope })),
    contributions: contributions.map((c) => ({
      id: c.id, unitId: c.unit_id, unitName: c.unit_name, kind: c.kind, valueVnd: Number(c.value_vnd), receivedOn: c.received_on, description: c.description,
      eventId: c.event_id, eventTitle: c.event_title, modelId: c.model_id, modelTitle: c.model_title,
    })),
    activities: activities.map((a) => ({ id: a.id, eventId: a.event_id, modelId: a.model_id, title: a.title, role: a.role })),
  };
}

export async function createPartner(ctx: AuthedCtx, input: PartnerInput): Promise<PartnerView> {
  const id = await withTransaction(ctx.db, async (tx) => {
    const partnerId = await repo.insertPartner(tx, input, ctx.actor.userId);
    await recordAudit(tx, ctx.actor, { action: 'partner.create', entityType: 'partner', entityId: partnerId, summary: `Thêm đối tác ${input.name}`, after: input });
    return partnerId;
  });
  return getPartner(ctx, id);
}

export async function updatePartner(ctx: AuthedCtx, id: string, input: PartnerInput & { lockVersion: number }): Promise<PartnerView> {
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findPartner(tx, id, { forUpdate: true });
    if (!before) throw notFound('đối tác');
    const { lockVersion, ...fields } = input;
    if (!(await repo.updatePartner(tx, id, fields, lockVersion))) throw new AppError('VERSION_CONFLICT', CONFLICT, { currentLockVersion: before.lock_version });
    await recordAudit(tx, ctx.actor, { action: 'partner.update', entityType: 'partner', entityId: id, summary: `Sửa đối tác ${input.name}`, before: presentSummary(before), after: fields });
  });
  return getPartner(ctx, id);
}

/** Adds an agreement, a contribution or an activity: the unit must be one the actor manages partners for. */
async function addItem(ctx: AuthedCtx, id: string, what: string, unitId: string | null, write: (tx: Queryable) => Promise<unknown>, after: unknown): Promise<PartnerView> {
  if (unitId) await assertCanOnUnit(ctx.db, ctx.actor, 'partner:manage', unitId);
  await withTransaction(ctx.db, async (tx) => {
    const p = await repo.findPartner(tx, id, { forUpdate: true });
    if (!p) throw notFound('đối tác');
    await write(tx);
    await repo.touchPartner(tx, id);
    await recordAudit(tx, ctx.actor, { action: `partner.${what}.add`, entityType: 'partner', entityId: id, summary: `Thêm ${what === 'agreement' ? 'thỏa thuận' : what === 'contribution' ? 'đóng góp' : 'hoạt động'} của ${p.name}`, after });
  });
  return getPartner(ctx, id);
}

export async function addAgreement(ctx: AuthedCtx, id: string, input: AgreementInput): Promise<PartnerView> {
  if (!(await repo.refsExist(ctx.db, { unitId: input.unitId })).unit) throw invalid('unitId', 'Đơn vị ký không tồn tại');
  return addItem(ctx, id, 'agreement', input.unitId, (tx) => repo.insertAgreement(tx, id, input), input);
}

export async function addContribution(ctx: AuthedCtx, id: string, input: ContributionInput): Promise<PartnerView> {
  const refs = await repo.refsExist(ctx.db, input);
  if (!refs.unit) throw invalid('unitId', 'Đơn vị nhận không tồn tại');
  if (!refs.event) throw invalid('eventId', 'Sự kiện không tồn tại');
  if (!refs.model) throw invalid('modelId', 'Mô hình không tồn tại');
  return addItem(ctx, id, 'contribution', input.unitId, (tx) => repo.insertContribution(tx, id, input), input);
}

export async function addActivity(ctx: AuthedCtx, id: string, input: ActivityInput): Promise<PartnerView> {
  const refs = await repo.refsExist(ctx.db, input);
  if (!refs.event) throw invalid('eventId', 'Sự kiện không tồn tại');
  if (!refs.model) throw invalid('modelId', 'Mô hình không tồn tại');
  return addItem(ctx, id, 'activity', null, async (tx) => {
    if (!(await repo.insertActivity(tx, id, input))) throw invalid(input.eventId ? 'eventId' : 'modelId', 'Hoạt động này đã được ghi cho đối tác');
  }, input);
}

export async function removeItem(ctx: AuthedCtx, id: string, kind: 'agreement' | 'contribution' | 'activity', itemId: string): Promise<PartnerView> {
  const table = kind === 'agreement' ? 'partner_agreement' : kind === 'contribution' ? 'partner_contribution' : 'partner_activity';
  await withTransaction(ctx.db, async (tx) => {
    const p = await repo.findPartner(tx, id, { forUpdate: true });
    if (!p) throw notFound('đối tác');
    const removed = await repo.deleteItem(tx, table, id, itemId);
    if (!removed) throw notFound(kind === 'agreement' ? 'thỏa thuận' : kind === 'contribution' ? 'đóng góp' : 'hoạt động');
    if (typeof removed.unit_id === 'string') await assertCanOnUnit(tx, ctx.actor, 'partner:manage', removed.unit_id);
    await repo.touchPartner(tx, id);
    await recordAudit(tx, ctx.actor, { action: `partner.${kind}.remove`, entityType: 'partner', entityId: id, summary: `Gỡ ${kind === 'agreement' ? 'thỏa thuận' : kind === 'contribution' ? 'đóng góp' : 'hoạt động'} của ${p.name}`, before: removed });
  });
  return getPartner(ctx, id);
}
