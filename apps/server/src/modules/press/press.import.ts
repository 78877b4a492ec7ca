import { z } from 'zod';
import { CHANNEL_KINDS, CHANNEL_KIND_LABELS_VI, type ChannelInput, type ChannelKind } from '@lantoa/contracts/press';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import * as repo from './press.repository.ts';
import { CHANNEL_COLUMNS, NO, YES } from './press.exports.ts';
import { checkChannelOwner } from './press.service.ts';
import { parseDay } from '../../platform/imports/days.ts';

const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const KIND_LIST = CHANNEL_KINDS.map((k) => CHANNEL_KIND_LABELS_VI[k]).join('; ');

const COLUMNS = {
  owner: { header: CHANNEL_COLUMNS.owner.header, key: 'owner', required: true, expected: 'Tên đầy đủ của một đơn vị đang hoạt động trong phạm vi bạn quản lý (như cột Đơn vị chủ quản của tệp xuất)' },
  kind: { header: CHANNEL_COLUMNS.kind.header, key: 'kind', required: true, expected: `Một trong: ${KIND_LIST}` },
  name: { header: CHANNEL_COLUMNS.name.header, key: 'name', required: true, expected: 'Tên kênh, 1–300 ký tự; mỗi đơn vị một tên một dòng' },
  url: { header: CHANNEL_COLUMNS.url.header, key: 'url', required: false, expected: 'Địa chỉ bắt đầu bằng http:// hoặc https://, hoặc để trống' },
  hasColumn: { header: CHANNEL_COLUMNS.hasColumn.header, key: 'hasColumn', required: false, expected: `${YES} hoặc ${NO} (để trống là ${NO})` },
  columnTitle: { header: CHANNEL_COLUMNS.columnTitle.header, key: 'columnTitle', required: false, expected: 'Tên chuyên mục, tối đa 300 ký tự' },
  columnUrl: { header: CHANNEL_COLUMNS.columnUrl.header, key: 'columnUrl', required: false, expected: 'Địa chỉ bắt đầu bằng http:// hoặc https://, chỉ khi có chuyên mục' },
  columnSince: { header: CHANNEL_COLUMNS.columnSince.header, key: 'columnSince', required: false, expected: 'Ngày dạng dd/mm/yyyy, bắt buộc khi có chuyên mục' },
  feedUrl: { header: CHANNEL_COLUMNS.feedUrl.header, key: 'feedUrl', required: false, expected: 'Địa chỉ RSS/Atom bắt đầu bằng http:// hoặc https://, hoặc để trống' },
} as const satisfies Record<string, ImportColumn>;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const KIND_BY_TEXT = new Map<string, ChannelKind>(CHANNEL_KINDS.flatMap((k) => [[fold(CHANNEL_KIND_LABELS_VI[k]), k] as const, [k, k] as const]));

export { parseDay };

export type ChannelImportAction = { op: 'create'; input: ChannelInput } | { op: 'update'; id: string; input: ChannelInput };

/** Units valid today whose name is one of `names` (folded), to find owners by the name the export writes. */
async function findUnitsByName(db: Queryable, names: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  if (names.length === 0) return new Map();
  const { rows } = await db.query<{ unit_id: string; name: string }>(
    `SELECT unit_id, name FROM org_unit_version WHERE lower(name) = ANY($1::text[]) AND validity @> $2::date`,
    [names, todayIso()],
  );
  const out = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) {
    const k = fold(r.name);
    out.set(k, [...(out.get(k) ?? []), { id: r.unit_id, name: r.name }]);
  }
  return out;
}

/**
 * Channels from a spreadsheet in the export's format, matched by owner unit and channel name: a
 * new pair adds a channel, a known one takes the file's kind, addresses and column. Every owner
 * must be a unit where the importer manages channels.
 */
