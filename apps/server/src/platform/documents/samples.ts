import { OfficialDocumentSchema, type OfficialDocument } from '@lantoa/contracts/documents';
import { formatVnd, vndInWords } from './words.ts';

/** Budget lines of the sample plan: content, who carries it out, when, and đồng. */
const BUDGET: [string, string, string, number][] = [
  [
    'Duy trì, cập nhật chuyên mục "Chuyển đổi số" trên Cổng thông tin điện tử thành phố',
    'Trung tâm Thông tin và Truyền thông',
    'Cả năm',
    15_000_000,
  ],
  [
    'Sản xuất 12 video clip, 24 infographic về dịch vụ công trực tuyến và kỹ năng số',
    'Phòng Chuyển đổi số',
    'Quý I – Quý III',
    35_000_000,
  ],
  [
    'Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10)',
    'Phòng Chuyển đổi số',
    'Tháng 9 – Tháng 10',
    30_000_000,
  ],
  ['Tập huấn kỹ năng truyền thông cho thành viên Tổ công nghệ số cộng đồng', 'Văn phòng Sở', 'Quý II', 25_000_000],
  ['In ấn tài liệu, pa-nô, áp phích tuyên truyền tại trụ sở phường, xã', 'Văn phòng Sở', 'Quý II', 15_000_000],
];

export const SAMPLE_BUDGET_TOTAL = BUDGET.reduce((sum, [, , , amount]) => sum + amount, 0);

/**
 * A realistic plan of Sở Khoa học và Công nghệ thành phố Đà Nẵng (which took over digital
 * transformation from Sở Thông tin và Truyền thông in 2025): title block, sections, numbered
 * items, a budget table in đồng with its total in words, nơi nhận and a deputy's signature.
 * Used by the tests and as the example of the render API.
 */
export const SAMPLE_PLAN: OfficialDocument = OfficialDocumentSchema.parse({
  header: {
    parentAgency: 'UBND thành phố Đà Nẵng',
    agency: 'Sở Khoa học và Công nghệ',
    number: '05',
    symbol: 'KH-SKHCN',
    place: 'Đà Nẵng',
    date: '2026-01-05',
  },
  kind: 'Kế hoạch',
  summary: 'Truyền thông chuyển đổi số năm 2026',
  body: [
    {
      type: 'paragraph',
      italic: true,
      text: 'Căn cứ Quyết định số 2780/QĐ-UBND ngày 28 tháng 10 năm 2022 của Ủy ban nhân dân thành phố Đà Nẵng ban hành Đề án truyền thông Chuyển đổi số tại thành phố Đà Nẵng giai đoạn 2022 – 2025;',
    },
    {
      type: 'paragraph',
      italic: true,
      text: 'Căn cứ kết quả thực hiện công tác truyền thông chuyển đổi số năm 2025 và yêu cầu nhiệm vụ năm 2026,',
    },
    {
      type: 'paragraph',
      text: 'Sở Khoa học và Công nghệ ban hành Kế hoạch truyền thông chuyển đổi số năm 2026 như sau:',
    },
    { type: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { type: 'heading', level: 2, text: '1. Mục đích' },
    {
      type: 'list',
      style: 'dash',
      items: [
        'Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về vai trò, ý nghĩa của chuyển đổi số đối với sự phát triển của thành phố sau khi sắp xếp đơn vị hành chính.',
        'Khuyến khích người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các nền tảng số của thành phố.',
      ],
    },
    { type: 'heading', level: 2, text: '2. Yêu cầu' },
    {
      type: 'list',
      style: 'dash',
      items: [
        'Nội dung truyền thông chính xác, dễ hiểu, phù hợp với từng nhóm đối tượng; hình thức đa dạng, ưu tiên các kênh số.',
        'Phân công rõ đơn vị chủ trì, thời gian thực hiện và kinh phí; bảo đảm tiết kiệm, hiệu quả.',
      ],
    },
    { type: 'heading', level: 1, text: 'II. NỘI DUNG NHIỆM VỤ' },
    {
      type: 'list',
      style: 'number',
      items: [
        'Duy trì chuyên mục "Chuyển đổi số" trên Cổng thông tin điện tử thành phố, cập nhật ít nhất 04 tin, bài mỗi tháng.',
        'Sản xuất video clip, infographic hướng dẫn sử dụng dịch vụ công trực tuyến, ứng dụng công dân số Đà Nẵng và kỹ năng an toàn trên không gian mạng.',
        'Tổ chức chuỗi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 năm 2026 tại các phường, xã.',
        'Tập huấn kỹ năng truyền thông cho thành viên các Tổ công nghệ số cộng đồng.',
      ],
    },
    { type: 'heading', level: 1, text: 'III. KINH PHÍ THỰC HIỆN' },
    {
      type: 'paragraph',
      text: `Tổng kinh phí thực hiện Kế hoạch là ${formatVnd(SAMPLE_BUDGET_TOTAL)} (${vndInWords(SAMPLE_BUDGET_TOTAL)}), từ nguồn ngân sách thành phố giao Sở Khoa học và Công nghệ năm 2026; chi tiết như sau:`,
    },
    {
      type: 'table',
      caption: 'Dự toán kinh phí truyền thông chuyển đổi số năm 2026',
      unitNote: 'Đơn vị tính: đồng',
      columns: [
        { header: 'TT', kind: 'text', align: 'center', width: 0.6 },
        { header: 'Nội dung', kind: 'text', width: 4.3 },
        { header: 'Đơn vị thực hiện', kind: 'text', width: 2.3 },
        { header: 'Thời gian', kind: 'text', align: 'center', width: 2.1 },
        { header: 'Kinh phí', kind: 'number', width: 1.8 },
      ],
      rows: BUDGET.map(([content, unit, when, amount], i) => [String(i + 1), content, unit, when, amount]),
      total: [null, 'Tổng cộng', null, null, SAMPLE_BUDGET_TOTAL],
    },
    { type: 'paragraph', italic: true, text: `(Bằng chữ: ${vndInWords(SAMPLE_BUDGET_TOTAL)})` },
    { type: 'heading', level: 1, text: 'IV. TỔ CHỨC THỰC HIỆN' },
    {
      type: 'list',
      style: 'number',
      items: [
        'Phòng Chuyển đổi số chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15 tháng 12 năm 2026.',
        'Văn phòng Sở bảo đảm kinh phí, hướng dẫn thanh toán, quyết toán theo quy định.',
        'Đề nghị Ủy ban nhân dân các phường, xã phối hợp phổ biến nội dung truyền thông đến người dân trên địa bàn.',
      ],
    },
    {
      type: 'paragraph',
      text: 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Khoa học và Công nghệ (qua Phòng Chuyển đổi số) để kịp thời xử lý./.',
    },
  ],
  recipients: [
    'UBND thành phố (để b/c);',
    'Các sở, ban, ngành thành phố;',
    'UBND các phường, xã;',
    'Giám đốc, các PGĐ Sở;',
    'Lưu: VT, CĐS.',
  ],
  signature: { authority: ['KT. GIÁM ĐỐC'], title: 'Phó Giám đốc', name: 'Nguyễn Văn Minh' },
});
