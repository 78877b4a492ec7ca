import { z } from 'zod';
import { PARTNER_KIND_LABELS_VI, PARTNER_KINDS, type PartnerInput, type PartnerKind } from '@lantoa/contracts/partners';
import { recordAudit } from '../../platform/audit/audit.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { PARTNER_COLUMNS } from './partners.exports.ts';
import * as repo from './partners.repository.ts';

const col = (key: keyof typeof PARTNER_COLUMNS, required: boolean, expected: string): ImportColumn => ({ header: PARTNER_COLUMNS[key].header, key, required, expected });
const COLUMNS = {
  name: col('name', true, 'Tên đối tác, tối đa 300 ký tự; dòng cùng tên với một đối tác đã có sẽ cập nhật đối tác đó'),
  kind: col('kind', true, `Một trong: ${PARTNER_KINDS.map((k) => PARTNER_KIND_LABELS_VI[k]).join('; ')}`),
  scope: col('scope', false, 'Trong nước hoặc Quốc tế (để trống: Trong nước)'),
  country: col('country', false, 'Quốc gia, tối đa 100 ký tự'),
  contact: col('contact', false, 'Người liên hệ, điện thoại, thư điện tử; tối đa 500 ký tự'),
  website: col('website', false, 'Địa chỉ bắt đầu bằng http:// hoặc https://, hoặc để trống'),
  notes: col('notes', false, 'Ghi chú, tối đa 4000 ký tự'),
} as const;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const KIND_BY_TEXT = new Map<string, PartnerKind>(PARTNER_KINDS.flatMap((k) => [[fold(PARTNER_KIND_LABELS_VI[k]), k] as const, [k, k] as const]));
const SCOPE_BY_TEXT = new Map<string, boolean>([['', false], ['trong nước', false], ['quốc tế', true]]);

export const PartnerImportOptionsSchema = z.object({});

export type PartnerImportAction =
  | { op: 'create'; row: number; input: PartnerInput }
  | { op: 'update'; row: number; input: PartnerInput; existingId: string; lockVersion: number };

/**
 * Partners from a spreadsheet in the export's format, matched by name (spacing and case folded):
 * a new name adds a partner, a known one gets the row's fields. Agreements, contributions and
 * activities are entered on the partner's page; their count columns in the export are ignored.
 */
export const partnerImporter = defineImporter<Record<string, never>, PartnerImportAction>({
  kind: 'partners',
  title: 'đối tác',
  permission: 'partner:manage',
  options: PartnerImportOptionsSchema,
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db, _ctx, rows) => {
    const errors = new RowErrors();
    const seen = new Map<string, number>();
    const parsed: { row: number; input: PartnerInput }[] = [];
    for (const { row, values } of rows) {
      const v = (k: keyof typeof COLUMNS) => (values[k] ?? '').trim();
      const opt = (k: keyof typeof COLUMNS, max: number, label: string) => {
        const t = v(k);
        if (t.length > max) errors.add(row, COLUMNS[k], `${label} có ${t.length} ký tự`);
        return t || null;
      };
      const name = v('name').replace(/\s+/g, ' ');
      if (!name) errors.add(row, COLUMNS.name, 'Chưa có tên đối tác');
      else if (name.length > 300) errors.add(row, COLUMNS.name, `Tên đối tác có ${name.length} ký tự`);
      const kind = KIND_BY_TEXT.get(fold(v('kind')));
      if (!v('kind')) errors.add(row, COLUMNS.kind, 'Chưa có loại đối tác');
      else if (!kind) errors.add(row, COLUMNS.kind, `Không có loại đối tác "${v('kind')}"`);
      const isInternational = SCOPE_BY_TEXT.get(fold(v('scope')));
      if (isInternational === undefined) errors.add(row, COLUMNS.scope, `"${v('scope')}" không phải Trong nước hay Quốc tế`);
      const country = opt('country', 100, 'Quốc gia');
      const contact = opt('contact', 500, 'Liên hệ');
      const notes = opt('notes', 4000, 'Ghi chú');
      const website = v('website') || null;
      if (website && !/^https?:\/\/\S+$/.test(website)) errors.add(row, COLUMNS.website, `"${website}" không phải địa chỉ trang web`);
      if (errors.has(row) || !kind || isInternational === undefined) continue;
      const key = repo.partnerKey(name);
      if (seen.has(key)) {
        errors.add(row, COLUMNS.name, `Đối tác này đã có ở dòng ${seen.get(key)}`, 'Mỗi đối tác chỉ một dòng');
        continue;
      }
      seen.set(key, row);
      parsed.push({ row, input: { name, kind, isInternational, country, contact, website, notes } });
    }
    const existing = await repo.findPartnersByNames(db, [...seen.keys()]);
    const plan: ImportPlan<PartnerImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const p of parsed) {
      const found = existing.get(repo.partnerKey(p.input.name)) ?? [];
      if (found.length > 1) {
        errors.add(p.row, COLUMNS.name, `Có ${found.length} đối tác cùng tên "${p.input.name}"`, 'Sửa trên trang của từng đối tác, hoặc đổi tên để phân biệt');
        continue;
      }
      const current = found[0];
      if (!current) {
        plan.actions.push({ op: 'create', row: p.row, input: p.input });
        plan.create++;
        continue;
      }
      const i = p.input;
      const same = current.name === i.name && current.kind === i.kind && current.is_international === i.isInternational && current.country === i.country &&
        current.contact === i.contact && current.website === i.website && current.notes === i.notes;
      if (same) plan.unchanged++;
      else {
        plan.actions.push({ op: 'update', row: p.row, input: i, existingId: current.id, lockVersion: current.lock_version });
        plan.update++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      if (a.op === 'create') {
        const id = await repo.insertPartner(tx, a.input, ctx.actor.userId);
        await recordAudit(tx, ctx.actor, { action: 'partner.create', entityType: 'partner', entityId: id, summary: `Thêm đối tác ${a.input.name} (nhập từ tệp, dòng ${a.row})`, after: a.input });
      } else {
        const before = await repo.findPartner(tx, a.existingId, { forUpdate: true });
        // The plan ran inside this same transaction, so the version cannot have moved.
        if (!before || !(await repo.updatePartner(tx, a.existingId, a.input, a.lockVersion))) throw new Error(`partner ${a.existingId} changed while importing`);
        await recordAudit(tx, ctx.actor, {
          action: 'partner.update', entityType: 'partner', entityId: a.existingId, summary: `Sửa đối tác ${a.input.name} (nhập từ tệp, dòng ${a.row})`,
          before: { name: before.name, kind: before.kind, isInternational: before.is_international, country: before.country, contact: before.contact, website: before.website, notes: before.notes },
          after: a.input,
        });
      }
    }
  },
});
