import { z } from 'zod';
import {
  MEMBER_ROLE_LABELS_VI,
  MEMBER_ROLES,
  PHONE_PATTERN,
  TEAM_STATUS_LABELS_VI,
  TEAM_STATUSES,
  type MemberInput,
  type MemberRole,
  type TeamStatus,
} from '@lantoa/contracts/cdt';
import { COMMUNE_LEVEL_TYPES } from '@lantoa/contracts/org-units';
import { recordAudit } from '../../platform/audit/audit.ts';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import { insertChildUnit } from '../org-units/index.ts';
import { TEAM_COLUMNS } from './cdt.exports.ts';
import * as repo from './cdt.repository.ts';

const col = (key: keyof typeof TEAM_COLUMNS, required: boolean, expected: string): ImportColumn => ({ header: TEAM_COLUMNS[key].header, key, required, expected });
const COLUMNS = {
  communeCode: col('communeCode', true, 'Mã thống kê của xã, phường, đặc khu đang hoạt động mà bạn quản lý (như cột Mã xã, phường của tệp xuất)'),
  communeName: col('communeName', false, 'Tên xã, phường (chỉ để đọc; hệ thống dùng cột mã)'),
  teamName: col('teamName', true, 'Tên tổ, 1–300 ký tự; các dòng cùng mã xã và tên tổ là cùng một tổ'),
  servedArea: col('servedArea', true, 'Tên thôn hoặc tổ dân phố mà tổ phục vụ'),
  status: col('status', false, `${TEAM_STATUSES.map((s) => TEAM_STATUS_LABELS_VI[s]).join('; ')} (để trống: Đang hoạt động)`),
  establishedOn: col('establishedOn', false, 'Ngày dạng dd/mm/yyyy, hoặc để trống'),
  contactName: col('contactName', false, 'Họ tên người liên hệ, hoặc để trống'),
  contactPhone: col('contactPhone', false, '6–20 chữ số (có thể có dấu cách, +, (, ), -), hoặc để trống'),
  memberName: col('memberName', false, 'Họ tên một thành viên mỗi dòng; để trống nếu dòng chỉ khai báo tổ'),
  memberPhone: col('memberPhone', false, '6–20 chữ số, hoặc để trống'),
  memberRole: col('memberRole', false, `${MEMBER_ROLES.map((r) => MEMBER_ROLE_LABELS_VI[r]).join('; ')} (để trống: Thành viên)`),
  youthUnion: col('youthUnion', false, 'Có hoặc Không (để trống: Không)'),
  activeFrom: col('activeFrom', false, 'Ngày dạng dd/mm/yyyy, hoặc để trống'),
  activeTo: col('activeTo', false, 'Ngày dạng dd/mm/yyyy, không trước ngày tham gia, hoặc để trống'),
} as const;

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();
const STATUS_BY_TEXT = new Map<string, TeamStatus>(TEAM_STATUSES.flatMap((s) => [[fold(TEAM_STATUS_LABELS_VI[s]), s] as const, [s, s] as const]));
const ROLE_BY_TEXT = new Map<string, MemberRole>(MEMBER_ROLES.flatMap((r) => [[fold(MEMBER_ROLE_LABELS_VI[r]), r] as const, [r, r] as const]));
const YES = new Set(['có', 'co', 'x', 'true', '1', 'yes']);
const NO = new Set(['không', 'khong', 'false', '0', 'no', '']);

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; undefined when not a real date. */
export function parseDateCell(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  // A date cell read as its spreadsheet serial number (days since 1899-12-30).
  if (/^\d{5}$/.test(t)) return new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000).toISOString().slice(0, 10);
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

type TeamFields = repo.TeamFields;
type Group = { row: number; communeCode: string; name: string; fields: TeamFields; members: MemberInput[] };

export type TeamImportAction =
  | { op: 'create'; communeId: string; name: string; fields: TeamFields; members: MemberInput[] }
  | { op: 'update'; teamId: string; name: string; fields: TeamFields; members: MemberInput[] };

function sameMembers(a: repo.MemberRow[], b: MemberInput[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return m.full_name === n.fullName && m.phone === n.phone && m.role === n.role && m.is_youth_union === n.isYouthUnion && m.active_from === n.activeFrom && m.active_to === n.activeTo;
    })
  );
}

