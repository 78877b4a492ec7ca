import type { Queryable } from '../platform/db/db.ts';

/**
 * Data elements, report forms and the 9 targets of Decision 2780 as indicators. Where a register
 * that should feed a target is not in the system yet, the indicator reads what units report, and
 * its description says so.
 */
const ELEMENTS = [
  ['CDT_TEAMS_TOTAL', 'Số tổ công nghệ số cộng đồng trên địa bàn', 'integer', 'tổ', 'latest'],
  ['CDT_TEAMS_TRAINED', 'Số tổ công nghệ số cộng đồng đã được tập huấn phương pháp, kỹ năng truyền thông', 'integer', 'tổ', 'latest'],
  ['SCHOOLS_TOTAL', 'Số trường từ trung học cơ sở trở lên trên địa bàn', 'integer', 'trường', 'latest'],
  ['SCHOOLS_DX', 'Số trường có phổ biến, báo cáo, giảng dạy ngoại khóa về chuyển đổi số', 'integer', 'trường', 'latest'],
  ['DX_ARTICLES', 'Số tin, bài, phóng sự về chuyển đổi số đã đăng, phát', 'integer', 'tin, bài', 'sum'],
  ['PEOPLE_REACHED', 'Số lượt người được tuyên truyền, hướng dẫn trực tiếp', 'integer', 'lượt', 'sum'],
  ['LEADERS_TOTAL', 'Số lãnh đạo cấp ủy, chính quyền, đoàn thể của đơn vị', 'integer', 'người', 'latest'],
  ['LEADERS_INFORMED', 'Số lãnh đạo được tuyên truyền, phổ biến về chuyển đổi số và truyền thông chuyển đổi số', 'integer', 'người', 'latest'],
  ['COMM_STAFF_TOTAL', 'Số cán bộ làm công tác truyền thông cơ sở, phóng viên, biên tập viên', 'integer', 'người', 'latest'],
  ['COMM_STAFF_TRAINED', 'Số cán bộ truyền thông được tập huấn, cập nhật kiến thức về chuyển đổi số', 'integer', 'người', 'latest'],
  ['HAS_DX_COLUMN', 'Có chuyên mục, chuyên đề "Chuyển đổi số" (1 = có, 0 = chưa có)', 'integer', null, 'latest'],
  ['REPORTER_CLASSES', 'Số lớp báo cáo viên về truyền thông chuyển đổi số đã tổ chức', 'integer', 'lớp', 'sum'],
  ['DX_MODELS', 'Số mô hình truyền thông chuyển đổi số gắn với người dân, doanh nghiệp được xây dựng, triển khai', 'integer', 'mô hình', 'sum'],
] as const;

const COMMUNE_TYPES = ['ward', 'commune', 'township', 'special_zone'];
const YEARLY_TYPES = [...COMMUNE_TYPES, 'district', 'department', 'agency', 'party_body', 'mass_organisation', 'press_agency'];

const FORMS = [
  {
    code: 'BC-CDS-QUY', name: 'Báo cáo quý về truyền thông chuyển đổi số (cấp xã)', period: 'quarter', types: COMMUNE_TYPES, deadline: 15, late: 30,
    elements: [['CDT_TEAMS_TOTAL', true], ['CDT_TEAMS_TRAINED', true], ['SCHOOLS_TOTAL', true], ['SCHOOLS_DX', true], ['DX_ARTICLES', false], ['PEOPLE_REACHED', false]],
    rules: [
      { left: 'CDT_TEAMS_TRAINED', op: '<=', right: 'CDT_TEAMS_TOTAL', message: 'Số tổ đã tập huấn không được lớn hơn tổng số tổ' },
      { left: 'SCHOOLS_DX', op: '<=', right: 'SCHOOLS_TOTAL', message: 'Số trường có ngoại khóa về CĐS không được lớn hơn tổng số trường' },
    ],
  },
  {
    code: 'BC-CDS-NAM', name: 'Báo cáo năm về thực hiện Đề án truyền thông chuyển đổi số', period: 'year', types: YEARLY_TYPES, deadline: 15, late: 45,
    elements: [['LEADERS_TOTAL', true], ['LEADERS_INFORMED', true], ['COMM_STAFF_TOTAL', false], ['COMM_STAFF_TRAINED', false], ['HAS_DX_COLUMN', false], ['REPORTER_CLASSES', false], ['DX_MODELS', false]],
    rules: [
      { left: 'LEADERS_INFORMED', op: '<=', right: 'LEADERS_TOTAL', message: 'Số lãnh đạo được phổ biến không được lớn hơn tổng số lãnh đạo' },
      { left: 'COMM_STAFF_TRAINED', op: '<=', right: 'COMM_STAFF_TOTAL', message: 'Số cán bộ được tập huấn không được lớn hơn tổng số cán bộ truyền thông' },
    ],
  },
] as const;

