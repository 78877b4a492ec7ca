import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo misinformation cases (marked is_demo and "(dữ liệu mẫu)"), dated relative to today so
 * the list always has new, overdue, assigned and closed cases: some handled by Phường Hải Châu,
 * some referred to the national centre. One statement for the cases and one for their history.
 */
const CASES: readonly {
  code: string;
  daysAgo: number;
  platform: string;
  link: string;
  description: string;
  category: string | null;
  status: string;
  /** Hours from now to the stage deadline (negative: overdue). */
  dueInHours: number | null;
  haiChau?: boolean;
  response?: string;
  referral?: string;
  outcome?: string;
}[] = [
  { code: 'PA-MAU0-0001', daysAgo: 0, platform: 'facebook', link: 'https://www.facebook.com/groups/danang/posts/1001', description: 'Bài đăng nói làm căn cước điện tử mức 2 phải nộp 300.000 đồng tại phường.', category: null, status: 'received', dueInHours: 20 },
  { code: 'PA-MAU0-0002', daysAgo: 3, platform: 'zalo', link: 'https://zalo.me/g/demo-phuong', description: 'Tin nhắn Zalo giả danh công an phường yêu cầu cài ứng dụng lạ để "cập nhật VNeID".', category: null, status: 'received', dueInHours: -48 },
  { code: 'PA-MAU0-0003', daysAgo: 5, platform: 'tiktok', link: 'https://www.tiktok.com/@demo/video/7001', description: 'Video nói dịch vụ công trực tuyến của thành phố bị lộ toàn bộ dữ liệu cá nhân.', category: 'false', status: 'triaged', dueInHours: 30 },
  { code: 'PA-MAU0-0004', daysAgo: 9, platform: 'facebook', link: 'https://www.facebook.com/demo.page/posts/2002', description: 'Bài viết xuyên tạc rằng chuyển đổi số bắt người cao tuổi phải dùng điện thoại thông minh.', category: 'distorting', status: 'verified', dueInHours: -10 },
  { code: 'PA-MAU0-0005', daysAgo: 12, platform: 'website', link: 'https://tin-nong-demo.example.vn/bai-viet-5', description: 'Trang tin không chính thống đăng ảnh cắt ghép lãnh đạo thành phố kèm phát ngôn bịa đặt.', category: 'hostile', status: 'assigned', dueInHours: -20, haiChau: true },
  { code: 'PA-MAU0-0006', daysAgo: 20, platform: 'facebook', link: 'https://www.facebook.com/demo.shop/posts/3003', description: 'Trang bán hàng mạo danh "Make in Da Nang" quảng cáo vay tiền qua ứng dụng.', category: 'scam', status: 'responded', dueInHours: 100, haiChau: true, response: 'Cảnh báo: trang mạo danh Make in Da Nang lừa đảo cho vay' },
  { code: 'PA-MAU0-0007', daysAgo: 35, platform: 'youtube', link: 'https://www.youtube.com/watch?v=demo0007', description: 'Video khẳng định sóng 5G của trạm phát mới gây bệnh cho trẻ em.', category: 'false', status: 'referred', dueInHours: 200, referral: 'TTXLTG-DEMO/0007' },
  { code: 'PA-MAU0-0008', daysAgo: 48, platform: 'facebook', link: 'https://www.facebook.com/groups/demo/posts/8008', description: 'Bài đăng nói phường thu phí hỗ trợ cài đặt dịch vụ công trực tuyến tại nhà.', category: 'false', status: 'closed', dueInHours: null, response: 'Phường không thu bất kỳ khoản phí nào khi hỗ trợ dịch vụ công', outcome: 'Đã đăng tin cải chính; bài viết gốc đã được gỡ.' },
  { code: 'PA-MAU0-0009', daysAgo: 63, platform: 'tiktok', link: 'https://www.tiktok.com/@demo2/video/7009', description: 'Clip hướng dẫn "nhận trợ cấp chuyển đổi số" bằng cách cung cấp mã OTP ngân hàng.', category: 'scam', status: 'closed', dueInHours: null, response: 'Cảnh báo thủ đoạn lừa đảo "trợ cấp chuyển đổi số"', referral: 'TTXLTG-DEMO/0009', outcome: 'Đã cảnh báo trên Cổng thông tin thành phố và chuyển Trung tâm xử lý tin giả.' },
  { code: 'PA-MAU0-0010', daysAgo: 80, platform: 'other', link: 'https://forum-demo.example.vn/t/10', description: 'Bình luận cho rằng mức phí đỗ xe thu qua ứng dụng tăng gấp đôi.', category: null, status: 'dismissed', dueInHours: null, outcome: 'Thông tin đúng với quyết định điều chỉnh giá đã công bố; không phải tin sai.' },
  { code: 'PA-MAU0-0011', daysAgo: 110, platform: 'facebook', link: 'https://www.facebook.com/demo.news/posts/1111', description: 'Bài viết xuyên tạc về việc sáp nhập phường làm mất hồ sơ đất đai của người dân.', category: 'distorting', status: 'closed', dueInHours: null, response: 'Làm rõ: hồ sơ của người dân được chuyển nguyên trạng khi sắp xếp phường', outcome: 'Đã đăng tin làm rõ trên trang của phường và báo Đà Nẵng.' },
  { code: 'PA-MAU0-0012', daysAgo: 150, platform: 'youtube', link: 'https://www.youtube.com/watch?v=demo0012', description: 'Video bịa đặt về việc thành phố "bán dữ liệu công dân" cho doanh nghiệp.', category: 'hostile', status: 'closed', dueInHours: null, referral: 'TTXLTG-DEMO/0012', outcome: 'Trung tâm quốc gia đã yêu cầu nền tảng gỡ video.' },
];

