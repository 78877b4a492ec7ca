import { MEMBER_ROLE_LABELS_VI, TEAM_STATUS_LABELS_VI, TeamExportQuerySchema } from '@lantoa/contracts/cdt';
import { defineExportSource } from '../../platform/exports/exports.ts';
import type { ColumnSpec } from '../../platform/exports/exporter.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import * as repo from './cdt.repository.ts';
import { toTeamFilter } from './cdt.service.ts';

/**
 * Columns of the team register export: one row per member, the team's fields repeated (a team
 * without members has one row). The import reads the same headers, so an export imports back.
 */
export const TEAM_COLUMNS = {
  communeCode: { header: 'Mã xã, phường', key: 'communeCode', type: 'text', width: 14 },
  communeName: { header: 'Xã, phường', key: 'communeName', type: 'text', width: 28 },
  teamName: { header: 'Tên tổ', key: 'teamName', type: 'text', width: 40 },
  servedArea: { header: 'Thôn, tổ dân phố', key: 'servedArea', type: 'text', width: 28 },
  status: { header: 'Trạng thái', key: 'status', type: 'text', width: 16 },
  establishedOn: { header: 'Ngày thành lập', key: 'establishedOn', type: 'date', width: 14 },
  contactName: { header: 'Người liên hệ', key: 'contactName', type: 'text', width: 24 },
  contactPhone: { header: 'Điện thoại liên hệ', key: 'contactPhone', type: 'text', width: 16 },
  memberName: { header: 'Thành viên', key: 'memberName', type: 'text', width: 28 },
  memberPhone: { header: 'Điện thoại thành viên', key: 'memberPhone', type: 'text', width: 16 },
  memberRole: { header: 'Vai trò trong tổ', key: 'memberRole', type: 'text', width: 14 },
  youthUnion: { header: 'Đoàn viên', key: 'youthUnion', type: 'boolean', width: 10 },
  activeFrom: { header: 'Tham gia từ', key: 'activeFrom', type: 'date', width: 14 },
  activeTo: { header: 'Tham gia đến', key: 'activeTo', type: 'date', width: 14 },
} as const satisfies Record<string, ColumnSpec>;

/** GET /api/v1/cdt/teams/export: the teams of the list's filter, with their members. */
export const teamListExport = defineExportSource({
  name: 'cdt-teams',
  title: 'Tổ công nghệ số cộng đồng',
  query: TeamExportQuerySchema.omit({ format: true }),
  columns: Object.values(TEAM_COLUMNS),
  count: async (ctx: AuthedCtx, q) => repo.countTeams(ctx.db, await toTeamFilter(ctx, q)),
  rows: async function* (ctx: AuthedCtx, q) {
    const filter = await toTeamFilter(ctx, q);
    for await (const batch of repo.streamTeamsWithMembers(ctx.db, { ...filter, sort: q.sort })) {
      yield batch.flatMap((t) => {
        const team = {
          communeCode: t.commune_code,
          communeName: t.commune_name,
          teamName: t.name,
          servedArea: t.served_area,
          status: TEAM_STATUS_LABELS_VI[t.status],
          establishedOn: t.established_on,
          contactName: t.contact_name,
          contactPhone: t.contact_phone,
        };
        if (t.members.length === 0) return [team];
        return t.members.map((m) => ({
          ...team,
          memberName: m.full_name,
          memberPhone: m.phone,
          memberRole: MEMBER_ROLE_LABELS_VI[m.role],
          youthUnion: m.is_youth_union,
          activeFrom: m.active_from,
          activeTo: m.active_to,
        }));
      });
    }
  },
});
