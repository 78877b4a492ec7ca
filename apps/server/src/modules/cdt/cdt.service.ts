import type { z } from 'zod';
import {
  MIN_TEAM_MEMBERS,
  type CreateTeamBody,
  type MemberInput,
  type SupportLog,
  type SupportLogInput,
  type SupportLogListQuerySchema,
  type SupportSummary,
  type SupportSummaryQuery,
  type SupportTotals,
  type TeamListQuery,
  type TeamView,
  type UpdateTeamBody,
} from '@lantoa/contracts/cdt';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { withTransaction, type Queryable } from '../../platform/db/db.ts';
import { findSubtreeIds } from '../../platform/db/hierarchy.ts';
import { assertCanOnUnit, canOnUnit, findReadableUnitIds } from '../../platform/auth/authorize.ts';
import { scopeRootsFor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { todayIso } from '../../platform/time.ts';
import { changeFrom, insertChildUnit, loadStructure, loadUnitsAt, type StructureNode } from '../org-units/index.ts';
import * as repo from './cdt.repository.ts';
import { emptyTotals, addToTotals, isMemberActive, teamWarnings } from './cdt.rules.ts';

const CONFLICT_MESSAGE = 'Hồ sơ tổ vừa được người khác lưu. Bản mới nhất được hiển thị; hãy nhập lại thay đổi của anh/chị trên bản đó.';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }] });
}

// ── Teams ────────────────────────────────────────────────────────────────────────────────────

