import type { Queryable } from '../platform/db/db.ts';
import { recountTeams } from '../modules/cdt/index.ts';

/** The team the demo member account belongs to (a team of Phường Hải Châu). */
export const DEMO_MEMBER_TEAM_KEY = 'demo-cdt:hai-chau';

/**
 * Demo community digital-technology teams (dữ liệu mẫu), about one in six of Đà Nẵng's real
 * 3,766: two or so per pre-2025 ward and commune, founded in 2022, each carried along its unit's
 * successions (the 2025-01-01 ward mergers, the 2025-07-01 reform) as new versions of the team
 * unit under the successor; members (a few teams below seven) and support logs 2023–2025.
 * Set-based SQL, deterministic (hashes of ids, no random()), skipped when present.
 */
export async function seedCdtDemo(db: Queryable): Promise<void> {
  if ((await db.query(`SELECT 1 FROM org_unit WHERE external_key LIKE 'demo-cdt:%' LIMIT 1`)).rowCount) return;
  const city = (await db.query<{ id: string }>(`SELECT id FROM org_unit WHERE external_key = 'gso:48'`)).rows[0];
  if (!city) return;
  await db.query(`
    CREATE TEMP TABLE demo_old_commune ON COMMIT DROP AS
      SELECT v.unit_id, u.external_key, coalesce(v.short_name, regexp_replace(v.name, '^(Phường|Xã|Thị trấn) ', '')) AS short, v.type, v.official_code
        FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id
       WHERE v.validity @> DATE '2022-06-01' AND v.type IN ('ward', 'commune', 'township');

    -- Each old unit's chain of successors: at the day after its last version, the successor
    -- recorded for that day (a full one first), until a unit still open.
    CREATE TEMP TABLE demo_chain ON COMMIT DROP AS
      WITH RECURSIVE chain(origin, unit_id, seg_from, depth) AS (
        SELECT unit_id, unit_id, NULL::date, 0 FROM demo_old_commune
        UNION ALL
        SELECT c.origin, s.successor_id, s.effective_date, c.depth + 1
          FROM chain c
          JOIN LATERAL (SELECT CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE max(valid_to) END AS last_day
                          FROM org_unit_version WHERE unit_id = c.unit_id) e ON e.last_day IS NOT NULL
          JOIN LATERAL (SELECT successor_id, effective_date FROM org_unit_succession
                         WHERE predecessor_id = c.unit_id AND effective_date = e.last_day + 1
                         ORDER BY (share = 'full') DESC, successor_id LIMIT 1) s ON true
         WHERE c.depth < 5
      )
      SELECT origin, unit_id, seg_from, depth,
             lead(seg_from) OVER (PARTITION BY origin ORDER BY depth) - 1 AS seg_to
        FROM chain;
    -- Only chains that reach a unit of today.
    DELETE FROM demo_chain c WHERE NOT EXISTS (
      SELECT 1 FROM demo_chain e JOIN org_unit_version v ON v.unit_id = e.unit_id AND v.valid_to IS NULL
       WHERE e.origin = c.origin AND e.seg_to IS NULL);

    -- Teams are numbered within the commune they belong to today ("Tổ CNSCĐ số 3"); the old ward
    -- lives on in the area served, so that unit searches for a ward's name find the ward only.
    CREATE TEMP TABLE demo_team ON COMMIT DROP AS
      SELECT x.*, row_number() OVER (PARTITION BY x.final ORDER BY x.short, x.n) AS seq FROM (
      SELECT (SELECT c.unit_id FROM demo_chain c WHERE c.origin = o.unit_id AND c.seg_to IS NULL) AS final, o.unit_id AS origin, o.external_key || ':' || n AS okey, n, 'T' || coalesce(o.official_code, left(md5(o.unit_id::text), 6)) || '-' || n AS code,
             CASE WHEN o.type = 'ward' THEN 'tổ dân phố ' ELSE 'thôn ' END || (n * 3 - 2 + abs(hashtext(o.unit_id::text)) % 3) AS area,
             o.short,
             DATE '2022-03-01' + (abs(hashtext(o.unit_id::text || n)) % 90) AS founded,
             5 + abs(hashtext(o.unit_id::text || n || 'm')) % 6 AS members
        FROM demo_old_commune o
        CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(o.unit_id::text)) % 3) n
       WHERE EXISTS (SELECT 1 FROM demo_chain c WHERE c.origin = o.unit_id)) x;
  `);
  await db.query(
    `INSERT INTO org_unit (external_key, root_id) SELECT 'demo-cdt:' || okey, $1 FROM demo_team`,
    [city.id],
  );
  await db.query(`
    INSERT INTO org_unit_version (unit_id, name, type, official_code, parent_id, valid_from, valid_to, note)
    SELECT u.id, 'Tổ CNSCĐ số ' || t.seq, 'cdt_team', t.code, c.unit_id,
           CASE WHEN c.depth = 0 THEN t.founded ELSE c.seg_from END, c.seg_to, 'Dữ liệu mẫu'
      FROM demo_team t
      JOIN org_unit u ON u.external_key = 'demo-cdt:' || t.okey
      JOIN demo_chain c ON c.origin = t.origin;

    INSERT INTO cdt_team (unit_id, served_area, status, established_on, contact_name, contact_phone, note, is_demo)
    SELECT u.id, upper(left(t.area, 1)) || substr(t.area, 2) || ' (' || t.short || ')',
           CASE WHEN abs(hashtext(u.id::text)) % 50 = 0 THEN 'suspended' ELSE 'active' END,
           t.founded, NULL, '0905' || lpad((abs(hashtext(u.id::text || 'p')) % 1000000)::text, 6, '0'), 'Dữ liệu mẫu', true
      FROM demo_team t JOIN org_unit u ON u.external_key = 'demo-cdt:' || t.okey;

    INSERT INTO cdt_member (team_unit_id, sort, full_name, phone, role, is_youth_union, active_from, is_demo)
    SELECT u.id, k,
           (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Võ','Đặng','Bùi','Đỗ','Ngô'])[1 + abs(hashtext(u.id::text || k || 'f')) % 12] || ' ' ||
           (ARRAY['Văn','Thị','Minh','Thanh','Ngọc','Quốc','Thu','Đức','Hữu','Bảo'])[1 + abs(hashtext(u.id::text || k || 'g')) % 10] || ' ' ||
           (ARRAY['An','Bình','Châu','Dũng','Giang','Hà','Hải','Hạnh','Hùng','Khánh','Lan','Linh','Long','Mai','Nam','Phúc','Quân','Sơn','Tâm','Thảo','Trang','Tú','Vy','Yến'])[1 + abs(hashtext(u.id::text || k || 'h')) % 24],
           '09' || lpad((abs(hashtext(u.id::text || k || 'p')) % 100000000)::text, 8, '0'),
           CASE k WHEN 1 THEN 'leader' WHEN 2 THEN 'deputy' ELSE 'member' END,
           abs(hashtext(u.id::text || k || 'y')) % 5 < 2,
           t.founded, true
      FROM demo_team t JOIN org_unit u ON u.external_key = 'demo-cdt:' || t.okey
      CROSS JOIN LATERAL generate_series(1, t.members) k;

    -- A well-formed (version 4) uuid from a hash, so that the demo is the same on every install.
    CREATE FUNCTION pg_temp.demo_uuid(h text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
      SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12))::uuid
    $$;

    -- About one log a month per active team, January 2023 to December 2025 (or today, if earlier).
    INSERT INTO cdt_support_log (id, team_unit_id, log_date, place, vneid, online_services, cashless, anti_fraud, city_apps, note, is_demo)
    SELECT pg_temp.demo_uuid(md5(tm.unit_id::text || m || k)), tm.unit_id,
           m::date + (abs(hashtext(tm.unit_id::text || m || k)) % 28),
           (ARRAY['Nhà văn hóa ', 'Hội trường ', 'Tại nhà dân, ', 'Chợ, '])[1 + abs(hashtext(tm.unit_id::text || m || k || 'w')) % 4] || tm.served_area,
           abs(hashtext(tm.unit_id::text || m || k || 'a')) % 9,
           abs(hashtext(tm.unit_id::text || m || k || 'b')) % 7,
           abs(hashtext(tm.unit_id::text || m || k || 'c')) % 6,
           abs(hashtext(tm.unit_id::text || m || k || 'd')) % 5,
           1 + abs(hashtext(tm.unit_id::text || m || k || 'e')) % 4,
           'Dữ liệu mẫu', true
      FROM cdt_team tm
      CROSS JOIN generate_series(DATE '2023-01-01', DATE '2025-12-01', interval '1 month') m
      CROSS JOIN LATERAL generate_series(1, abs(hashtext(tm.unit_id::text || m)) % 3) k
     WHERE tm.is_demo AND tm.status = 'active'
       AND m::date + (abs(hashtext(tm.unit_id::text || m || k)) % 28) <= LEAST(DATE '2025-12-31', (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
  `);
  // The demo member's team: the first team of Phường Hải Châu (by name) gets a known key.
  await db.query(`
    UPDATE org_unit SET external_key = '${DEMO_MEMBER_TEAM_KEY}' WHERE id = (
      SELECT v.unit_id FROM org_unit_version v JOIN org_unit p ON p.id = v.parent_id AND p.external_key = 'gso2025:20242'
        JOIN cdt_team t ON t.unit_id = v.unit_id AND t.status = 'active'
       WHERE v.valid_to IS NULL ORDER BY v.name LIMIT 1)`);
  await db.query(`INSERT INTO org_unit_event (kind, effective_date, note) VALUES ('create', '2022-03-01', 'Tổ công nghệ số cộng đồng mẫu (dữ liệu mẫu)')`);
  await recountTeams(db);
}
