import { EVENT_KIND_LABELS_VI, EVENT_KINDS, EventImportOptionsSchema, eventProblems, type EventInput, type EventKind } from '@lantoa/contracts/events';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { defineImporter, RowErrors, type ImportPlan } from '../../platform/imports/imports.ts';
import type { ImportColumn } from '../../platform/imports/table.ts';
import { todayIso } from '../../platform/time.ts';
import { findUnitsByCodes } from '../users/index.ts';
import * as repo from './events.repository.ts';
import { EVENT_COLUMNS } from './events.exports.ts';
import { writeEvent } from './events.service.ts';

const KIND_LIST = EVENT_KINDS.map((k) => EVENT_KIND_LABELS_VI[k]).join('; ');

const COLUMNS = {
  kind: { header: EVENT_COLUMNS.kind.header, key: 'kind', required: true, expected: `Một trong: ${KIND_LIST}` },
  title: { header: EVENT_COLUMNS.title.header, key: 'title', required: true, expected: 'Tên sự kiện, tối đa 300 ký tự' },
  theme: { header: EVENT_COLUMNS.theme.header, key: 'theme', required: false, expected: 'Chủ đề, tối đa 500 ký tự (bắt buộc với Ngày Chuyển đổi số quốc gia)' },
  startsOn: { header: EVENT_COLUMNS.startsOn.header, key: 'startsOn', required: true, expected: 'Ngày dạng dd/mm/yyyy (Ngày CĐS quốc gia: 10/10)' },
  endsOn: { header: EVENT_COLUMNS.endsOn.header, key: 'endsOn', required: false, expected: 'Ngày dạng dd/mm/yyyy, không trước ngày bắt đầu; để trống nếu diễn ra trong một ngày' },
  place: { header: EVENT_COLUMNS.place.header, key: 'place', required: false, expected: 'Địa điểm, tối đa 500 ký tự' },
  unitCode: { header: EVENT_COLUMNS.unitCode.header, key: 'unitCode', required: true, expected: 'Mã của một đơn vị mà bạn được quản lý sự kiện (như cột Mã đơn vị tổ chức của tệp xuất)' },
  registrations: { header: EVENT_COLUMNS.registrations.header, key: 'registrations', required: false, expected: 'Số nguyên không âm, hoặc để trống' },
  attendance: { header: EVENT_COLUMNS.attendance.header, key: 'attendance', required: false, expected: 'Số nguyên không âm, hoặc để trống' },
} as const satisfies Record<string, ImportColumn>;

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const KIND_BY_TEXT = new Map<string, EventKind>(EVENT_KINDS.flatMap((k) => [[fold(EVENT_KIND_LABELS_VI[k]), k] as const, [k, k] as const]));

/** dd/mm/yyyy (as exports write it) or yyyy-mm-dd; null when it is not a real day. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

function parseCount(text: string): number | null | 'bad' {
  const t = text.trim().replace(/[.\s]/g, '');
  if (!t) return null;
  return /^\d{1,8}$/.test(t) ? Number(t) : 'bad';
}

export type EventImportAction = { op: 'create' | 'update'; row: number; input: EventInput; existingId: string | null };

/**
 * Events from a spreadsheet, one per row, matched by organiser, title and start day: a new one is
 * created, a known one gets the row's fields (its coverage and products stay as they are).
 */