/** A team the actor may not read answers 404, so that ids of other units' teams reveal nothing. */
async function requireReadable(ctx: AuthedCtx, id: string): Promise<repo.TeamRow> {
  const row = await repo.findTeam(ctx.db, id, todayIso());
  if (!row || !(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', id))) throw notFound('tổ công nghệ số cộng đồng');
  return row;
}

function presentSummary(t: repo.TeamRow) {
  return {
    id: t.unit_id,
    name: t.name,
    servedArea: t.served_area,
    status: t.status,
    communeId: t.commune_id,
    communeName: t.commune_name,
    establishedOn: t.established_on,
    memberCount: t.member_count,
    belowMinimum: t.member_count < MIN_TEAM_MEMBERS,
    contactName: t.contact_name,
    contactPhone: t.contact_phone,
    isDemo: t.is_demo,
  };
}

/** The list filter with the reader's scope applied (shared by the list and its export). */
export async function toTeamFilter(ctx: AuthedCtx, q: Omit<TeamListQuery, 'page' | 'pageSize' | 'sort'>): Promise<repo.TeamFilter> {
  const today = todayIso();
  let unitIds: string[] | null = null;
  if (q.unitId) {
    if (!(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', q.unitId))) throw notFound('đơn vị');
    unitIds = await findSubtreeIds(ctx.db, [q.unitId], today);
  }
  return {
    today,
    unitIds,
    scopeIds: unitIds ? null : await findReadableUnitIds(ctx.db, ctx.actor, 'cdt:read'),
    status: q.status,
    belowMinimum: q.belowMinimum,
    minMembers: MIN_TEAM_MEMBERS,
    q: q.q || undefined,
  };
}

export async function findTeams(ctx: AuthedCtx, q: TeamListQuery) {
  const filter = await toTeamFilter(ctx, q);
  const { rows, total } = await repo.listTeams(ctx.db, { ...filter, sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getTeam(ctx: AuthedCtx, id: string): Promise<TeamView> {
  const t = await requireReadable(ctx, id);
  const today = todayIso();
  const [members, placements, canEdit, canLog] = await Promise.all([
    repo.findMembers(ctx.db, id),
    repo.findPlacements(ctx.db, id),
    canOnUnit(ctx.db, ctx.actor, 'cdt:manage', id),
    canOnUnit(ctx.db, ctx.actor, 'cdt:log', id),
  ]);
  const presented = members.map((m) => ({
    id: m.id,
    fullName: m.full_name,
    phone: m.phone,
    role: m.role,
    isYouthUnion: m.is_youth_union,
    activeFrom: m.active_from,
    activeTo: m.active_to,
    isActive: isMemberActive(m.active_from, m.active_to, today),
  }));
  return {
    ...presentSummary(t),
    note: t.note,
    lockVersion: t.lock_version,
    updatedAt: t.updated_at.toISOString(),
    canEdit,
    canLog,
    members: presented,
    history: placements.map((p) => ({ validFrom: p.valid_from, validTo: p.valid_to, name: p.name, parentId: p.parent_id, parentName: p.parent_name })),
    warnings: teamWarnings(presented),
  };
}

async function requireCommune(db: Queryable, communeId: string, date: string): Promise<StructureNode> {
  const [unit] = await loadUnitsAt(db, [communeId], date);
  if (!unit) throw invalid('communeId', 'Xã, phường không tồn tại vào ngày hôm nay');
  if (!(COMMUNE_LEVEL_TYPES as readonly string[]).includes(unit.type)) throw invalid('communeId', 'Tổ công nghệ số cộng đồng phải thuộc một xã, phường hoặc đặc khu');
  return unit;
}

function memberRules(members: MemberInput[]): void {
  const leaders = members.filter((m) => m.role === 'leader' && !m.activeTo).length;
  if (leaders > 1) throw invalid('members', 'Một tổ chỉ có một tổ trưởng đang làm nhiệm vụ');
}

export async function createTeam(ctx: AuthedCtx, input: CreateTeamBody): Promise<TeamView> {
  const today = todayIso();
  const commune = await requireCommune(ctx.db, input.communeId, today);
  await assertCanOnUnit(ctx.db, ctx.actor, 'cdt:manage', input.communeId);
  memberRules(input.members);
  const id = await withTransaction(ctx.db, async (tx) => {
    if (await repo.findTeamIdByName(tx, input.communeId, input.name, today)) {
      throw invalid('name', `${commune.name} đã có tổ tên "${input.name}"`);
    }
    const unitId = await insertChildUnit(tx, {
      parentId: input.communeId,
      name: input.name,
      type: 'cdt_team',
      validFrom: input.establishedOn && input.establishedOn <= today ? input.establishedOn : today,
      createdBy: ctx.actor.userId,
    });
    await repo.insertTeam(tx, unitId, input, ctx.actor.userId);
    await repo.replaceMembers(tx, unitId, input.members);
    await repo.refreshTeamDerived(tx, [unitId], today);
    await recordAudit(tx, ctx.actor, { action: 'cdt.team.create', entityType: 'cdt_team', entityId: unitId, summary: `Thêm ${input.name} (${commune.name})`, after: input });
    return unitId;
  });
  return getTeam(ctx, id);
}

export async function updateTeam(ctx: AuthedCtx, id: string, input: UpdateTeamBody): Promise<TeamView> {
  await requireReadable(ctx, id);
  memberRules(input.members);
  const today = todayIso();
  await withTransaction(ctx.db, async (tx) => {
    const before = await repo.findTeam(tx, id, today, { forUpdate: true });
    if (!before) throw notFound('tổ công nghệ số cộng đồng');
    await assertCanOnUnit(tx, ctx.actor, 'cdt:manage', id);
    const { lockVersion, members, name, ...fields } = input;
    if (!(await repo.updateTeam(tx, id, fields, lockVersion))) {
      throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { currentLockVersion: before.lock_version });
    }
    if (name !== before.name) {
      if (before.commune_id && (await repo.findTeamIdByName(tx, before.commune_id, name, today))) throw invalid('name', `Xã, phường đã có tổ tên "${name}"`);
      // A new name is a new version of the unit from today: the old name stays in the history.
      await changeFrom(tx, id, today, { name }, 'Đổi tên trong sổ tổ công nghệ số cộng đồng');
    }
    const oldMembers = await repo.findMembers(tx, id);
    await repo.replaceMembers(tx, id, members);
    await repo.refreshTeamDerived(tx, [id], today);
    await recordAudit(tx, ctx.actor, {
      action: 'cdt.team.update', entityType: 'cdt_team', entityId: id, summary: `Sửa hồ sơ ${name}`,
      before: { ...presentSummary(before), note: before.note, members: oldMembers }, after: { name, ...fields, members },
    });
  });
  return getTeam(ctx, id);
}

/** Teams the actor may log support for (a member: their own team), optionally searched. */
export async function findLoggableTeams(ctx: AuthedCtx, q: { q?: string }) {
  const today = todayIso();
  const scopeIds = await findReadableUnitIds(ctx.db, ctx.actor, 'cdt:log');
  const { rows } = await repo.listTeams(ctx.db, {
    today, unitIds: null, scopeIds, status: 'active', minMembers: MIN_TEAM_MEMBERS, q: q.q || undefined, sort: 'name', limit: 50, offset: 0,
  });
  return { items: rows.map((r) => ({ id: r.unit_id, name: r.name, communeName: r.commune_name })) };
}

// ── Support logs ─────────────────────────────────────────────────────────────────────────────

function presentLog(l: repo.LogRow): SupportLog {
  return {
    id: l.id,
    teamId: l.team_unit_id,
    teamName: l.team_name,
    logDate: l.log_date,
    place: l.place,
    vneid: l.vneid,
    onlineServices: l.online_services,
    cashless: l.cashless,
    antiFraud: l.anti_fraud,
    cityApps: l.city_apps,
    total: l.people_total,
    note: l.note,
    createdByName: l.created_by_name,
    createdAt: l.created_at.toISOString(),
  };
}

/**
 * Stores a support log once. The id comes from the phone: a second send of the same log (a retry
 * after a lost answer) returns the stored record, marked as not created, and counts nothing twice.
 */
export async function createSupportLog(ctx: AuthedCtx, input: SupportLogInput): Promise<{ log: SupportLog; created: boolean }> {
  const today = todayIso();
  if (input.logDate > today) throw invalid('logDate', 'Ngày hỗ trợ không được sau hôm nay');
  const existing = await repo.findLog(ctx.db, input.id);
  if (existing) return { log: presentLog(await sameLogOrConflict(ctx, existing, input)), created: false };
  const team = await repo.findTeam(ctx.db, input.teamId, today);
  if (!team || !(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', input.teamId))) throw notFound('tổ công nghệ số cộng đồng');
  await assertCanOnUnit(ctx.db, ctx.actor, 'cdt:log', input.teamId);
  if (team.status !== 'active') throw invalid('teamId', 'Tổ đang tạm ngừng hoặc đã giải thể: không ghi nhận hỗ trợ mới');
  if ((await loadUnitsAt(ctx.db, [input.teamId], input.logDate)).length === 0) throw invalid('logDate', 'Ngày hỗ trợ trước ngày tổ được thành lập');
  const created = await withTransaction(ctx.db, async (tx) => {
    const stored = await repo.insertLog(tx, input, ctx.actor.userId);
    if (stored) {
      await recordAudit(tx, ctx.actor, {
        action: 'cdt.log.create', entityType: 'cdt_support_log', entityId: input.id,
        summary: `Ghi nhận hỗ trợ của ${team.name} ngày ${input.logDate}`, after: input,
      });
    }
    return stored;
  });
  const row = await repo.findLog(ctx.db, input.id);
  if (!created) return { log: presentLog(await sameLogOrConflict(ctx, row!, input)), created: false };
  return { log: presentLog(row!), created: true };
}

/** An id already stored answers with the stored log, if it is the same team's and readable. */
async function sameLogOrConflict(ctx: AuthedCtx, stored: repo.LogRow, input: SupportLogInput): Promise<repo.LogRow> {
  if (stored.team_unit_id !== input.teamId || !(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', stored.team_unit_id))) {
    throw new AppError('CONFLICT', 'Mã phiếu ghi này đã được dùng cho một phiếu khác; hãy tạo phiếu mới.');
  }
  return stored;
}

export async function findSupportLogs(ctx: AuthedCtx, q: z.infer<typeof SupportLogListQuerySchema>) {
  const today = todayIso();
  let teamIds: string[] | null = await findReadableUnitIds(ctx.db, ctx.actor, 'cdt:read');
  const narrow = q.teamId ?? q.unitId;
  if (narrow) {
    if (!(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', narrow))) throw notFound('đơn vị');
    teamIds = await findSubtreeIds(ctx.db, [narrow], today);
  }
  const { rows, total } = await repo.listLogs(ctx.db, { teamIds, from: q.from, to: q.to, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(presentLog), total, page: q.page, pageSize: q.pageSize };
}

// ── Summaries ────────────────────────────────────────────────────────────────────────────────

/**
 * Above this many teams a summary reads the period's logs of every team (one index range) and
 * keeps its own in memory, rather than testing each log against a long list of ids.
 */
const MANY_TEAMS = 20_000;

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * People helped per service, per commune and per month, over a month or a year, grouped on the
 * structure of `asOf` (default: the period's last day, or today while it runs): a team moved by
 * a merger counts under the commune it belonged to on that day.
 */
export async function getSupportSummary(ctx: AuthedCtx, q: SupportSummaryQuery): Promise<SupportSummary> {
  const today = todayIso();
  const from = q.month ? `${q.year}-${String(q.month).padStart(2, '0')}-01` : `${q.year}-01-01`;
  const to = q.month ? lastDayOfMonth(q.year, q.month) : `${q.year}-12-31`;
  let asOf = q.asOf ?? (to < today ? to : today);
  const roots = q.unitId ? [q.unitId] : scopeRootsFor(ctx.actor, 'cdt:read');
  if (q.unitId && !(await canOnUnit(ctx.db, ctx.actor, 'cdt:read', q.unitId))) throw notFound('đơn vị');
  let nodes = await loadNodes(ctx.db, roots, asOf);
  if (nodes.length === 0 && !q.asOf) {
    // The unit asked for did not exist yet at the end of the period: read on today's structure.
    asOf = today;
    nodes = await loadNodes(ctx.db, roots, asOf);
  }
  const teams = nodes.filter((n) => n.type === 'cdt_team');
  const teamIds = teams.map((t) => t.id);
  const [all, statuses] = await Promise.all([
    teamIds.length ? repo.aggregateLogs(ctx.db, { from, to, teamIds: teamIds.length > MANY_TEAMS ? null : teamIds }) : Promise.resolve([]),
    repo.findInactiveTeams(ctx.db),
  ]);
  const teamSet = new Set(teamIds);
  const aggregates = teamIds.length > MANY_TEAMS ? all.filter((a) => teamSet.has(a.team_unit_id)) : all;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parentIds = [...new Set(teams.map((t) => t.parentId).filter((x): x is string => !!x && !byId.has(x)))];
  for (const p of await loadUnitsAt(ctx.db, parentIds, asOf)) byId.set(p.id, p);

  const totals = emptyTotals();
  const months = new Map<number, SupportTotals>();
  const perTeam = new Map<string, SupportTotals>();
  for (const a of aggregates) {
    addToTotals(totals, a);
    addToTotals(months.get(a.month) ?? months.set(a.month, emptyTotals()).get(a.month)!, a);
    addToTotals(perTeam.get(a.team_unit_id) ?? perTeam.set(a.team_unit_id, emptyTotals()).get(a.team_unit_id)!, a);
  }
  const communes = new Map<string, SupportSummary['communes'][number]>();
  const without: SupportSummary['teamsWithoutLog'] = [];
  for (const t of teams) {
    const communeId = t.parentId ?? t.id;
    const commune = communes.get(communeId) ?? communes.set(communeId, { unitId: communeId, name: byId.get(communeId)?.name ?? '—', teams: 0, teamsWithoutLog: 0, ...emptyTotals() }).get(communeId)!;
    const active = (statuses.get(t.id) ?? 'active') === 'active';
    if (active) commune.teams++;
    const own = perTeam.get(t.id);
    if (own) addToTotals(commune, { logs: own.logs, vneid: own.vneid, online_services: own.onlineServices, cashless: own.cashless, anti_fraud: own.antiFraud, city_apps: own.cityApps });
    else if (active) {
      commune.teamsWithoutLog++;
      without.push({ id: t.id, name: t.name, communeName: byId.get(communeId)?.name ?? null });
    }
  }
  const collator = new Intl.Collator('vi');
  without.sort((a, b) => collator.compare(a.communeName ?? '', b.communeName ?? '') || collator.compare(a.name, b.name));
  return {
    year: q.year,
    month: q.month ?? null,
    from,
    to,
    asOf,
    totals,
    communes: [...communes.values()].sort((a, b) => collator.compare(a.name, b.name)),
    months: [...months.entries()].sort((a, b) => a[0] - b[0]).map(([month, t]) => ({ month, ...t })),
    teamsWithoutLog: without.slice(0, 200),
    teamsWithoutLogTotal: without.length,
  };
}

async function loadNodes(db: Queryable, roots: string[], asOf: string): Promise<StructureNode[]> {
  const seen = new Map<string, StructureNode>();
  for (const r of roots) for (const n of await loadStructure(db, r, asOf)) seen.set(n.id, n);
  return [...seen.values()];
}

/** People helped in a year per team (one service, or all), for the indicator engine. */
export async function computeSupportFacts(db: Queryable, f: { year: number; teamIds: string[] }): Promise<Map<string, SupportTotals>> {
  const out = new Map<string, SupportTotals>();
  if (f.teamIds.length === 0) return out;
  const wanted = new Set(f.teamIds);
  const rows = await repo.aggregateLogs(db, { from: `${f.year}-01-01`, to: `${f.year}-12-31`, teamIds: f.teamIds.length > MANY_TEAMS ? null : f.teamIds });
  for (const a of rows) {
    if (!wanted.has(a.team_unit_id)) continue;
    addToTotals(out.get(a.team_unit_id) ?? out.set(a.team_unit_id, emptyTotals()).get(a.team_unit_id)!, a);
  }
  return out;
}

/** The nightly recount: member end dates pass without anyone saving the team. */
export async function recountTeams(db: Queryable): Promise<number> {
  return repo.refreshTeamDerived(db, null, todayIso());
}

