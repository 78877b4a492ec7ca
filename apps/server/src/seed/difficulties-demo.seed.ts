import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo difficulties (marked is_demo and "(dữ liệu mẫu)") in every state and of every age, from
 * two wards and the city press: one statement for the rows, one for their history.
 */
const ROWS: readonly { unit: string; task: number; severity: string; title: string; description: string; proposal: string | null; status: string; daysAgo: number; path: string[] }[] = [
  { unit: 'gso2025:20242', task: 5, severity: 'high', title: 'Thiếu thiết bị cho Tổ công nghệ số cộng đồng', description: 'Nhiều tổ chưa có điện thoại thông minh, máy tính bảng để hướng dẫn người dân cài đặt VNeID.', proposal: 'Đề nghị hỗ trợ 20 máy tính bảng từ nguồn xã hội hóa.', status: 'reported', daysAgo: 2, path: ['reported'] },
  { unit: 'gso2025:20209', task: 6, severity: 'medium', title: 'Đài truyền thanh phường hỏng cụm loa', description: 'Ba cụm loa ở khu dân cư phía Tây hỏng, không phát được tin chuyển đổi số.', proposal: 'Bổ sung kinh phí sửa chữa trong dự toán năm sau.', status: 'coordinating', daysAgo: 18, path: ['reported', 'coordinating'] },
  { unit: 'gso2025:20242', task: 2, severity: 'critical', title: 'Chưa được giao kinh phí truyền thông chuyển đổi số', description: 'Dự toán của phường chưa có dòng kinh phí riêng cho truyền thông chuyển đổi số.', proposal: 'Trình UBND thành phố bổ sung kinh phí cho các phường mới sắp xếp.', status: 'escalated', daysAgo: 40, path: ['reported', 'coordinating', 'escalated'] },
  { unit: 'gso2025:20209', task: 8, severity: 'high', title: 'Trường THCS thiếu giáo viên tin học cho hoạt động ngoại khóa', description: 'Hai trường trên địa bàn không có giáo viên tin học phụ trách câu lạc bộ chuyển đổi số.', proposal: null, status: 'directed', daysAgo: 75, path: ['reported', 'escalated', 'directed'] },
  { unit: 'gso2025:20242', task: 9, severity: 'low', title: 'Người cao tuổi ngại dùng thanh toán không tiền mặt', description: 'Tỷ lệ người cao tuổi dùng thanh toán điện tử ở chợ thấp, cần mô hình hướng dẫn tại chỗ.', proposal: 'Phối hợp ngân hàng tổ chức "Chợ 4.0" có người hướng dẫn.', status: 'resolved', daysAgo: 120, path: ['reported', 'coordinating', 'resolved'] },
  { unit: 'gso2025:20209', task: 1, severity: 'medium', title: 'Cán bộ khu dân cư chưa được tập huấn kỹ năng truyền thông', description: 'Sau sắp xếp, nhiều trưởng khu dân cư mới chưa dự lớp tập huấn của thành phố.', proposal: null, status: 'reported', daysAgo: 100, path: ['reported'] },
];

const ACTION_OF: Record<string, string> = { reported: 'report', coordinating: 'coordinate', escalated: 'escalate', directed: 'direct', resolved: 'resolve' };

export async function seedDifficultiesDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM difficulty WHERE is_demo LIMIT 1')).rowCount) return;
  const mark = ' (dữ liệu mẫu)';
  const rows = ROWS.map((r) => ({ ...r, title: r.title + mark, description: r.description + mark }));
  await db.query(
    `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(unit text, task int, severity text, title text, description text, proposal text,
                      status text, "daysAgo" int, path jsonb)),
          made AS (
            INSERT INTO difficulty (unit_id, task_area_number, severity, title, description, proposed_solution, status, concerned_unit_ids, proposal,
                                    direction, resolution, resolved_at, is_demo, created_at, updated_at)
            SELECT u.id, i.task, i.severity, i.title, i.description, i.proposal, i.status,
                   CASE WHEN i.path ? 'coordinating' THEN ARRAY(SELECT id FROM org_unit WHERE external_key IN ('agency:so-khcn', 'agency:so-tai-chinh')) ELSE '{}' END,
                   CASE WHEN i.path ? 'escalated' THEN coalesce(i.proposal, 'Đề nghị UBND thành phố chỉ đạo các sở liên quan hỗ trợ.') END,
                   CASE WHEN i.path ? 'directed' THEN 'Giao Sở Giáo dục và Đào tạo bố trí giáo viên hỗ trợ trong học kỳ tới (dữ liệu mẫu).' END,
                   CASE WHEN i.status = 'resolved' THEN 'Đã tổ chức mô hình "Chợ 4.0" tại hai chợ của phường (dữ liệu mẫu).' END,
                   CASE WHEN i.status = 'resolved' THEN now() - make_interval(days => i."daysAgo" - 30) END,
                   true, now() - make_interval(days => i."daysAgo"), now() - make_interval(days => greatest(i."daysAgo" - 5, 0))
              FROM input i JOIN org_unit u ON u.external_key = i.unit
            RETURNING id, title, created_at)
     INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, actor_name, at)
     SELECT 'difficulty', m.id, ($2::jsonb ->> s.state), lag(s.state) OVER (PARTITION BY m.id ORDER BY s.n), s.state,
            CASE WHEN s.n = 1 THEN 'Đơn vị (dữ liệu mẫu)' ELSE 'Cơ quan thường trực (dữ liệu mẫu)' END,
            m.created_at + make_interval(days => (s.n - 1)::int * 3)
       FROM made m JOIN input i ON i.title = m.title
       CROSS JOIN LATERAL jsonb_array_elements_text(i.path) WITH ORDINALITY AS s(state, n)`,
    [JSON.stringify(rows), JSON.stringify(ACTION_OF)],
  );
}
