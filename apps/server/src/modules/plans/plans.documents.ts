import type { OfficialDocument } from '@lantoa/contracts/documents';
import { AUDIENCE_LABELS_VI, BUDGET_SOURCE_LABELS_VI, CHANNEL_LABELS_VI, ESTIMATE_STATUS_LABELS_VI, type EstimateView, type PlanView } from '@lantoa/contracts/plans';
import { todayIso } from '../../platform/time.ts';

const vnd = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** A unit's plan as an official document (Kế hoạch) in the decree's layout. */
export function planDocument(p: PlanView): OfficialDocument {
  const lines = [
    p.inSocioEconomicPlan ? 'Nội dung truyền thông chuyển đổi số được đưa vào kế hoạch phát triển kinh tế - xã hội của địa phương.' : null,
    p.inYearlyProgramme || p.inMidTermProgramme || p.inLongTermProgramme ? 'Nội dung truyền thông chuyển đổi số được đưa vào chương trình hoạt động của đơn vị.' : null,
  ].filter((x): x is string => Boolean(x));
  return {
    header: { parentAgency: null, agency: p.unitName, number: null, symbol: 'KH', place: 'Đà Nẵng', date: todayIso() },
    kind: 'Kế hoạch',
    summary: p.title,
    body: [
      { type: 'heading', level: 1, text: 'I. Mục đích, yêu cầu' },
      { type: 'paragraph', text: p.summary ?? `Triển khai Đề án truyền thông Chuyển đổi số năm ${p.year} tại ${p.unitName}.` },
      ...lines.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'heading', level: 1, text: 'II. Nội dung hoạt động' },
      {
        type: 'table', caption: 'Bảng 1. Các hoạt động truyền thông', unitNote: null,
        columns: [{ header: 'TT', kind: 'text', align: 'center', width: 0.6 }, { header: 'Hoạt động', kind: 'text', width: 4 }, { header: 'Nội dung', kind: 'text', align: 'center', width: 1 }, { header: 'Đối tượng, kênh', kind: 'text', width: 3 }, { header: 'Thời gian', kind: 'text', align: 'center', width: 2 }, { header: 'Sản phẩm', kind: 'text', width: 1.6 }],
        rows: p.activities.map((a, i) => [
          String(i + 1), a.title, String(a.taskAreaNumber),
          [...a.audiences.map((x) => AUDIENCE_LABELS_VI[x as keyof typeof AUDIENCE_LABELS_VI] ?? x), ...a.channels.map((x) => CHANNEL_LABELS_VI[x as keyof typeof CHANNEL_LABELS_VI] ?? x)].join('; '),
          a.periodStart || a.periodEnd ? `${dmy(a.periodStart)} – ${dmy(a.periodEnd)}` : '',
          a.outputQuantity !== null ? `${a.outputQuantity} ${a.outputUnit ?? ''}`.trim() : '',
        ]),
        total: null,
      },
      { type: 'heading', level: 1, text: 'III. Kinh phí thực hiện' },
      {
        type: 'table', caption: 'Bảng 2. Dự toán kinh phí', unitNote: 'Đơn vị tính: đồng',
        columns: [{ header: 'TT', kind: 'text', align: 'center', width: 0.6 }, { header: 'Nội dung chi', kind: 'text', width: 5 }, { header: 'Nguồn', kind: 'text', width: 2.4 }, { header: 'Số tiền', kind: 'number', width: 1.8 }],
        rows: p.budgetLines.map((l, i) => [String(i + 1), l.description, BUDGET_SOURCE_LABELS_VI[l.source], l.amount]),
        total: ['', 'Tổng cộng', '', p.totalAmount],
      },
      { type: 'heading', level: 1, text: 'IV. Tổ chức thực hiện' },
      { type: 'paragraph', text: `Các bộ phận, cá nhân được giao chủ trì triển khai các hoạt động theo kế hoạch; định kỳ báo cáo kết quả về cơ quan thường trực Đề án. Tổng kinh phí: ${vnd(p.totalAmount)} đồng.` },
    ],
    recipients: ['Sở Khoa học và Công nghệ (cơ quan thường trực)', 'Lưu: VT.'],
    signature: { authority: [], title: 'Thủ trưởng đơn vị', name: '……………………' },
  };
}

/** The consolidated estimate for UBND's approval, every step's figures side by side. */
export function estimateDocument(e: EstimateView): OfficialDocument {
  return {
    header: { parentAgency: 'Ủy ban nhân dân thành phố Đà Nẵng', agency: 'Sở Khoa học và Công nghệ', number: null, symbol: 'BC-SKHCN', place: 'Đà Nẵng', date: todayIso() },
    kind: 'Báo cáo',
    summary: `Dự toán kinh phí thực hiện Đề án truyền thông Chuyển đổi số năm ${e.year} của các cơ quan, đơn vị cấp thành phố`,
    body: [
      { type: 'paragraph', text: `Tình trạng: ${ESTIMATE_STATUS_LABELS_VI[e.status]}. Tổng đề xuất ${vnd(e.totals.proposed)} đồng${e.totals.appraised !== null ? `; Sở Tài chính thẩm định ${vnd(e.totals.appraised)} đồng` : ''}${e.totals.approved !== null ? `; UBND thành phố phê duyệt ${vnd(e.totals.approved)} đồng` : ''}.` },
      {
        type: 'table', caption: 'Bảng 1. Tổng hợp theo đơn vị', unitNote: 'Đơn vị tính: đồng',
        columns: [{ header: 'Đơn vị', kind: 'text', width: 5 }, { header: 'Đề xuất', kind: 'number', width: 2 }, { header: 'Thẩm định', kind: 'number', width: 2 }],
        rows: e.byUnit.map((u) => [u.unitName, u.proposed, u.appraised]),
        total: ['Tổng cộng', e.totals.proposed, e.totals.appraised],
      },
      {
        type: 'table', caption: 'Bảng 2. Chi tiết các dòng kinh phí', unitNote: 'Đơn vị tính: đồng',
        columns: [{ header: 'Đơn vị', kind: 'text', width: 2.6 }, { header: 'Nội dung chi', kind: 'text', width: 3.4 }, { header: 'Đề xuất', kind: 'number', width: 1.5 }, { header: 'Thẩm định', kind: 'number', width: 1.5 }, { header: 'Lý do điều chỉnh', kind: 'text', width: 2.4 }],
        rows: e.lines.map((l) => [l.unitName, l.description, l.proposedAmount, l.appraisedAmount, l.appraisalReason ?? '']),
        total: null,
      },
    ],
    recipients: ['UBND thành phố (để trình)', 'Sở Tài chính', 'Lưu: VT, CĐS.'],
    signature: { authority: ['KT. GIÁM ĐỐC'], title: 'Phó Giám đốc', name: '……………………' },
  };
}