const FLOW = ['received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed'];
const ACTION_OF: Record<string, string> = { received: 'create', triaged: 'triage', verified: 'verify', assigned: 'assign', responded: 'respond', referred: 'refer', closed: 'close', dismissed: 'dismiss' };

/** The states a demo case went through, in order: a step it skipped (no unit, no referral) is left out. */
function pathOf(c: (typeof CASES)[number]): string[] {
  if (c.status === 'dismissed') return ['received', 'triaged', 'dismissed'];
  const skipped = new Set<string>();
  if (!c.haiChau && !c.response) skipped.add('assigned');
  if (!c.response && c.status !== 'responded') skipped.add('responded');
  if (!c.referral && c.status !== 'referred') skipped.add('referred');
  return FLOW.slice(0, FLOW.indexOf(c.status) + 1).filter((st) => !skipped.has(st));
}

export async function seedCasesDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM misinfo_case WHERE is_demo LIMIT 1')).rowCount) return;
  const mark = ' (dữ liệu mẫu)';
  const rows = CASES.map((c) => ({
    code: c.code, days_ago: c.daysAgo, platform: c.platform, link: c.link, description: c.description + mark, category: c.category, status: c.status,
    due_in_hours: c.dueInHours, hai_chau: Boolean(c.haiChau || c.response), response: c.response ?? null, referral: c.referral ?? null, outcome: c.outcome ?? null,
    path: pathOf(c),
  }));
  await db.query(
    `WITH input AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(code text, days_ago int, platform text, link text, description text, category text, status text,
                      due_in_hours int, hai_chau boolean, response text, referral text, outcome text, path jsonb)),
          hc AS (SELECT id FROM org_unit WHERE external_key = 'gso2025:20242'),
          made AS (
            INSERT INTO misinfo_case (code, source, link, platform, description, category, status, verification_note, responsible_unit_id, response_kind,
                                      response_title, response_url, referral_date, referral_ref, outcome, stage_due_at, closed_at, is_demo, created_at, updated_at)
            SELECT i.code, 'public', i.link, i.platform, i.description, i.category, i.status,
                   CASE WHEN i.path ? 'verified' THEN 'Đã đối chiếu với cơ quan chuyên môn (dữ liệu mẫu)' END,
                   CASE WHEN i.hai_chau AND i.path ? 'assigned' THEN (SELECT id FROM hc) END,
                   CASE WHEN i.response IS NOT NULL THEN 'correction' END, i.response,
                   CASE WHEN i.response IS NOT NULL THEN 'https://danang.gov.vn/cai-chinh/' || lower(i.code) END,
                   CASE WHEN i.referral IS NOT NULL THEN (now() - make_interval(days => greatest(i.days_ago - 2, 0)))::date END, i.referral,
                   i.outcome,
                   CASE WHEN i.due_in_hours IS NOT NULL THEN now() + make_interval(hours => i.due_in_hours) END,
                   CASE WHEN i.status IN ('closed', 'dismissed') THEN now() - make_interval(days => greatest(i.days_ago - 5, 0)) END,
                   true, now() - make_interval(days => i.days_ago), now() - make_interval(days => greatest(i.days_ago - 5, 0))
              FROM input i
            RETURNING id, code, created_at)
     INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, comment, actor_name, at)
     SELECT 'misinfo_case', m.id, ($2::jsonb ->> s.state), lag(s.state) OVER (PARTITION BY m.id ORDER BY s.n), s.state, NULL,
            CASE WHEN s.n = 1 THEN NULL ELSE 'Cơ quan thường trực (dữ liệu mẫu)' END,
            m.created_at + make_interval(hours => (s.n - 1)::int * 20)
       FROM made m JOIN input i ON i.code = m.code
       CROSS JOIN LATERAL jsonb_array_elements_text(i.path) WITH ORDINALITY AS s(state, n)`,
    [JSON.stringify(rows), JSON.stringify(ACTION_OF)],
  );
}
