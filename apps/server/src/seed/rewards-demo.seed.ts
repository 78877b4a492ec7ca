import type { Queryable } from '../platform/db/db.ts';

/**
 * Demo reward proposals (marked is_demo and "(dữ liệu mẫu)"): one awarded to Phường Hải Châu
 * citing its accepted 2025 plan and a target, one under review. Evidence rows come from the data
 * the demo already holds, so the links open real records.
 */
export async function seedRewardsDemo(db: Queryable): Promise<void> {
  if ((await db.query('SELECT 1 FROM reward_proposal WHERE is_demo LIMIT 1')).rowCount) return;
  await db.query(
    `WITH hc AS (SELECT id FROM org_unit WHERE external_key = 'gso2025:20242'),
          plan AS (SELECT jsonb_build_object('kind', 'plan', 'ref', p.id::text, 'label', p.title, 'link', '/admin/plans/' || p.id) AS e
                     FROM comm_plan p WHERE p.unit_id = (SELECT id FROM hc) AND p.year = 2025 AND p.status = 'accepted' LIMIT 1),
          target AS (SELECT jsonb_build_object('kind', 'target', 'ref', i.code || ':2025', 'label', 'Chỉ tiêu ' || coalesce(i.target_number::text, i.code) || ': ' || i.name || ' — năm 2025', 'link', '/admin/dashboard') AS e
                       FROM indicator i WHERE i.target_number = 5 ORDER BY i.valid_from_year DESC LIMIT 1)
     INSERT INTO reward_proposal (kind, unit_id, nominee, award, year, achievements, evidence, status, decision_no, decision_date, is_demo, created_at, updated_at)
     SELECT 'collective', (SELECT id FROM hc), 'Tổ công nghệ số cộng đồng khu dân cư 5 (dữ liệu mẫu)', 'Giấy khen của Chủ tịch UBND phường', 2025,
            'Hướng dẫn hơn 1.000 lượt người dân cài đặt VNeID và dùng dịch vụ công trực tuyến (dữ liệu mẫu).',
            coalesce((SELECT jsonb_agg(e) FROM (SELECT e FROM plan UNION ALL SELECT e FROM target) x), '[]'), 'awarded', '12/QĐ-UBND (mẫu)', DATE '2026-01-15', true,
            now() - interval '60 days', now() - interval '40 days'
     UNION ALL
     SELECT 'individual', (SELECT id FROM hc), 'Trần Thị Mai (dữ liệu mẫu)', 'Bằng khen của Chủ tịch UBND thành phố', 2025,
            'Biên tập chuyên mục Chuyển đổi số trên trang của phường (dữ liệu mẫu).', '[]', 'reviewing', NULL, NULL, true, now() - interval '10 days', now() - interval '5 days'`,
  );
  await db.query(
    `INSERT INTO workflow_event (entity_type, entity_id, action, from_state, to_state, actor_name, at)
     SELECT 'reward_proposal', p.id, s.action, s.from_state, s.to_state, 'Cơ quan thường trực (dữ liệu mẫu)', p.created_at + make_interval(days => s.n)
       FROM reward_proposal p
       CROSS JOIN LATERAL (VALUES (0, 'propose', NULL, 'proposed'), (3, 'review', 'proposed', 'reviewing'), (10, 'approve', 'reviewing', 'approved'), (20, 'award', 'approved', 'awarded')) AS s(n, action, from_state, to_state)
      WHERE p.is_demo AND (s.to_state IN ('proposed', 'reviewing') OR p.status = 'awarded')`,
  );
}
