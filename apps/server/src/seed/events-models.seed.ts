import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo events, Make in Da Nang products, communication models and partners for 2022–2025, every
 * row marked as demo (is_demo, and "(dữ liệu mẫu)" in its text). The themes of National DX Day
 * are written as remembered and marked for checking against the ministry's announcements.
 * Set-based: a handful of statements, whatever the size.
 */
const DEMO = '(dữ liệu mẫu)';
const CHECK_THEME = '(dữ liệu mẫu — đối chiếu chủ đề chính thức của Bộ)';

type DemoEvent = { key: string; kind: string; title: string; theme: string | null; starts: string; ends: string; place: string; unit: string; reg: number | null; att: number | null };

const EVENTS: DemoEvent[] = [
  { key: 'ndx22', kind: 'national_dx_day', title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 2022', theme: `Chuyển đổi số toàn dân, toàn diện ${CHECK_THEME}`, starts: '2022-10-10', ends: '2022-10-10', place: 'Trung tâm Hành chính thành phố', unit: 'agency:so-tttt', reg: 600, att: 540 },
  { key: 'ndx23', kind: 'national_dx_day', title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 2023', theme: `Khai thác dữ liệu số để tạo giá trị mới ${CHECK_THEME}`, starts: '2023-10-10', ends: '2023-10-10', place: 'Trung tâm Hành chính thành phố', unit: 'agency:so-tttt', reg: 800, att: 720 },
  { key: 'ndx24', kind: 'national_dx_day', title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 2024', theme: `Phát triển kinh tế số để tăng trưởng nhanh và bền vững ${CHECK_THEME}`, starts: '2024-10-10', ends: '2024-10-10', place: 'Cung Thể thao Tiên Sơn', unit: 'agency:so-tttt', reg: 1200, att: 1050 },
  { key: 'ndx25', kind: 'national_dx_day', title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 2025', theme: `Chuyển đổi số toàn dân, toàn diện, lấy người dân làm trung tâm ${CHECK_THEME}`, starts: '2025-10-10', ends: '2025-10-10', place: 'Trung tâm Hành chính thành phố', unit: 'agency:so-khcn', reg: 1500, att: 1320 },
  { key: 'dn23', kind: 'danang_dx_day', title: 'Ngày Chuyển đổi số thành phố Đà Nẵng 2023', theme: 'Công bố sản phẩm Make in Da Nang', starts: '2023-10-12', ends: '2023-10-13', place: 'Cung Hội nghị Quốc tế Ariyana', unit: 'agency:so-tttt', reg: 900, att: 830 },
  { key: 'dn24', kind: 'danang_dx_day', title: 'Ngày Chuyển đổi số thành phố Đà Nẵng 2024', theme: 'Công bố sản phẩm Make in Da Nang', starts: '2024-10-11', ends: '2024-10-12', place: 'Cung Hội nghị Quốc tế Ariyana', unit: 'agency:so-tttt', reg: 1100, att: 1010 },
  { key: 'dn25', kind: 'danang_dx_day', title: 'Ngày Chuyển đổi số thành phố Đà Nẵng 2025', theme: 'Công bố sản phẩm Make in Da Nang', starts: '2025-10-14', ends: '2025-10-15', place: 'Trung tâm Hội chợ Triển lãm Đà Nẵng', unit: 'agency:so-khcn', reg: 1400, att: 1280 },
  { key: 'conf24', kind: 'conference', title: 'Hội thảo Truyền thông chuyển đổi số cơ sở', theme: null, starts: '2024-05-21', ends: '2024-05-21', place: 'Hội trường Sở Thông tin và Truyền thông', unit: 'agency:so-tttt', reg: 250, att: 231 },
  { key: 'contest24', kind: 'contest', title: 'Cuộc thi Tìm hiểu chuyển đổi số cho học sinh THCS, THPT', theme: null, starts: '2024-03-01', ends: '2024-04-30', place: 'Trực tuyến', unit: 'agency:so-tttt', reg: 12500, att: 11800 },
  { key: 'camp25', kind: 'campaign', title: 'Chiến dịch "Mỗi gia đình một tài khoản định danh điện tử" tại Hải Châu', theme: null, starts: '2025-08-01', ends: '2025-08-31', place: 'Các khu dân cư phường Hải Châu', unit: 'gso2025:20242', reg: null, att: 4200 },
  { key: 'camp25b', kind: 'campaign', title: 'Tuần lễ thanh toán không dùng tiền mặt ở chợ Hàn', theme: null, starts: '2025-11-17', ends: '2025-11-23', place: 'Chợ Hàn', unit: 'gso2025:20242', reg: null, att: 900 },
  { key: 'conf26', kind: 'conference', title: 'Hội nghị sơ kết truyền thông chuyển đổi số 6 tháng đầu năm 2026', theme: null, starts: '2026-07-15', ends: '2026-07-15', place: 'Trung tâm Hành chính thành phố', unit: 'agency:so-khcn', reg: 300, att: null },
  { key: 'ndx26', kind: 'national_dx_day', title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia 2026', theme: `Chủ đề năm 2026 ${DEMO}`, starts: '2026-10-10', ends: '2026-10-10', place: 'Trung tâm Hành chính thành phố', unit: 'agency:so-khcn', reg: null, att: null },
  { key: 'dn26', kind: 'danang_dx_day', title: 'Ngày Chuyển đổi số thành phố Đà Nẵng 2026', theme: 'Công bố sản phẩm Make in Da Nang', starts: '2026-12-10', ends: '2026-12-11', place: 'Cung Hội nghị Quốc tế Ariyana', unit: 'agency:so-khcn', reg: 600, att: null },
];

const P = (event: string, name: string, company: string, category: string, description: string) => ({ event, name, company, category, description });
const PRODUCTS = [
  P('dn23', 'Nền tảng hỏi đáp công dân DaNang Smart', 'Công ty CP Công nghệ Sông Hàn', 'digital_platform', 'Trợ lý trả lời câu hỏi về thủ tục hành chính'),
  P('dn23', 'Ví chợ 4.0', 'Công ty TNHH Giải pháp Thanh toán Miền Trung', 'digital_solution', 'Thanh toán không tiền mặt cho tiểu thương'),
  P('dn23', 'Camera đếm lưu lượng giao thông', 'Công ty CP Thiết bị thông minh Hòa Khánh', 'hardware_iot', 'Thiết bị đếm xe dùng thị giác máy tính'),
  P('dn24', 'Bản đồ số du lịch Đà Nẵng', 'Công ty CP Du lịch số Biển Đông', 'digital_product', 'Bản đồ điểm đến, lịch trình gợi ý'),
  P('dn24', 'Sổ sức khỏe gia đình', 'Công ty TNHH Y tế số Ngũ Hành Sơn', 'digital_platform', 'Hồ sơ sức khỏe cho hộ gia đình'),
  P('dn24', 'Trợ lý ảo tiếng Việt cho doanh nghiệp nhỏ', 'Công ty CP AI Sơn Trà', 'potential', 'Trả lời khách hàng tự động qua mạng xã hội'),
  P('dn24', 'Giải pháp quản lý nhà trọ', 'Công ty TNHH Phần mềm Liên Chiểu', 'digital_solution', 'Khai báo tạm trú, hóa đơn điện tử cho chủ trọ'),
  P('dn25', 'Nền tảng học tập số cho trường THCS', 'Công ty CP Giáo dục số Hải Vân', 'digital_platform', 'Lớp học trực tuyến, kho bài giảng'),
  P('dn25', 'Cảm biến ngập lụt đô thị', 'Công ty CP IoT Cẩm Lệ', 'hardware_iot', 'Cảnh báo ngập theo thời gian thực'),
  P('dn25', 'Chợ nông sản trực tuyến Hòa Vang', 'Hợp tác xã số Hòa Vang', 'digital_product', 'Sàn bán nông sản có truy xuất nguồn gốc'),
  P('dn25', 'Phát hiện cuộc gọi lừa đảo', 'Công ty CP An toàn thông tin Thanh Khê', 'potential', 'Ứng dụng cảnh báo cuộc gọi, tin nhắn lừa đảo'),
];

export async function seedEventsDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM dx_event WHERE is_demo LIMIT 1');
  if (exists.rowCount) return;
  const rows = EVENTS.map((e) => ({ ...e, title: `${e.title} ${DEMO}` }));
  const { rows: inserted } = await db.query<{ id: string; key: string }>(
    `WITH src AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(key text, kind text, title text, theme text, starts date, ends date, place text, unit text, reg int, att int)),
          ins AS (
            INSERT INTO dx_event (kind, title, theme, starts_on, ends_on, place, organiser_unit_id, registrations, attendance, is_demo, description)
            SELECT s.kind, s.title, s.theme, s.starts, s.ends, s.place, ou.id, s.reg, s.att, true, 'Sự kiện mẫu để minh họa sổ sự kiện ' || $2
              FROM src s JOIN org_unit ou ON ou.external_key = s.unit
            RETURNING id, title)
     SELECT ins.id, src.key FROM ins JOIN src ON src.title = ins.title`,
    [JSON.stringify(rows), DEMO],
  );
  const idOf = new Map(inserted.map((r) => [r.key, r.id]));
  const products = PRODUCTS.filter((p) => idOf.has(p.event)).map((p, i) => ({ ...p, event: idOf.get(p.event)!, sort: i, description: `${p.description} ${DEMO}` }));
  await db.query(
    `INSERT INTO make_product (event_id, sort, year, name, company, category, description, link)
     SELECT s.event, s.sort, extract(year FROM e.starts_on)::int, s.name, s.company, s.category, s.description, NULL
       FROM jsonb_to_recordset($1::jsonb) AS s(event uuid, sort int, name text, company text, category text, description text) JOIN dx_event e ON e.id = s.event`,
    [JSON.stringify(products)],
  );
  await db.query(
    `INSERT INTO dx_event_coverage (event_id, sort, title, url)
     SELECT e.id, 0, 'Đưa tin: ' || e.title, 'https://example.vn/tin-tuc/' || substr(e.id::text, 1, 8)
       FROM dx_event e WHERE e.is_demo AND e.attendance IS NOT NULL`,
  );
}

/** The default rubric for communication models: configuration every installation starts with. */
const RUBRIC = [
  { name: 'Lấy người dân, doanh nghiệp làm trung tâm', description: 'Giải quyết nhu cầu thật của nhóm đối tượng', weight: 3, max: 10 },
  { name: 'Khả năng nhân rộng', description: 'Đơn vị khác áp dụng được với chi phí thấp', weight: 2, max: 10 },
  { name: 'Tính sáng tạo', description: 'Cách làm mới so với hoạt động đã có', weight: 2, max: 10 },
  { name: 'Tính khả thi và kinh phí', description: 'Nguồn lực, kinh phí, tiến độ hợp lý', weight: 1, max: 10 },
];

export async function seedModelRubric(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM comm_model_criterion LIMIT 1');
  if (exists.rowCount) return;
  await db.query(
    `INSERT INTO comm_model_criterion (sort, name, description, weight, max_score)
     SELECT s.sort, s.name, s.description, s.weight, s.max FROM jsonb_to_recordset($1::jsonb) AS s(sort int, name text, description text, weight numeric, max numeric)`,
    [JSON.stringify(RUBRIC.map((r, i) => ({ ...r, sort: i })))],
  );
}

type DemoModel = { title: string; year: number; unit: string; group: string; reach: number; status: string; deployed: string | null; result: number | null; replicas: string[]; scores: [number[], number[]] | null; reason?: string };

const MODELS: DemoModel[] = [
  { title: 'Cà phê số cuối tuần cho người cao tuổi', year: 2023, unit: 'agency:thanh-doan', group: 'citizens', reach: 3000, status: 'deployed', deployed: '2023-05-15', result: 4200, replicas: ['agency:mttq'], scores: [[8, 7, 8, 7], [9, 8, 7, 8]] },
  { title: 'Tiểu thương chợ truyền thống thanh toán không tiền mặt', year: 2023, unit: 'agency:so-tttt', group: 'businesses', reach: 1500, status: 'deployed', deployed: '2023-09-01', result: 1850, replicas: [], scores: [[9, 9, 7, 8], [8, 9, 8, 7]] },
  { title: 'Mỗi khu dân cư một điểm hỗ trợ dịch vụ công trực tuyến', year: 2024, unit: 'agency:so-tttt', group: 'citizens', reach: 10000, status: 'deployed', deployed: '2024-03-20', result: 12600, replicas: ['agency:thanh-doan'], scores: [[9, 10, 8, 7], [9, 9, 8, 8]] },
  { title: 'Doanh nghiệp nhỏ lên sàn thương mại điện tử', year: 2024, unit: 'agency:so-tttt', group: 'businesses', reach: 500, status: 'deployed', deployed: '2024-06-10', result: 430, replicas: [], scores: [[7, 8, 7, 8], [8, 7, 8, 7]] },
  { title: 'Đoàn viên hướng dẫn kích hoạt định danh điện tử mức 2', year: 2024, unit: 'agency:thanh-doan', group: 'citizens', reach: 20000, status: 'deployed', deployed: '2024-08-01', result: 26500, replicas: ['agency:mttq'], scores: [[10, 9, 8, 9], [9, 9, 9, 8]] },
  { title: 'Ứng dụng bản đồ số cho hộ kinh doanh du lịch', year: 2024, unit: 'agency:so-tttt', group: 'businesses', reach: 800, status: 'rejected', deployed: null, result: null, replicas: [], scores: [[5, 4, 6, 3], [4, 5, 5, 4]], reason: 'Trùng với nền tảng của ngành du lịch; đề nghị phối hợp thay vì xây dựng mới' },
  { title: 'Phụ nữ với an toàn thông tin trên mạng xã hội', year: 2025, unit: 'agency:mttq', group: 'citizens', reach: 6000, status: 'deployed', deployed: '2025-04-05', result: 7100, replicas: [], scores: [[9, 8, 9, 8], [8, 8, 9, 9]] },
  { title: 'Tổ công nghệ số cộng đồng đồng hành cùng hộ kinh doanh', year: 2025, unit: 'gso2025:20242', group: 'citizens_businesses', reach: 2500, status: 'deployed', deployed: '2025-09-15', result: 2900, replicas: [], scores: [[9, 9, 8, 9], [9, 8, 8, 9]] },
  { title: 'Trợ lý ảo giải đáp thủ tục cho doanh nghiệp', year: 2025, unit: 'agency:so-khcn', group: 'businesses', reach: 3000, status: 'evaluating', deployed: null, result: null, replicas: [], scores: [[8, 7, 9, 6], []] },
];

/** 2–3 models a year 2023–2025, most through scoring to deployment; one refused, one still being scored. */
export async function seedModelsDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM comm_model WHERE is_demo LIMIT 1');
  if (exists.rowCount) return;
  const users = (await db.query<{ id: string; username: string }>(`SELECT id, username FROM app_user WHERE username IN ('thuongtruc', 'lanhdao')`)).rows;
  const panel = ['thuongtruc', 'lanhdao'].map((u) => users.find((x) => x.username === u)?.id).filter((x): x is string => Boolean(x));
  const criteria = (await db.query<{ id: string }>('SELECT id FROM comm_model_criterion WHERE is_active ORDER BY sort, id')).rows.map((r) => r.id);
  const rows = MODELS.map((m) => ({
    ...m,
    title: `${m.title} ${DEMO}`,
    description: `Mô hình mẫu để minh họa sổ mô hình truyền thông ${DEMO}.`,
    decided: m.status === 'deployed' || m.status === 'rejected' ? `${m.year}-${m.deployed ? m.deployed.slice(5, 7) : '06'}-01` : null,
  }));
  const { rows: inserted } = await db.query<{ id: string; title: string }>(
    `INSERT INTO comm_model (year, unit_id, title, target_group, description, expected_reach, status, decision_reason, decided_at, deployed_on, result_reach, is_demo)
     SELECT s.year, ou.id, s.title, s.group, s.description, s.reach, s.status, s.reason, s.decided, s.deployed, s.result, true
       FROM jsonb_to_recordset($1::jsonb) AS s(year int, unit text, title text, "group" text, description text, reach int, status text, reason text, decided date, deployed date, result int)
       JOIN org_unit ou ON ou.external_key = s.unit
     RETURNING id, title`,
    [JSON.stringify(rows)],
  );
  const idOf = new Map(inserted.map((r) => [r.title, r.id]));
  const panelRows: { model: string; user: string }[] = [];
  const scoreRows: { model: string; user: string; criterion: string; score: number }[] = [];
  const unitRows: { model: string; unit: string; replica: boolean; started: string }[] = [];
  for (const m of rows) {
    const id = idOf.get(m.title);
    if (!id) continue;
    if (m.scores) {
      panel.forEach((user, i) => {
        panelRows.push({ model: id, user });
        m.scores![i]!.forEach((score, c) => criteria[c] && scoreRows.push({ model: id, user, criterion: criteria[c], score }));
      });
    }
    if (m.deployed) {
      unitRows.push({ model: id, unit: m.unit, replica: false, started: m.deployed });
      m.replicas.forEach((unit, i) => unitRows.push({ model: id, unit, replica: true, started: `${m.year}-12-${String(10 + i).padStart(2, '0')}` }));
    }
  }
  await db.query(`INSERT INTO comm_model_panel_member (model_id, user_id) SELECT s.model, s.user FROM jsonb_to_recordset($1::jsonb) AS s(model uuid, "user" uuid)`, [JSON.stringify(panelRows)]);
  await db.query(
    `INSERT INTO comm_model_score (model_id, user_id, criterion_id, score) SELECT s.model, s.user, s.criterion, s.score FROM jsonb_to_recordset($1::jsonb) AS s(model uuid, "user" uuid, criterion uuid, score numeric)`,
    [JSON.stringify(scoreRows)],
  );
  await db.query(
    `INSERT INTO comm_model_unit (model_id, unit_id, is_replication, started_on)
     SELECT s.model, ou.id, s.replica, s.started FROM jsonb_to_recordset($1::jsonb) AS s(model uuid, unit text, replica boolean, started date) JOIN org_unit ou ON ou.external_key = s.unit`,
    [JSON.stringify(unitRows)],
  );
}

const PARTNERS = [
  { key: 'vnpt', name: 'VNPT Đà Nẵng', kind: 'telecom', intl: false, country: 'Việt Nam' },
  { key: 'viettel', name: 'Viettel Đà Nẵng', kind: 'telecom', intl: false, country: 'Việt Nam' },
  { key: 'udn', name: 'Đại học Đà Nẵng', kind: 'university', intl: false, country: 'Việt Nam' },
  { key: 'fpt', name: 'Công ty TNHH FPT Software Đà Nẵng', kind: 'enterprise', intl: false, country: 'Việt Nam' },
  { key: 'undp', name: 'Chương trình Phát triển Liên Hợp Quốc (UNDP) tại Việt Nam', kind: 'international_org', intl: true, country: 'Liên Hợp Quốc' },
];
const AGREEMENTS = [
  { partner: 'vnpt', unit: 'agency:so-tttt', number: '12/TTHT-STTTT-VNPT', signed: '2023-03-10', until: '2025-12-31', scope: 'Hạ tầng, nền tảng số và truyền thông chuyển đổi số cho người dân' },
  { partner: 'viettel', unit: 'agency:so-tttt', number: '15/TTHT-STTTT-VTL', signed: '2023-04-02', until: '2025-12-31', scope: 'Hỗ trợ Tổ công nghệ số cộng đồng, thanh toán không dùng tiền mặt' },
  { partner: 'udn', unit: 'agency:so-khcn', number: '08/TTHT-SKHCN-ĐHĐN', signed: '2025-08-20', until: '2027-08-20', scope: 'Tập huấn, nghiên cứu mô hình truyền thông chuyển đổi số' },
  { partner: 'undp', unit: 'agency:so-tttt', number: '03/MOU-STTTT-UNDP', signed: '2024-01-15', until: null, scope: 'Chuyển đổi số bao trùm cho nhóm yếu thế' },
];
const CONTRIBUTIONS = [
  { partner: 'vnpt', unit: 'agency:so-tttt', kind: 'cash', value: 300000000, on: '2024-10-01', what: 'Tài trợ Ngày Chuyển đổi số thành phố 2024', event: 'dn24' },
  { partner: 'viettel', unit: 'agency:so-tttt', kind: 'in_kind', value: 150000000, on: '2024-07-20', what: '2.000 SIM và gói dữ liệu cho người cao tuổi', event: null },
  { partner: 'fpt', unit: 'agency:so-khcn', kind: 'in_kind', value: 200000000, on: '2025-10-10', what: 'Gian trưng bày và trợ lý ảo tại Ngày Chuyển đổi số thành phố 2025', event: 'dn25' },
  { partner: 'undp', unit: 'agency:so-tttt', kind: 'cash', value: 450000000, on: '2024-05-05', what: 'Tài liệu truyền thông dễ tiếp cận cho người khuyết tật', event: null },
];

/** Partners of the programme with their agreements and contributions, linked to demo events. */
export async function seedPartnersDemo(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM partner WHERE is_demo LIMIT 1');
  if (exists.rowCount) return;
  const { rows } = await db.query<{ id: string; name: string }>(
    `INSERT INTO partner (name, kind, is_international, country, notes, is_demo)
     SELECT s.name, s.kind, s.intl, s.country, $2, true FROM jsonb_to_recordset($1::jsonb) AS s(name text, kind text, intl boolean, country text) RETURNING id, name`,
    [JSON.stringify(PARTNERS), `Đối tác mẫu ${DEMO}`],
  );
  const partnerId = new Map(PARTNERS.map((p) => [p.key, rows.find((r) => r.name === p.name)?.id]));
  const events = new Map(
    (await db.query<{ id: string; title: string }>('SELECT id, title FROM dx_event WHERE is_demo')).rows.map((r) => [EVENTS.find((e) => `${e.title} ${DEMO}` === r.title)?.key, r.id]),
  );
  await db.query(
    `INSERT INTO partner_agreement (partner_id, unit_id, number, signed_on, valid_until, scope)
     SELECT s.partner, ou.id, s.number, s.signed, s.until, s.scope FROM jsonb_to_recordset($1::jsonb) AS s(partner uuid, unit text, number text, signed date, until date, scope text)
       JOIN org_unit ou ON ou.external_key = s.unit`,
    [JSON.stringify(AGREEMENTS.map((a) => ({ ...a, partner: partnerId.get(a.partner) })))],
  );
  await db.query(
    `INSERT INTO partner_contribution (partner_id, unit_id, kind, value_vnd, received_on, description, event_id)
     SELECT s.partner, ou.id, s.kind, s.value, s.on, s.what, s.event FROM jsonb_to_recordset($1::jsonb) AS s(partner uuid, unit text, kind text, value bigint, "on" date, what text, event uuid)
       JOIN org_unit ou ON ou.external_key = s.unit`,
    [JSON.stringify(CONTRIBUTIONS.map((c) => ({ ...c, partner: partnerId.get(c.partner), event: c.event ? (events.get(c.event) ?? null) : null })))],
  );
  // Partners seen at events and in models they helped.
  await db.query(
    `INSERT INTO partner_activity (partner_id, event_id, role)
     SELECT DISTINCT c.partner_id, c.event_id, 'Nhà tài trợ' FROM partner_contribution c JOIN partner p ON p.id = c.partner_id WHERE p.is_demo AND c.event_id IS NOT NULL`,
  );
  await db.query(
    `INSERT INTO partner_activity (partner_id, model_id, role)
     SELECT $1, m.id, 'Đồng hành triển khai' FROM comm_model m WHERE m.is_demo AND m.status = 'deployed' AND m.target_group <> 'businesses'`,
    [partnerId.get('viettel')],
  );
}
