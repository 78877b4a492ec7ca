import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo inspections, self-assessments and citizen feedback of Đà Nẵng, marked as demo (is_demo and
 * "(dữ liệu mẫu)" in titles and texts): criteria sets for 2024–2026; an inspection plan for 2024
 * (the districts before the 2025 reform) and one for 2025 (the new wards), with visits, findings and
 * recommendations in every follow-up state (open, in progress, overdue, done); self-assessments for
 * 2024 in every state; feedback pending, published with an answer, and hidden. A handful of
 * statements, no loop over units.
 */
const DEMO = '(dữ liệu mẫu)';

const CRITERIA: [string, string, number][] = [
  ['TC1', 'Ban hành kế hoạch truyền thông chuyển đổi số năm đúng hạn, đủ nội dung', 15],
  ['TC2', 'Thực hiện các hoạt động của kế hoạch năm (tỷ lệ hoàn thành, đúng thời hạn)', 30],
  ['TC3', 'Chuyên mục, tin bài về chuyển đổi số trên cổng/trang thông tin và truyền thanh cơ sở', 20],
  ['TC4', 'Tập huấn, bồi dưỡng kỹ năng truyền thông; hoạt động của Tổ công nghệ số cộng đồng', 20],
  ['TC5', 'Báo cáo định kỳ đầy đủ, đúng hạn; khắc phục kiến nghị sau kiểm tra', 15],
];