/**
 * Teams and their members from a spreadsheet in the export's format: rows with the same commune
 * code and team name are one team; each row with a member name is one member. A new team is
 * created under its commune; a known one gets the file's fields and exactly the file's members.
 */
export const teamImporter = defineImporter<Record<string, never>, TeamImportAction>({
  kind: 'cdt-teams',
  title: 'tổ công nghệ số cộng đồng',
  permission: 'cdt:manage',
  options: z.object({}),
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db: Queryable, ctx, rows, _o, progress) => {
    const errors = new RowErrors();
    const today = todayIso();
    const groups = new Map<string, Group>();
    for (const { row, values } of rows) {
      const v = (k: keyof typeof COLUMNS) => (values[k] ?? '').replace(/\s+/g, ' ').trim();
      const communeCode = v('communeCode');
      const name = v('teamName');
      const servedArea = v('servedArea');
      if (!communeCode) errors.add(row, COLUMNS.communeCode, 'Chưa có mã xã, phường');
      if (!name) errors.add(row, COLUMNS.teamName, 'Chưa có tên tổ');
      else if (name.length > 300) errors.add(row, COLUMNS.teamName, `Tên tổ có ${name.length} ký tự`);
      if (!servedArea) errors.add(row, COLUMNS.servedArea, 'Chưa có thôn, tổ dân phố');
      const status = v('status') ? STATUS_BY_TEXT.get(fold(v('status'))) : 'active';
      if (!status) errors.add(row, COLUMNS.status, `Không có trạng thái "${v('status')}"`);
      const establishedOn = parseDateCell(v('establishedOn'));
      if (establishedOn === undefined) errors.add(row, COLUMNS.establishedOn, `"${v('establishedOn')}" không phải ngày hợp lệ`);
      else if (establishedOn && establishedOn > today) errors.add(row, COLUMNS.establishedOn, 'Ngày thành lập sau hôm nay');
      const contactPhone = v('contactPhone') || null;
      if (contactPhone && !PHONE_PATTERN.test(contactPhone)) errors.add(row, COLUMNS.contactPhone, `Số điện thoại "${contactPhone}" không hợp lệ`);
      const fields: TeamFields = { servedArea, status: status ?? 'active', establishedOn: establishedOn ?? null, contactName: v('contactName') || null, contactPhone, note: null };

      let member: MemberInput | null = null;
      const memberName = v('memberName');
      const memberCols = ['memberPhone', 'memberRole', 'activeFrom', 'activeTo'] as const;
      if (!memberName && memberCols.some((k) => v(k))) errors.add(row, COLUMNS.memberName, 'Dòng có thông tin thành viên nhưng chưa có họ tên');
      if (memberName) {
        const phone = v('memberPhone') || null;
        if (phone && !PHONE_PATTERN.test(phone)) errors.add(row, COLUMNS.memberPhone, `Số điện thoại "${phone}" không hợp lệ`);
        const role = v('memberRole') ? ROLE_BY_TEXT.get(fold(v('memberRole'))) : 'member';
        if (!role) errors.add(row, COLUMNS.memberRole, `Không có vai trò "${v('memberRole')}"`);
        const yu = fold(v('youthUnion'));
        if (!YES.has(yu) && !NO.has(yu)) errors.add(row, COLUMNS.youthUnion, `"${v('youthUnion')}" không phải Có hoặc Không`);
        const activeFrom = parseDateCell(v('activeFrom'));
        const activeTo = parseDateCell(v('activeTo'));
        if (activeFrom === undefined) errors.add(row, COLUMNS.activeFrom, `"${v('activeFrom')}" không phải ngày hợp lệ`);
        if (activeTo === undefined) errors.add(row, COLUMNS.activeTo, `"${v('activeTo')}" không phải ngày hợp lệ`);
        else if (activeTo && activeFrom && activeTo < activeFrom) errors.add(row, COLUMNS.activeTo, 'Ngày thôi tham gia trước ngày tham gia');
        member = { fullName: memberName, phone, role: role ?? 'member', isYouthUnion: YES.has(yu), activeFrom: activeFrom ?? null, activeTo: activeTo ?? null };
      }
      if (!communeCode || !name) continue;
      const key = `${communeCode}|${name.toLowerCase()}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { row, communeCode, name, fields, members: member ? [member] : [] });
      else {
        const f = group.fields;
        if (f.servedArea !== fields.servedArea || f.status !== fields.status || f.establishedOn !== fields.establishedOn || f.contactName !== fields.contactName || f.contactPhone !== fields.contactPhone) {
          errors.add(row, COLUMNS.teamName, `Thông tin của tổ khác với dòng ${group.row}`, 'Các dòng của cùng một tổ ghi giống nhau các cột của tổ');
        }
        if (member) group.members.push(member);
      }
    }
    for (const g of groups.values()) {
      if (g.members.filter((m) => m.role === 'leader' && !m.activeTo).length > 1) errors.add(g.row, COLUMNS.memberRole, `${g.name}: có hơn một tổ trưởng đang làm nhiệm vụ`);
    }

    const communes = await repo.findCommunesByCodes(db, [...new Set([...groups.values()].map((g) => g.communeCode))], today);
    const existing = await repo.findTeamsUnder(db, [...communes.values()].map((c) => c.id), today);
    const mayManage = new Map<string, boolean>();
    const plan: ImportPlan<TeamImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    let done = 0;
    for (const g of groups.values()) {
      if (progress && ++done % 200 === 0) await progress(done, groups.size);
      const commune = communes.get(g.communeCode);
      if (!commune) {
        errors.add(g.row, COLUMNS.communeCode, `Không có xã, phường mã ${g.communeCode} đang hoạt động`);
        continue;
      }
      if (!(COMMUNE_LEVEL_TYPES as readonly string[]).includes(commune.type)) {
        errors.add(g.row, COLUMNS.communeCode, `${commune.name} không phải xã, phường, đặc khu`);
        continue;
      }
      if (!mayManage.has(commune.id)) mayManage.set(commune.id, await canOnUnit(db, ctx.actor, 'cdt:manage', commune.id));
      if (!mayManage.get(commune.id)) {
        errors.add(g.row, COLUMNS.communeCode, `Bạn không quản lý tổ công nghệ số của ${commune.name}`);
        continue;
      }
      if (errors.has(g.row)) continue;
      const teamId = existing.get(`${commune.id}|${g.name.toLowerCase()}`);
      if (!teamId) {
        plan.actions.push({ op: 'create', communeId: commune.id, name: g.name, fields: g.fields, members: g.members });
        plan.create++;
        continue;
      }
      const current = await repo.findTeam(db, teamId, today);
      const members = await repo.findMembers(db, teamId);
      const same =
        current !== null && current.served_area === g.fields.servedArea && current.status === g.fields.status && current.established_on === g.fields.establishedOn &&
        current.contact_name === g.fields.contactName && current.contact_phone === g.fields.contactPhone && sameMembers(members, g.members);
      if (same) plan.unchanged++;
      else {
        plan.actions.push({ op: 'update', teamId, name: g.name, fields: { ...g.fields, note: current?.note ?? null }, members: g.members });
        plan.update++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions, _o, progress) => {
    const today = todayIso();
    let done = 0;
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await insertChildUnit(tx, {
          parentId: a.communeId, name: a.name, type: 'cdt_team', createdBy: ctx.actor.userId,
          validFrom: a.fields.establishedOn && a.fields.establishedOn <= today ? a.fields.establishedOn : today,
        });
        await repo.insertTeam(tx, id, a.fields, ctx.actor.userId);
        await repo.replaceMembers(tx, id, a.members);
        await repo.refreshTeamDerived(tx, [id], today);
        await recordAudit(tx, ctx.actor, { action: 'cdt.team.import', entityType: 'cdt_team', entityId: id, summary: `Nhập mới ${a.name}`, after: a });
      } else {
        const before = await repo.findTeam(tx, a.teamId, today, { forUpdate: true });
        const oldMembers = await repo.findMembers(tx, a.teamId);
        await repo.updateTeam(tx, a.teamId, a.fields, before!.lock_version);
        await repo.replaceMembers(tx, a.teamId, a.members);
        await repo.refreshTeamDerived(tx, [a.teamId], today);
        await recordAudit(tx, ctx.actor, { action: 'cdt.team.import', entityType: 'cdt_team', entityId: a.teamId, summary: `Cập nhật ${a.name} từ tệp nhập`, before: { ...before, members: oldMembers }, after: a });
      }
      if (progress && ++done % 200 === 0) await progress(done, actions.length);
    }
  },
});
