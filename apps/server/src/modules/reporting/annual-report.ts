import { z } from 'zod';
import type { OfficialDocument } from '@lantoa/contracts/documents';
import type { Queryable } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { todayIso } from '../../platform/time.ts';
import { getDashboard } from './dashboard.service.ts';
import * as repo from './reporting.repository.ts';
import { BUDGET_SOURCE_LABELS_VI, type BudgetSource } from '@lantoa/contracts/plans';

export const NarrativeSchema = z.object({
  overview: z.string().trim().max(20_000).default(''),
  taskAreas: z.record(z.string().regex(/^\d+$/), z.string().trim().max(10_000)).default({}),
  difficulties: z.string().trim().max(20_000).default(''),
  proposals: z.string().trim().max(20_000).default(''),
  signerTitle: z.string().trim().max(200).default('Giám đốc'),
  signerName: z.string().trim().max(100).default(''),
  number: z.string().trim().max(20).default(''),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const fig = (v: number | null, unit: string) => (v === null ? 'Chưa có số liệu' : unit === '%' ? `${nf.format(v)}%` : `${nf.format(v)} ${unit}`);
const paragraphs = (text: string, fallback: string) =>
  (text.trim() ? text : fallback).split(/\n\s*\n/).map((t) => ({ type: 'paragraph' as const, text: t.replace(/\s*\n\s*/g, ' ').trim() }));

/**
 * The report as a format-neutral official document. Every figure is read from the system at
 * this moment: targets (the dashboard's numbers), activities per task area, budgets, reporting.
 */
export async function assembleAnnualReport(db: Queryable, year: number, narrative: Narrative): Promise<OfficialDocument> {
  const programme = await repo.findActiveProgramme(db, year);
  if (!programme) throw new AppError('NOT_FOUND', 'Chưa có đề án nào đang thực hiện');
  const root = await repo.findTopUnit(db, todayIso());
  if (!root) throw notFound('đơn vị cấp tỉnh');
  const dash = await getDashboard(db, root.id, { year, structure: 'as-of' });
  const areas = await repo.findTaskAreaActivity(db, programme.id, year);
  const budget = await repo.findPlannedBudget(db, programme.id, year);
  const e = await repo.findEstimateTotals(db, programme.id, year);
  return {
    header: { parentAgency: 'Ủy ban nhân dân thành phố Đà Nẵng', agency: 'Sở Khoa học và Công nghệ', number: narrative.number || null, symbol: 'BC-SKHCN', place: 'Đà Nẵng', date: todayIso() },
    kind: 'Báo cáo',
    summary: `Kết quả thực hiện ${programme.title} năm ${year}`,
    body: [
      { type: 'paragraph', text: `Thực hiện Quyết định số ${programme.decision_number} ngày ${programme.decision_date.split('-').reverse().join('/')} của UBND thành phố, Sở Khoa học và Công nghệ (cơ quan thường trực) báo cáo kết quả thực hiện năm ${year} như sau:` },
      { type: 'heading', level: 1, text: 'I. Tình hình triển khai' },
      ...paragraphs(narrative.overview, 'Các cơ quan, đơn vị, địa phương đã xây dựng và triển khai kế hoạch truyền thông chuyển đổi số năm theo hướng dẫn của cơ quan thường trực.'),
      { type: 'heading', level: 1, text: 'II. Kết quả thực hiện các chỉ tiêu' },
      {
        type: 'table', caption: `Bảng 1. Kết quả các chỉ tiêu năm ${year}`, unitNote: null,
        columns: [{ header: 'TT', kind: 'text', align: 'center', width: 0.6 }, { header: 'Chỉ tiêu', kind: 'text', width: 5 }, { header: 'Mục tiêu', kind: 'text', align: 'center', width: 1.4 }, { header: 'Thực hiện', kind: 'text', align: 'center', width: 1.6 }, { header: 'Đánh giá', kind: 'text', align: 'center', width: 1.3 }],
        rows: dash.indicators.map((i) => [
          String(i.targetNumber ?? ''), i.name,
          i.target === null ? '—' : i.targetMax !== null && i.targetMax !== i.target ? `${nf.format(i.target)}–${nf.format(i.targetMax)} ${i.unitLabel}` : fig(i.target, i.unitLabel),
          fig(i.value, i.unitLabel), i.met === null ? '—' : i.met ? 'Đạt' : 'Chưa đạt',
        ]),
        total: null,
      },
      { type: 'heading', level: 1, text: 'III. Kết quả theo nội dung nhiệm vụ' },
      ...areas.flatMap((a) => [
        { type: 'heading' as const, level: 2 as const, text: `${a.number}. ${a.title}` },
        { type: 'paragraph' as const, text: `${a.activities} hoạt động trong ${a.plans} kế hoạch đã được chấp nhận.${narrative.taskAreas[String(a.number)] ? ` ${narrative.taskAreas[String(a.number)]}` : ''}` },
      ]),
      { type: 'heading', level: 1, text: 'IV. Kinh phí thực hiện' },
      {
        type: 'table', caption: 'Bảng 2. Kinh phí trong các kế hoạch đã được chấp nhận', unitNote: 'Đơn vị tính: đồng',
        columns: [{ header: 'Nguồn kinh phí', kind: 'text', width: 4 }, { header: 'Kế hoạch', kind: 'number', width: 2 }],
        rows: budget.map((b) => [BUDGET_SOURCE_LABELS_VI[b.source as BudgetSource] ?? b.source, Number(b.planned)]),
        total: ['Tổng cộng', budget.reduce((sum, b) => sum + Number(b.planned), 0)],
      },
      { type: 'paragraph', text: e ? `Dự toán kinh phí các cơ quan cấp thành phố: đề xuất ${nf.format(Number(e.proposed))} đồng; Sở Tài chính thẩm định ${e.appraised === null ? 'chưa xong' : `${nf.format(Number(e.appraised))} đồng`}; UBND thành phố phê duyệt ${e.approved === null ? 'chưa có' : `${nf.format(Number(e.approved))} đồng`}.` : 'Chưa có dự toán kinh phí tổng hợp của các cơ quan cấp thành phố cho năm này.' },
      { type: 'heading', level: 1, text: 'V. Tình hình báo cáo' },
      {
        type: 'table', caption: 'Bảng 3. Báo cáo định kỳ của các đơn vị', unitNote: null,
        columns: [{ header: 'Biểu mẫu, kỳ', kind: 'text', width: 4 }, { header: 'Phải báo cáo', kind: 'number', width: 1.3 }, { header: 'Đã gửi', kind: 'number', width: 1.2 }, { header: 'Đúng hạn', kind: 'number', width: 1.2 }, { header: 'Đã tiếp nhận', kind: 'number', width: 1.3 }],
        rows: dash.completeness.map((c) => [`${c.formName} — ${c.periodLabel}`, c.expected, c.submitted, c.onTime, c.accepted]),
        total: null,
      },
      { type: 'heading', level: 1, text: 'VI. Khó khăn, vướng mắc' },
      ...paragraphs(narrative.difficulties, 'Không có.'),
      { type: 'heading', level: 1, text: 'VII. Đề xuất, kiến nghị' },
      ...paragraphs(narrative.proposals, 'Không có.'),
    ],
    recipients: ['UBND thành phố (để b/c)', 'Bộ Khoa học và Công nghệ (để b/c)', 'Các sở, ban, ngành; UBND các phường, xã, đặc khu', 'Lưu: VT, CĐS.'],
    signature: { authority: [], title: narrative.signerTitle || 'Giám đốc', name: narrative.signerName || 'Người ký' },
  };
}