export async function seedInspectionsDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM assessment_criteria_set LIMIT 1')).rowCount) return;
  const keys = ['gso:48', 'agency:so-tttt', 'agency:so-khcn', 'agency:so-gddt', 'gso2025:20242', 'gso2025:20209'];
  const idOf = new Map((await db.query<{ external_key: string; id: string }>('SELECT external_key, id FROM org_unit WHERE external_key = ANY($1::text[])', [keys])).rows.map((r) => [r.external_key, r.id]));
  const city = idOf.get('gso:48');
  const haiChau = idOf.get('gso2025:20242');
  const thanhKhe = idOf.get('gso2025:20209');
  const tttt = idOf.get('agency:so-tttt') ?? city;
  const khcn = idOf.get('agency:so-khcn') ?? city;
  const gddt = idOf.get('agency:so-gddt') ?? city;
  if (!city) return;

  // Criteria for three years, one statement.
  await db.query(
    `WITH s AS (INSERT INTO assessment_criteria_set (year) SELECT unnest($1::int[]) RETURNING id, year)
     INSERT INTO assessment_criterion (set_id, sort, code, title, max_points)
     SELECT s.id, c.sort, c.code, c.title, c.pts FROM s CROSS JOIN unnest($2::int[], $3::text[], $4::text[], $5::numeric[]) AS c(sort, code, title, pts)`,
    [[2024, 2025, 2026], CRITERIA.map((_, i) => i), CRITERIA.map((c) => c[0]), CRITERIA.map((c) => c[1]), CRITERIA.map((c) => c[2])],
  );

  // The four first districts of Đà Nẵng valid in mid-2024 (before the reform).
  const districts = (await db.query<{ unit_id: string }>(
    `SELECT unit_id FROM org_unit_version WHERE parent_id = $1 AND type = 'district' AND validity @> '2024-06-30'::date ORDER BY official_code NULLS LAST, unit_id LIMIT 4`,
    [city],
  )).rows.map((r) => r.unit_id);

  // ── 2024: districts; every recommendation closed or overdue by now ──
  if (districts.length >= 2) {
    const p24 = (await db.query<{ id: string }>(
      `INSERT INTO inspection_plan (year, title, scope_note, lead_unit_id, unit_ids, period_start, period_end, members, is_demo)
       VALUES (2024, $1, $2, $3, $4, '2024-09-01', '2024-11-30', $5, true) RETURNING id`,
      [`Kiểm tra công tác truyền thông chuyển đổi số năm 2024 ${DEMO}`, 'Kiểm tra việc triển khai Kế hoạch truyền thông chuyển đổi số năm 2024 tại các quận, huyện.', tttt, districts,
        'Trưởng đoàn: Phó Giám đốc Sở TT&TT; thành viên: Phòng Thông tin – Báo chí – Xuất bản, Văn phòng Sở'],
    )).rows[0]!.id;
    await seedVisit(db, p24, districts[0]!, '2024-09-18', [
      { finding: 'Chuyên mục chuyển đổi số trên trang thông tin điện tử cập nhật chưa thường xuyên (bình quân 2 tin/tháng).', recs: [
        { content: 'Bố trí cán bộ phụ trách, cập nhật ít nhất 4 tin, bài/tháng về chuyển đổi số.', unit: districts[0]!, deadline: '2024-12-31', state: 'done' },
      ] },
      { finding: 'Chưa tổ chức tập huấn kỹ năng cho Tổ công nghệ số cộng đồng ở 3/13 phường.', recs: [
        { content: 'Tổ chức tập huấn cho các Tổ công nghệ số cộng đồng còn lại trong quý I/2025.', unit: districts[0]!, deadline: '2025-03-31', state: 'overdue' },
      ] },
    ]);
    await seedVisit(db, p24, districts[1]!, '2024-10-09', [
      { finding: 'Kế hoạch năm 2024 thiếu nội dung truyền thông về dịch vụ công trực tuyến.', recs: [
        { content: 'Bổ sung nội dung truyền thông dịch vụ công trực tuyến vào kế hoạch năm 2025.', unit: districts[1]!, deadline: '2025-01-31', state: 'done' },
      ] },
    ]);

    // Self-assessments 2024, one in each state.
    const states = ['accepted', 'submitted', 'returned', 'draft'].slice(0, districts.length);
    const a = await db.query<{ id: string; status: string; unit_id: string }>(
      `INSERT INTO self_assessment (year, unit_id, status, summary, review_comment, is_demo, submitted_at, accepted_at)
       SELECT 2024, u, s, $3, CASE s WHEN 'returned' THEN $4 WHEN 'accepted' THEN $5 END, true,
              CASE WHEN s <> 'draft' THEN timestamptz '2025-01-10 09:00+07' END, CASE WHEN s = 'accepted' THEN timestamptz '2025-01-20 15:00+07' END
         FROM unnest($1::uuid[], $2::text[]) AS x(u, s) RETURNING id, status, unit_id`,
      [districts.slice(0, states.length), states, `Đơn vị đã triển khai cơ bản các nhiệm vụ của kế hoạch năm 2024 ${DEMO}.`,
        'Đề nghị bổ sung minh chứng cho tiêu chí TC2 và TC4 (danh sách lớp, số tin bài).', 'Công nhận kết quả; đơn vị hoàn thành tốt nhiệm vụ năm 2024.'],
    );
    // Scores: self 80–95 % of the points, review (for accepted) a little lower; drafts half filled.
    await db.query(
      `INSERT INTO self_assessment_score (assessment_id, criterion_id, self_score, evidence, review_score, review_note)
       SELECT a.id, c.id,
              CASE WHEN a.status = 'draft' AND c.sort >= 3 THEN NULL ELSE round(c.max_points * (0.8 + 0.03 * c.sort), 1) END,
              CASE WHEN a.status = 'draft' AND c.sort >= 3 THEN NULL ELSE 'Báo cáo, văn bản kèm theo ' || c.code || ' ${DEMO}' END,
              CASE WHEN a.status = 'accepted' THEN round(c.max_points * (0.75 + 0.03 * c.sort), 1) END,
              CASE WHEN a.status = 'accepted' AND c.sort = 1 THEN 'Một số hoạt động hoàn thành chậm so với kế hoạch' END
         FROM self_assessment a JOIN assessment_criteria_set s ON s.year = a.year JOIN assessment_criterion c ON c.set_id = s.id
        WHERE a.id = ANY($1::uuid[])`,
      [a.rows.map((r) => r.id)],
    );
    await db.query(
      `INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, comment, actor_name, at)
       SELECT 'self_assessment', a.id, e.action, e.from_state, e.to_state, e.comment, e.actor, e.at
         FROM unnest($1::uuid[], $2::text[]) AS a(id, status)
         CROSS JOIN LATERAL (VALUES
           ('create', NULL, 'draft', NULL, 'Đơn vị ${DEMO}', timestamptz '2025-01-05 08:00+07', true),
           ('submit', 'draft', 'submitted', NULL, 'Đơn vị ${DEMO}', timestamptz '2025-01-10 09:00+07', a.status <> 'draft'),
           ('return', 'submitted', 'returned', 'Đề nghị bổ sung minh chứng cho tiêu chí TC2 và TC4', 'Cơ quan thường trực ${DEMO}', timestamptz '2025-01-15 10:00+07', a.status = 'returned'),
           ('accept', 'submitted', 'accepted', NULL, 'Cơ quan thường trực ${DEMO}', timestamptz '2025-01-20 15:00+07', a.status = 'accepted')
         ) AS e(action, from_state, to_state, comment, actor, at, happened)
        WHERE e.happened`,
      [a.rows.map((r) => r.id), a.rows.map((r) => r.status)],
    );
  }

  // ── 2025: the new wards and a department; recommendations open, in progress, overdue, done ──
  if (haiChau && thanhKhe) {
    const p25 = (await db.query<{ id: string }>(
      `INSERT INTO inspection_plan (year, title, scope_note, lead_unit_id, unit_ids, period_start, period_end, members, is_demo)
       VALUES (2025, $1, $2, $3, $4, '2025-09-01', '2025-12-15', $5, true) RETURNING id`,
      [`Kiểm tra, đánh giá truyền thông chuyển đổi số năm 2025 ${DEMO}`, 'Kiểm tra việc thực hiện Quyết định 2780/QĐ-UBND tại các phường mới sau sắp xếp và một số sở, ngành.', khcn,
        [haiChau, thanhKhe, gddt], 'Trưởng đoàn: Phó Giám đốc Sở KH&CN; thành viên: Phòng Chuyển đổi số, Ban Tuyên giáo và Dân vận Thành ủy'],
    )).rows[0]!.id;
    await seedVisit(db, p25, haiChau, '2025-09-24', [
      { finding: 'Phường chưa có chuyên mục chuyển đổi số trên trang thông tin điện tử sau sắp xếp.', recs: [
        { content: 'Xây dựng chuyên mục chuyển đổi số trên trang thông tin điện tử của phường.', unit: haiChau, deadline: 'future', state: 'open' },
        { content: 'Báo cáo danh sách thành viên Tổ công nghệ số cộng đồng sau sắp xếp.', unit: haiChau, deadline: '2025-10-31', state: 'overdue' },
      ] },
    ]);
    await seedVisit(db, p25, thanhKhe, '2025-10-15', [
      { finding: 'Truyền thanh cơ sở phát tin chuyển đổi số chưa đều ở các tổ dân phố.', recs: [
        { content: 'Xây dựng lịch phát tin chuyển đổi số hằng tuần trên hệ thống truyền thanh cơ sở.', unit: thanhKhe, deadline: 'future', state: 'in_progress' },
        { content: 'Tổ chức ngày hội "Bình dân học vụ số" tại phường.', unit: thanhKhe, deadline: '2025-12-31', state: 'done' },
      ] },
    ]);
  }

  // ── Feedback: pending, published with an answer, hidden ──
  await db.query(
    `INSERT INTO citizen_feedback (item_kind, item_ref, author_name, body, status, answer, answered_at, moderated_at, is_demo, created_at)
     VALUES
       ('event', 'ngay-hoi-chuyen-doi-so-2025', 'Nguyễn Thị Hoa', $1, 'published', $2, now() - interval '5 days', now() - interval '5 days', true, now() - interval '9 days'),
       ('event', 'ngay-hoi-chuyen-doi-so-2025', NULL, $3, 'pending', NULL, NULL, NULL, true, now() - interval '2 days'),
       ('material', 'so-tay-cong-dan-so', 'Trần Văn Minh', $4, 'published', $5, now() - interval '20 days', now() - interval '20 days', true, now() - interval '25 days'),
       ('activity', 'binh-dan-hoc-vu-so-hai-chau', NULL, $6, 'hidden', NULL, NULL, now() - interval '1 day', true, now() - interval '3 days')`,
    [
      `Ngày hội rất bổ ích, tôi đã được hướng dẫn cài đặt VNeID mức 2. Mong tổ chức thêm vào cuối tuần. ${DEMO}`,
      `Cảm ơn chị đã góp ý. Năm 2026 ngày hội sẽ có thêm các buổi sáng thứ Bảy tại nhà văn hóa các phường. ${DEMO}`,
      `Cần thêm quầy hướng dẫn cho người cao tuổi về thanh toán không dùng tiền mặt. ${DEMO}`,
      `Sổ tay dễ hiểu, nhưng chữ hơi nhỏ khi in ra. ${DEMO}`,
      `Cảm ơn anh. Bản in lần sau sẽ dùng cỡ chữ lớn hơn; bản điện tử đã được cập nhật. ${DEMO}`,
      `Quảng cáo không liên quan ${DEMO}`,
    ],
  );
}

