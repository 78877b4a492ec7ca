import type { Db } from '../platform/db/db.ts';

export type Scale = {
  provinces: number;
  districtsPerProvince: number;
  oldCommunesPerDistrict: number;
  newCommunesPerProvince: number;
  teamsPerCommune: number;
};

/**
 * A synthetic country under one root: provinces; until 2025-06-30 districts and their communes;
 * from 2025-07-01 larger communes directly under the province, each with its CDT teams. Inserted
 * with set-based SQL so that 100,000+ units load in seconds.
 */
export async function generateNationalStructure(db: Db, s: Scale) {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    const country = await c.query<{ id: string }>(`INSERT INTO org_unit (external_key) VALUES ('bench:vn') RETURNING id`);
    const countryId = country.rows[0]!.id;
    await c.query(`INSERT INTO org_unit_version (unit_id, name, type, official_code, valid_from) VALUES ($1, 'Việt Nam', 'other', 'VN', NULL)`, [countryId]);
    await c.query(`
      CREATE TEMP TABLE gen (key text PRIMARY KEY, parent_key text, name text, type text, code text, vfrom date, vto date) ON COMMIT DROP;
      INSERT INTO gen SELECT 'p' || p, 'bench:vn', 'Tỉnh ' || p, 'province', lpad(p::text, 2, '0'), NULL, NULL FROM generate_series(1, ${s.provinces}) p;
      INSERT INTO gen SELECT 'p' || p || 'd' || d, 'p' || p, 'Huyện ' || p || '-' || d, 'district', p || '-' || d, NULL, '2025-06-30'
        FROM generate_series(1, ${s.provinces}) p, generate_series(1, ${s.districtsPerProvince}) d;
      INSERT INTO gen SELECT 'p' || p || 'd' || d || 'c' || x, 'p' || p || 'd' || d, 'Xã cũ ' || p || '-' || d || '-' || x, 'commune', NULL, NULL, '2025-06-30'
        FROM generate_series(1, ${s.provinces}) p, generate_series(1, ${s.districtsPerProvince}) d, generate_series(1, ${s.oldCommunesPerDistrict}) x;
      INSERT INTO gen SELECT 'p' || p || 'n' || x, 'p' || p, CASE WHEN x % 4 = 0 THEN 'Phường ' ELSE 'Xã ' END || x || ' tỉnh ' || p, CASE WHEN x % 4 = 0 THEN 'ward' ELSE 'commune' END, NULL, '2025-07-01', NULL
        FROM generate_series(1, ${s.provinces}) p, generate_series(1, ${s.newCommunesPerProvince}) x;
      INSERT INTO gen SELECT 'p' || p || 'n' || x || 't' || t, 'p' || p || 'n' || x, 'Tổ công nghệ số cộng đồng thôn ' || t, 'cdt_team', NULL, '2025-07-01', NULL
        FROM generate_series(1, ${s.provinces}) p, generate_series(1, ${s.newCommunesPerProvince}) x, generate_series(1, ${s.teamsPerCommune}) t;
    `);
    // Every unit carries its province as root, as fact tables do (distribution by province).
    await c.query(`INSERT INTO org_unit (external_key) SELECT 'bench:' || key FROM gen`);
    await c.query(`UPDATE org_unit u SET root_id = p.id FROM org_unit p
                    WHERE u.external_key LIKE 'bench:p%' AND p.external_key = 'bench:' || substring(u.external_key FROM '^bench:(p[0-9]+)')`);
    await c.query(`
      INSERT INTO org_unit_version (unit_id, name, type, official_code, parent_id, valid_from, valid_to)
      SELECT u.id, g.name, g.type, g.code, pu.id, g.vfrom, g.vto
        FROM gen g
        JOIN org_unit u ON u.external_key = 'bench:' || g.key
        JOIN org_unit pu ON pu.external_key = CASE WHEN g.parent_key = 'bench:vn' THEN 'bench:vn' ELSE 'bench:' || g.parent_key END`);
    const counts = await c.query<{ units: number; versions: number; teams: number; communes: number }>(`
      SELECT (SELECT count(*) FROM org_unit)::int AS units, (SELECT count(*) FROM org_unit_version)::int AS versions,
             (SELECT count(*) FROM gen WHERE type = 'cdt_team')::int AS teams,
             (SELECT count(*) FROM gen WHERE vfrom = '2025-07-01' AND type <> 'cdt_team')::int AS communes`);
    const sample = await c.query<{ p: string; c: string; t: string }>(`
      SELECT (SELECT id FROM org_unit WHERE external_key = 'bench:p7') AS p,
             (SELECT id FROM org_unit WHERE external_key = 'bench:p7n12') AS c,
             (SELECT id FROM org_unit WHERE external_key = 'bench:p7n12t3') AS t`);
    await c.query('COMMIT');
    await c.query('ANALYZE org_unit; ANALYZE org_unit_version');
    const r = counts.rows[0]!;
    return {
      countryId,
      sampleProvinceId: sample.rows[0]!.p,
      sampleCommuneId: sample.rows[0]!.c,
      sampleTeamId: sample.rows[0]!.t,
      units: r.units,
      versions: r.versions,
      teams: r.teams,
      newCommunes: r.communes,
    };
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    c.release();
  }
}

