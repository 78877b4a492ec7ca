import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo surveys (marked is_demo and "(dữ liệu mẫu)"): the citizens' survey of 2025 (closed) and
 * of 2026 (open, compared with 2025), each with generated answers, and an open survey of the
 * officials of Phường Hải Châu and Phường Thanh Khê. Answers are made in SQL from a series.
 */
const QUESTIONS = [
  { id: 'used', kind: 'single', text: 'Anh/chị đã dùng dịch vụ công trực tuyến chưa?', required: true, options: ['Đã dùng', 'Chưa dùng'], showIf: null },
  { id: 'why-not', kind: 'multiple', text: 'Vì sao anh/chị chưa dùng?', required: true, options: ['Không biết cách dùng', 'Thao tác khó', 'Không có điện thoại thông minh'], showIf: { questionId: 'used', equals: 'Chưa dùng' } },
  { id: 'easy', kind: 'likert', text: 'Dịch vụ công trực tuyến dễ sử dụng', required: true, options: [], showIf: { questionId: 'used', equals: 'Đã dùng' } },
  { id: 'heard', kind: 'single', text: 'Anh/chị biết về chuyển đổi số chủ yếu qua kênh nào?', required: false, options: ['Tổ công nghệ số cộng đồng', 'Loa phát thanh', 'Mạng xã hội', 'Báo, truyền hình'], showIf: null },
  { id: 'note', kind: 'text', text: 'Góp ý của anh/chị', required: false, options: [], showIf: null },
];
const OFFICIALS = [
  { id: 'plan', kind: 'likert', text: 'Kế hoạch truyền thông chuyển đổi số của đơn vị sát với thực tế', required: true, options: [], showIf: null },
  { id: 'budget', kind: 'single', text: 'Kinh phí truyền thông năm nay', required: true, options: ['Đủ', 'Thiếu một phần', 'Chưa được bố trí'], showIf: null },
  { id: 'staff', kind: 'number', text: 'Số cán bộ phụ trách truyền thông chuyển đổi số', required: false, options: [], showIf: null },
];

export async function seedSurveysDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM survey WHERE is_demo LIMIT 1')).rowCount) return;
  const mark = ' (dữ liệu mẫu)';
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO survey (title, description, year, audience, is_anonymous, status, questions, is_demo, created_at, updated_at)
     VALUES ($1, $2, 2025, 'public', true, 'closed', $3, true, now() - interval '300 days', now() - interval '250 days') RETURNING id`,
    [`Khảo sát người dân về dịch vụ công trực tuyến năm 2025${mark}`, 'Khảo sát hằng năm theo nội dung 1 của Đề án.', JSON.stringify(QUESTIONS)],
  );
  const y2025 = rows[0]!.id;
  const y2026 = (
    await db.query<{ id: string }>(
      `INSERT INTO survey (title, description, year, audience, is_anonymous, status, questions, previous_survey_id, is_demo, created_at, updated_at)
       VALUES ($1, $2, 2026, 'public', true, 'open', $3, $4, true, now() - interval '30 days', now() - interval '20 days') RETURNING id`,
      [`Khảo sát người dân về dịch vụ công trực tuyến năm 2026${mark}`, 'Khảo sát hằng năm theo nội dung 1 của Đề án.', JSON.stringify(QUESTIONS), y2025],
    )
  ).rows[0]!.id;
  await db.query(
    `INSERT INTO survey (title, year, audience, is_anonymous, status, questions, target_unit_ids, is_demo)
     SELECT $1, 2026, 'officials', true, 'open', $2, array_agg(id), true FROM org_unit WHERE external_key IN ('gso2025:20242', 'gso2025:20209')`,
    [`Đánh giá công tác truyền thông chuyển đổi số của phường năm 2026${mark}`, JSON.stringify(OFFICIALS)],
  );
  // Answers: the share who have used the services grows from 2025 (about 45 %) to 2026 (about 65 %).
  await db.query(
    `INSERT INTO survey_response (survey_id, audience, answers, submitted_at)
     SELECT s.id, 'public',
            jsonb_strip_nulls(jsonb_build_object(
              'used', CASE WHEN used THEN 'Đã dùng' ELSE 'Chưa dùng' END,
              'why-not', CASE WHEN NOT used THEN jsonb_build_array((ARRAY['Không biết cách dùng', 'Thao tác khó', 'Không có điện thoại thông minh'])[1 + g % 3]) END,
              'easy', CASE WHEN used THEN 1 + (g * 7 + s.shift) % 5 END,
              'heard', (ARRAY['Tổ công nghệ số cộng đồng', 'Loa phát thanh', 'Mạng xã hội', 'Báo, truyền hình'])[1 + (g * 3 + s.shift) % 4],
              'note', CASE WHEN g % 9 = 0 THEN 'Mong được hướng dẫn tận nhà (dữ liệu mẫu)' END)),
            s.at - make_interval(hours => g)
       FROM (VALUES ($1::uuid, 40, 45, 0, now() - interval '260 days'), ($2::uuid, 32, 65, 1, now() - interval '1 day')) AS s(id, n, pct, shift, at)
       CROSS JOIN LATERAL generate_series(1, s.n) AS g
       CROSS JOIN LATERAL (SELECT (g * 100 / s.n) <= s.pct AS used) AS u`,
    [y2025, y2026],
  );
}