type DemoRec = { content: string; unit: string; deadline: string; state: 'open' | 'in_progress' | 'overdue' | 'done' };

async function seedVisit(db: Queryable, planId: string, unitId: string, date: string, findings: { finding: string; recs: DemoRec[] }[]): Promise<void> {
  const visit = (await db.query<{ id: string }>(
    `INSERT INTO inspection_visit (plan_id, unit_id, visit_date, inspectors, summary) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [planId, unitId, date, 'Đoàn kiểm tra của cơ quan thường trực (5 thành viên)', `Làm việc với lãnh đạo đơn vị, kiểm tra hồ sơ và hoạt động thực tế ${DEMO}.`],
  )).rows[0]!.id;
  for (const [i, f] of findings.entries()) {
    const fid = (await db.query<{ id: string }>('INSERT INTO inspection_finding (visit_id, sort, content) VALUES ($1, $2, $3) RETURNING id', [visit, i + 1, `${f.finding} ${DEMO}`])).rows[0]!.id;
    await db.query(
      `WITH r AS (
         INSERT INTO inspection_recommendation (finding_id, content, responsible_unit_id, deadline, status, closed_at, closing_note)
         SELECT $1, c, u, CASE WHEN d = 'future' THEN (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 45 ELSE d::date END,
                CASE s WHEN 'overdue' THEN 'in_progress' ELSE s END,
                CASE WHEN s = 'done' THEN now() - interval '10 days' END, CASE WHEN s = 'done' THEN 'Đơn vị đã thực hiện đầy đủ ${DEMO}' END
           FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[]) AS x(c, u, d, s)
         RETURNING id, status, closed_at
       ),
       rep AS (
         INSERT INTO inspection_recommendation_report (recommendation_id, body, reporter_name, at)
         SELECT id, 'Đơn vị đã triển khai, đang hoàn thiện hồ sơ minh chứng ${DEMO}', 'Đơn vị thực hiện ${DEMO}', now() - interval '15 days' FROM r WHERE status <> 'open'
       )
       INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, actor_name, at)
       SELECT 'inspection_recommendation', r.id, e.a, e.f, e.t, e.who, now() - e.ago
         FROM r CROSS JOIN LATERAL (VALUES
           ('create', NULL, 'open', 'Cơ quan thường trực ${DEMO}', interval '30 days', true),
           ('start', 'open', 'in_progress', 'Đơn vị thực hiện ${DEMO}', interval '15 days', r.status <> 'open'),
           ('close', 'in_progress', 'done', 'Cơ quan thường trực ${DEMO}', interval '10 days', r.status = 'done')
         ) AS e(a, f, t, who, ago, happened)
        WHERE e.happened`,
      [fid, f.recs.map((r) => `${r.content} ${DEMO}`), f.recs.map((r) => r.unit), f.recs.map((r) => r.deadline), f.recs.map((r) => r.state)],
    );
  }
}