const COMMUNE_KEYS = ['CDT_TEAMS_TOTAL', 'CDT_TEAMS_TRAINED', 'SCHOOLS_TOTAL', 'SCHOOLS_DX'];
export const TEAM_KEYS = ['SUPPORT_PEOPLE', 'SUPPORT_VNEID', 'SUPPORT_DVC', 'SUPPORT_PAYMENT', 'SUPPORT_FRAUD'];
export { COMMUNE_KEYS };

/** Quarterly report values for units of some types (those of the 2025 structure), in one statement. */
export async function addNationalFacts(db: Db, types: string[], keys: string[], years: number[]): Promise<number> {
  for (const k of keys) {
    await db.query(`INSERT INTO data_element (code, name, value_type, time_aggregation) VALUES ($1, $1, 'integer', 'sum') ON CONFLICT DO NOTHING`, [k]);
  }
  const { rowCount } = await db.query(
    `INSERT INTO fact (root_id, unit_id, key, period_start, period_end, value, source_type, source_id)
     SELECT u.root_id, v.unit_id, 'de:' || k, make_date(y, q * 3 - 2, 1), (make_date(y, q * 3, 1) + interval '1 month - 1 day')::date,
            10 + (hashtext(v.unit_id::text || k || y || q) & 63), 'synthetic', NULL
       FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id,
            unnest($2::text[]) k, unnest($3::int[]) y, generate_series(1, 4) q
      WHERE v.type = ANY($1::text[]) AND v.valid_from = '2025-07-01' AND u.external_key LIKE 'bench:%'`,
    [types, keys, years],
  );
  return rowCount ?? 0;
}

/** Rebuilds the per-unit-year aggregates from every fact (after a bulk load). */
export async function rebuildFactAggregates(db: Db): Promise<void> {
  await db.query('TRUNCATE fact_unit_year');
  await db.query(
    `INSERT INTO fact_unit_year (key, unit_id, year, value_sum, value_count, last_period_start, last_value, root_id)
     SELECT f.key, f.unit_id, f.year, sum(f.v), sum(f.n)::int, max(f.ps), (array_agg(f.v ORDER BY f.ps DESC))[1], min(f.root_id::text)::uuid
       FROM (SELECT key, unit_id, root_id, extract(year FROM period_start)::int AS year, period_start AS ps, sum(value) AS v, count(*) AS n
               FROM fact GROUP BY key, unit_id, root_id, period_start) f
      GROUP BY f.key, f.unit_id, f.year`,
  );
  await db.query('ANALYZE fact; ANALYZE fact_unit_year');
}

/**
 * Loads the synthetic national data set: the structure, then about 1 million ('1m') or 10 million
 * ('10m') report values over 2021–2025. Returns the number of values.
 */
export async function loadNationalData(db: Db, scale: Scale, values: '1m' | '10m'): Promise<{ structure: Awaited<ReturnType<typeof generateNationalStructure>>; values: number }> {
  const exists = await db.query(`SELECT 1 FROM org_unit WHERE external_key = 'bench:vn'`);
  if (exists.rowCount) throw new Error('Dữ liệu tổng hợp toàn quốc đã có trong cơ sở dữ liệu này');
  const structure = await generateNationalStructure(db, scale);
  const years = [2021, 2022, 2023, 2024, 2025];
  let n = await addNationalFacts(db, ['commune', 'ward'], COMMUNE_KEYS, years);
  n += await addNationalFacts(db, ['cdt_team'], ['SUPPORT_PEOPLE'], values === '10m' ? years : [2024, 2025]);
  if (values === '10m') n += await addNationalFacts(db, ['cdt_team'], TEAM_KEYS.slice(1), years);
  await rebuildFactAggregates(db);
  return { structure, values: n };
}