export const channelImporter = defineImporter<Record<string, never>, ChannelImportAction>({
  kind: 'press-channels',
  title: 'kênh báo chí, cổng thông tin',
  permission: 'press:manage',
  options: z.object({}),
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db, ctx, rows) => {
    const errors = new RowErrors();
    const units = await findUnitsByName(db, [...new Set(rows.map((r) => fold(r.values.owner ?? '')).filter(Boolean))]);
    const firstRowOf = new Map<string, number>();
    const parsed: { row: number; input: ChannelInput }[] = [];
    for (const { row, values } of rows) {
      const ownerText = fold(values.owner ?? '');
      const candidates = units.get(ownerText) ?? [];
      let ownerUnitId = '';
      if (!ownerText) errors.add(row, COLUMNS.owner, 'Chưa có đơn vị chủ quản');
      else if (candidates.length === 0) errors.add(row, COLUMNS.owner, `Không có đơn vị đang hoạt động tên "${values.owner}"`);
      else if (candidates.length > 1) errors.add(row, COLUMNS.owner, `Có ${candidates.length} đơn vị cùng tên "${values.owner}"`, 'Một tên đơn vị chỉ có một đơn vị đang hoạt động; hãy nhập kênh này trên màn hình');
      else if (!(await canOnUnit(db, ctx.actor, 'press:manage', candidates[0]!.id))) errors.add(row, COLUMNS.owner, `Bạn không quản lý kênh của ${candidates[0]!.name}`);
      else ownerUnitId = candidates[0]!.id;
      const kind = KIND_BY_TEXT.get(fold(values.kind ?? ''));
      if (!values.kind) errors.add(row, COLUMNS.kind, 'Chưa có loại kênh');
      else if (!kind) errors.add(row, COLUMNS.kind, `Không có loại kênh "${values.kind}"`);
      const name = (values.name ?? '').replace(/\s+/g, ' ').trim();
      if (!name) errors.add(row, COLUMNS.name, 'Chưa có tên kênh');
      else if (name.length > 300) errors.add(row, COLUMNS.name, `Tên kênh có ${name.length} ký tự`);
      const key = `${ownerUnitId}|${name.toLowerCase()}`;
      if (ownerUnitId && name) {
        if (firstRowOf.has(key)) errors.add(row, COLUMNS.name, `Kênh "${name}" của đơn vị này đã có ở dòng ${firstRowOf.get(key)}`);
        else firstRowOf.set(key, row);
      }
      const url = (values.url ?? '').trim() || null;
      if (url && !URL_RE.test(url)) errors.add(row, COLUMNS.url, `"${url}" không phải địa chỉ web`);
      const hasText = fold(values.hasColumn ?? '');
      const hasDxColumn = hasText === fold(YES) || hasText === 'x' || hasText === '1';
      if (hasText && !hasDxColumn && hasText !== fold(NO) && hasText !== '0') errors.add(row, COLUMNS.hasColumn, `"${values.hasColumn}" không phải ${YES} hay ${NO}`);
      const columnTitle = (values.columnTitle ?? '').trim() || null;
      if (columnTitle && columnTitle.length > 300) errors.add(row, COLUMNS.columnTitle, `Tên chuyên mục có ${columnTitle.length} ký tự`);
      const columnUrl = (values.columnUrl ?? '').trim() || null;
      if (columnUrl && !URL_RE.test(columnUrl)) errors.add(row, COLUMNS.columnUrl, `"${columnUrl}" không phải địa chỉ web`);
      else if (columnUrl && !hasDxColumn) errors.add(row, COLUMNS.columnUrl, 'Có địa chỉ chuyên mục nhưng cột "Có chuyên mục" không ghi Có');
      const sinceText = (values.columnSince ?? '').trim();
      const columnSince = sinceText ? parseDay(sinceText) : null;
      if (sinceText && !columnSince) errors.add(row, COLUMNS.columnSince, `"${sinceText}" không phải ngày`);
      else if (hasDxColumn && !columnSince) errors.add(row, COLUMNS.columnSince, 'Kênh có chuyên mục cần ngày bắt đầu');
      else if (columnSince && !hasDxColumn) errors.add(row, COLUMNS.columnSince, 'Có ngày bắt đầu nhưng cột "Có chuyên mục" không ghi Có');
      const feedUrl = (values.feedUrl ?? '').trim() || null;
      if (feedUrl && !URL_RE.test(feedUrl)) errors.add(row, COLUMNS.feedUrl, `"${feedUrl}" không phải địa chỉ web`);
      if (errors.has(row) || !kind) continue;
      const input: ChannelInput = { ownerUnitId, kind, name, url, hasDxColumn, columnTitle, columnUrl, columnSince, feedUrl };
      const ownerProblem = await checkChannelOwner(db, input);
      if (ownerProblem) {
        errors.add(row, COLUMNS.kind, ownerProblem);
        continue;
      }
      parsed.push({ row, input });
    }
    const existing = await repo.findChannelsByOwnerAndName(db, parsed.map((p) => ({ ownerUnitId: p.input.ownerUnitId, name: p.input.name })));
    const plan: ImportPlan<ChannelImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const { input } of parsed) {
      const before = existing.get(`${input.ownerUnitId}|${input.name.toLowerCase()}`);
      if (!before) {
        plan.actions.push({ op: 'create', input });
        plan.create++;
        continue;
      }
      const same = before.kind === input.kind && before.url === input.url && before.has_dx_column === input.hasDxColumn && before.column_title === input.columnTitle
        && before.column_url === input.columnUrl && before.column_since === input.columnSince && before.feed_url === input.feedUrl;
      if (same) plan.unchanged++;
      else {
        plan.actions.push({ op: 'update', id: before.id, input });
        plan.update++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertChannel(tx, a.input, ctx.actor.userId);
        await recordAudit(tx, ctx.actor, { action: 'press.channel.create', entityType: 'press_channel', entityId: id, summary: `Nhập kênh ${a.input.name} từ tệp`, after: a.input });
      } else {
        const current = await repo.findChannel(tx, a.id, { forUpdate: true });
        await repo.updateChannel(tx, a.id, a.input, current!.lock_version);
        await recordAudit(tx, ctx.actor, { action: 'press.channel.update', entityType: 'press_channel', entityId: a.id, summary: `Cập nhật kênh ${a.input.name} từ tệp`, after: a.input });
      }
    }
  },
});
