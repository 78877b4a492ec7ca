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