const FROM_REGISTER = 'Nguồn: sổ đăng ký tập huấn (lớp, học viên, đánh dấu hoàn thành)';
const INDICATORS = [
  { n: 1, code: 'T1', name: 'Tỷ lệ lãnh đạo được tuyên truyền, phổ biến về chuyển đổi số', unit: '%',
    desc: `Lãnh đạo đã hoàn thành lớp tập huấn, phổ biến kết thúc trong năm (học viên đối tượng "Lãnh đạo", tính theo đơn vị công tác của người học) / tổng số lãnh đạo đơn vị báo cáo (LEADERS_TOTAL). ${FROM_REGISTER}; chỉ tính đơn vị có báo cáo tổng số lãnh đạo.`,
    formula: { numerator: { provider: 'training_leaders_reached', params: { onlyUnitsReporting: 'LEADERS_TOTAL' } }, denominator: { provider: 'data_element', params: { element: 'LEADERS_TOTAL' } }, aggregation: 'ratio', missing: 'exclude', scale: 100 } },
  { n: 2, code: 'T2', name: 'Tỷ lệ địa phương có kế hoạch, đưa truyền thông CĐS vào kế hoạch KT-XH và bố trí kinh phí', unit: '%',
    desc: 'Địa phương (quận, huyện, phường, xã) đang hoạt động cuối kỳ có kế hoạch năm được cơ quan thường trực chấp nhận, có đưa nội dung vào kế hoạch phát triển KT-XH và kinh phí lớn hơn 0 / tổng số địa phương. Nguồn: sổ kế hoạch truyền thông.',
    formula: { numerator: { provider: 'plan_target2', params: {} }, denominator: { provider: 'units_in_group', params: { group: 'locality' } }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 3, code: 'T3', name: 'Tỷ lệ đoàn thể, tổ chức chính trị - xã hội đưa truyền thông CĐS vào chương trình hoạt động', unit: '%',
    desc: 'Đoàn thể có kế hoạch năm được chấp nhận, có đưa nội dung vào chương trình hằng năm, trung hạn hoặc dài hạn / tổng số đoàn thể. Nguồn: sổ kế hoạch truyền thông.',
    formula: { numerator: { provider: 'plan_target3', params: {} }, denominator: { provider: 'units_in_group', params: { group: 'mass_organisation' } }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 4, code: 'T4', name: 'Số lớp báo cáo viên về truyền thông chuyển đổi số trong năm', unit: 'lớp',
    desc: `Số lớp thuộc khóa loại "Lớp báo cáo viên" kết thúc trong năm, theo đơn vị tổ chức (mục tiêu: 2 lớp mỗi năm). ${FROM_REGISTER}.`,
    formula: { numerator: { provider: 'training_reporter_classes', params: {} }, denominator: null, aggregation: 'sum', missing: 'zero', scale: 1 } },
  { n: 5, code: 'T5', name: 'Tỷ lệ tổ công nghệ số cộng đồng được tập huấn kỹ năng truyền thông', unit: '%',
    desc: `Tổ công nghệ số cộng đồng (đơn vị loại "Tổ CNSCĐ" đang hoạt động cuối kỳ) có ít nhất một thành viên hoàn thành lớp kết thúc trong năm / tổng số tổ. ${FROM_REGISTER}; cách tính thứ hai (một tỷ lệ thành viên phải hoàn thành) đặt bằng tham số minShare.`,
    formula: { numerator: { provider: 'training_cdt_teams_trained', params: { minShare: null } }, denominator: { provider: 'units_in_group', params: { group: 'cdt_team' } }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 6, code: 'T6', name: 'Tỷ lệ cơ quan báo chí và truyền thông cơ sở được tập huấn về chuyển đổi số', unit: '%',
    desc: `(Cơ quan báo chí có phóng viên, biên tập viên hoàn thành lớp + địa phương cấp xã có cán bộ hoàn thành lớp tập huấn báo chí, truyền thanh cơ sở, kết thúc trong năm) / (số cơ quan báo chí + số địa phương cấp xã). ${FROM_REGISTER}.`,
    formula: { numerator: { provider: 'training_press_grassroots_trained', params: {} }, denominator: { provider: 'units_press_and_commune', params: {} }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 7, code: 'T7', name: 'Tỷ lệ cơ quan báo chí, cổng thông tin có chuyên mục, chuyên đề Chuyển đổi số', unit: '%',
    desc: 'Tử số: cơ quan báo chí và cổng thông tin có chuyên mục, chuyên đề "Chuyển đổi số" bắt đầu từ ngày cuối kỳ trở về trước. Mẫu số: mọi cơ quan báo chí (đơn vị nhóm báo chí đang hoạt động cuối kỳ, mỗi cơ quan tính một lần dù có nhiều kênh) cộng với từng cổng thông tin điện tử Thành ủy và cổng thông tin điện tử thành phố do đơn vị ngoài nhóm báo chí vận hành. Kênh của cơ quan đã hợp nhất tính cho cơ quan kế thừa. Nguồn: sổ kênh báo chí, cổng thông tin (Báo chí, cổng TT).',
    formula: { numerator: { provider: 'press_outlets_with_column', params: {} }, denominator: { provider: 'press_outlets', params: {} }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 8, code: 'T8', name: 'Tỷ lệ trường từ THCS trở lên có phổ biến, giảng dạy ngoại khóa về chuyển đổi số', unit: '%',
    desc: 'Trường (THCS, THPT, nhiều cấp, GDTX, giáo dục nghề nghiệp) có ít nhất một buổi ngoại khóa về chuyển đổi số trong năm học / tổng số trường trong sổ đang hoạt động cuối kỳ. Năm học của năm Y tính từ 01/9 năm Y−1 đến 31/8 năm Y (năm 2025 là năm học 2024–2025). Trường tính theo phường, xã trực thuộc trên cơ cấu của kỳ. Nguồn: sổ trường học.',
    formula: { numerator: { provider: 'schools_with_dx_session', params: {} }, denominator: { provider: 'schools_registered', params: {} }, aggregation: 'ratio', missing: 'zero', scale: 100 } },
  { n: 9, code: 'T9', name: 'Số mô hình truyền thông chuyển đổi số với người dân, doanh nghiệp trong năm', unit: 'mô hình',
    desc: 'Số mô hình truyền thông với người dân, doanh nghiệp bắt đầu triển khai trong năm (mục tiêu 2–3 mỗi năm), tính cho đơn vị đề xuất; nhân rộng sang đơn vị khác không tính thêm. Nguồn: sổ mô hình truyền thông (đề xuất, chấm điểm, quyết định, triển khai).',
    formula: { numerator: { provider: 'comm_models_deployed', params: {} }, denominator: null, aggregation: 'sum', missing: 'zero', scale: 1 } },
];

export async function seedReportingConfig(db: Queryable): Promise<void> {
  const exists = await db.query(`SELECT 1 FROM report_form WHERE code = 'BC-CDS-QUY'`);
  if (exists.rowCount) return;
  for (const [code, name, type, unit, agg] of ELEMENTS) {
    await db.query(
      `INSERT INTO data_element (code, name, value_type, unit_label, min_value, max_value, time_aggregation, category_set, categories)
       VALUES ($1, $2, $3, $4, 0, $5, $6, $7, $8)`,
      [code, name, type, unit, code === 'HAS_DX_COLUMN' ? 1 : null, agg, code === 'PEOPLE_REACHED' ? 'audience' : null, code === 'PEOPLE_REACHED' ? ['citizens', 'businesses', 'students', 'elderly'] : []],
    );
  }
  for (const f of FORMS) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO report_form (code, name, period_type, unit_types, deadline_day, late_days, rules) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [f.code, f.name, f.period, f.types, f.deadline, f.late, JSON.stringify(f.rules)],
    );
    for (const [i, [code, required]] of f.elements.entries()) {
      await db.query(
        `INSERT INTO report_form_element (form_id, element_id, sort, required) SELECT $1, id, $2, $3 FROM data_element WHERE code = $4`,
        [rows[0]!.id, i, required, code],
      );
    }
  }
  const prog = await db.query<{ id: string }>(`SELECT id FROM programme WHERE code = 'DA-TT-CDS-DN-2022-2025'`);
  const programmeId = prog.rows[0]?.id ?? null;
  for (const ind of INDICATORS) {
    await db.query(
      `INSERT INTO indicator (programme_id, target_number, code, valid_from_year, name, description, formula, unit_label) VALUES ($1, $2, $3, 2022, $4, $5, $6, $7)`,
      [programmeId, ind.n, ind.code, ind.name, ind.desc, JSON.stringify(ind.formula), ind.unit],
    );
  }
  // Yearly targets from the programme's targets: yearly ones every year, "by 2025" ones as the final value.
  if (programmeId) {
    const targets = await db.query<{ number: number; target_value: number; target_value_max: number | null; is_yearly: boolean }>(
      'SELECT number, target_value, target_value_max, is_yearly FROM programme_target WHERE programme_id = $1',
      [programmeId],
    );
    for (const t of targets.rows) {
      for (const year of [2022, 2023, 2024, 2025]) {
        await db.query(
          `INSERT INTO indicator_target (indicator_code, year, target_value, target_value_max, is_final) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [`T${t.number}`, year, t.target_value, t.target_value_max, year === 2025],
        );
      }
    }
  }
}