export const eventImporter = defineImporter<Record<string, never>, EventImportAction>({
  kind: 'events',
  title: 'sự kiện',
  permission: 'event:manage',
  options: EventImportOptionsSchema,
  columns: Object.values(COLUMNS),
  authorize: async () => undefined,

  plan: async (db, ctx, rows) => {
    const errors = new RowErrors();
    const units = await findUnitsByCodes(db, [...new Set(rows.map((r) => (r.values.unitCode ?? '').trim()).filter(Boolean))], todayIso());
    const mayManage = new Map<string, boolean>();
    const seen = new Map<string, number>();
    const parsed: { row: number; input: EventInput }[] = [];
    for (const { row, values } of rows) {
      const v = (k: keyof typeof COLUMNS) => (values[k] ?? '').trim();
      const kind = KIND_BY_TEXT.get(fold(v('kind')));
      if (!v('kind')) errors.add(row, COLUMNS.kind, 'Chưa có loại sự kiện');
      else if (!kind) errors.add(row, COLUMNS.kind, `Không có loại sự kiện "${v('kind')}"`);
      const title = v('title').replace(/\s+/g, ' ');
      if (!title) errors.add(row, COLUMNS.title, 'Chưa có tên sự kiện');
      else if (title.length > 300) errors.add(row, COLUMNS.title, `Tên sự kiện có ${title.length} ký tự`);
      const theme = v('theme') || null;
      if (theme && theme.length > 500) errors.add(row, COLUMNS.theme, `Chủ đề có ${theme.length} ký tự`);
      const startsOn = parseDay(v('startsOn'));
      if (!v('startsOn')) errors.add(row, COLUMNS.startsOn, 'Chưa có ngày bắt đầu');
      else if (!startsOn) errors.add(row, COLUMNS.startsOn, `"${v('startsOn')}" không phải một ngày có thật`);
      const endsOn = v('endsOn') ? parseDay(v('endsOn')) : startsOn;
      if (v('endsOn') && !endsOn) errors.add(row, COLUMNS.endsOn, `"${v('endsOn')}" không phải một ngày có thật`);
      const place = v('place') || null;
      if (place && place.length > 500) errors.add(row, COLUMNS.place, `Địa điểm có ${place.length} ký tự`);
      const registrations = parseCount(v('registrations'));
      if (registrations === 'bad') errors.add(row, COLUMNS.registrations, `"${v('registrations')}" không phải số nguyên không âm`);
      const attendance = parseCount(v('attendance'));
      if (attendance === 'bad') errors.add(row, COLUMNS.attendance, `"${v('attendance')}" không phải số nguyên không âm`);
      const unit = units.get(v('unitCode'));
      if (!v('unitCode')) errors.add(row, COLUMNS.unitCode, 'Chưa có mã đơn vị tổ chức');
      else if (!unit) errors.add(row, COLUMNS.unitCode, `Không có đơn vị mã ${v('unitCode')}`);
      else {
        if (!mayManage.has(unit.id)) mayManage.set(unit.id, await canOnUnit(db, ctx.actor, 'event:manage', unit.id));
        if (!mayManage.get(unit.id)) errors.add(row, COLUMNS.unitCode, `Bạn không quản lý sự kiện của ${unit.name}`);
      }
      if (errors.has(row) || !kind || !startsOn || !endsOn || !unit) continue;
      const input: EventInput = {
        kind, title, theme, startsOn, endsOn, place, organiserUnitId: unit.id, description: null,
        registrations: registrations as number | null, attendance: attendance as number | null, coverage: [], products: [],
      };
      const column = { startsOn: COLUMNS.startsOn, endsOn: COLUMNS.endsOn, theme: COLUMNS.theme } as Record<string, ImportColumn>;
      for (const p of eventProblems(input)) errors.add(row, column[p.path] ?? COLUMNS.kind, p.message);
      const key = repo.eventKey(unit.id, title, startsOn);
      if (seen.has(key)) errors.add(row, COLUMNS.title, `Sự kiện này đã có ở dòng ${seen.get(key)}`, 'Mỗi sự kiện (đơn vị, tên, ngày bắt đầu) chỉ một dòng');
      else seen.set(key, row);
      if (!errors.has(row)) parsed.push({ row, input });
    }
    const existing = await repo.findEventsByKeys(db, parsed.map((p) => ({ unitId: p.input.organiserUnitId, title: p.input.title, startsOn: p.input.startsOn })));
    const nationalYears = new Map<number, number>();
    const plan: ImportPlan<EventImportAction> = { actions: [], create: 0, update: 0, unchanged: 0, errors: errors.list };
    for (const p of parsed) {
      const current = existing.get(repo.eventKey(p.input.organiserUnitId, p.input.title, p.input.startsOn));
      if (p.input.kind === 'national_dx_day') {
        const year = +p.input.startsOn.slice(0, 4);
        const other = await repo.findNationalDayOfYear(db, year, current?.id ?? null);
        if (other || nationalYears.has(year)) {
          errors.add(p.row, COLUMNS.startsOn, `Ngày Chuyển đổi số quốc gia năm ${year} đã có${nationalYears.has(year) ? ` ở dòng ${nationalYears.get(year)}` : ' trong sổ'}`);
          continue;
        }
        nationalYears.set(year, p.row);
      }
      if (current) {
        const same = current.kind === p.input.kind && current.theme === p.input.theme && current.ends_on === p.input.endsOn && current.place === p.input.place &&
          current.registrations === p.input.registrations && current.attendance === p.input.attendance;
        if (same) {
          plan.unchanged++;
          continue;
        }
        const [coverage, products] = await Promise.all([repo.findCoverage(db, current.id), repo.findProducts(db, current.id)]);
        plan.actions.push({
          op: 'update', row: p.row, existingId: current.id,
          input: { ...p.input, description: current.description, coverage: coverage.map((c) => ({ title: c.title, url: c.url })), products: products.map((x) => ({ name: x.name, company: x.company, category: x.category, description: x.description, link: x.link })) },
        });
        plan.update++;
      } else {
        plan.actions.push({ op: 'create', row: p.row, existingId: null, input: p.input });
        plan.create++;
      }
    }
    plan.errors.sort((a, b) => a.row - b.row);
    return plan;
  },

  apply: async (tx, ctx, actions) => {
    for (const a of actions) {
      const id = await writeEvent(tx, ctx, a.input, a.existingId ? { id: a.existingId, lockVersion: null } : null);
      await recordAudit(tx, ctx.actor, {
        action: a.op === 'create' ? 'event.create' : 'event.update', entityType: 'dx_event', entityId: id,
        summary: `${a.op === 'create' ? 'Thêm' : 'Sửa'} sự kiện ${a.input.title} (nhập từ tệp, dòng ${a.row})`, after: a.input,
      });
    }
  },
});
