import type { Db } from '../src/platform/db/db.ts';
import { seedReportingConfig } from '../src/seed/reporting.seed.ts';
import { computeBreakdown, computeDashboard, getDashboard } from '../src/modules/reporting/dashboard.service.ts';
import { replaceFactsOfSource } from '../src/modules/reporting/facts.repository.ts';

type Measure = (name: string, fn: () => Promise<number>) => Promise<{ name: string; rows: number; median: number; p95: number; n: number }>;

const COMMUNE_KEYS = ['CDT_TEAMS_TOTAL', 'CDT_TEAMS_TRAINED', 'SCHOOLS_TOTAL', 'SCHOOLS_DX'];
const TEAM_KEYS = ['SUPPORT_PEOPLE', 'SUPPORT_VNEID', 'SUPPORT_DVC', 'SUPPORT_PAYMENT', 'SUPPORT_FRAUD'];

/** Quarterly facts for units of some types, for the quarters of some years, in one statement. */
async function addFacts(db: Db, types: string[], keys: string[], years: number[]): Promise<number> {
  const { rowCount } = await db.query(
    `INSERT INTO fact (root_id, unit_id, key, period_start, period_end, value, source_type, source_id)
     SELECT u.root_id, v.unit_id, 'de:' || k, make_date(y, q * 3 - 2, 1), (make_date(y, q * 3, 1) + interval '1 month - 1 day')::date,
            10 + (hashtext(v.unit_id::text || k || y || q) & 63), 'bench', NULL
       FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id,
            unnest($2::text[]) k, unnest($3::int[]) y, generate_series(1, 4) q
      WHERE v.type = ANY($1::text[]) AND v.valid_from = '2025-07-01'`,
    [types, keys, years],
  );
  return rowCount ?? 0;
}

async function rebuildAggregates(db: Db): Promise<void> {
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
 * Dashboards over a national structure at about 1 million and 10 million report values: the
 * province and commune dashboards for a year, a drill-down, and how fast accepted reports land.
 */
export async function benchDashboards(db: Db, g: { sampleProvinceId: string; sampleCommuneId: string }, measure: Measure, log: (m: string) => void) {
  await seedReportingConfig(db);
  for (const k of TEAM_KEYS) {
    await db.query(`INSERT INTO data_element (code, name, value_type, time_aggregation) VALUES ($1, $1, 'integer', 'sum') ON CONFLICT DO NOTHING`, [k]);
  }
  const years = [2021, 2022, 2023, 2024, 2025];
  const results = [];
  let t = performance.now();
  let total = await addFacts(db, ['commune', 'ward'], COMMUNE_KEYS, years);
  total += await addFacts(db, ['cdt_team'], ['SUPPORT_PEOPLE'], [2024, 2025]);
  await rebuildAggregates(db);
  log(`  ${total.toLocaleString('vi-VN')} giá trị báo cáo, nạp và tổng hợp trong ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const run = async (label: string) => {
    results.push(await measure(`province dashboard computed, 9 targets × 5 years (${label})`, async () => (await computeDashboard(db, g.sampleProvinceId, { year: 2025, structure: 'as-of' })).indicators.length));
    results.push(await measure(`province dashboard served, data unchanged (${label})`, async () => (await getDashboard(db, g.sampleProvinceId, { year: 2025, structure: 'as-of' })).indicators.length));
    results.push(await measure(`commune dashboard computed (${label})`, async () => (await computeDashboard(db, g.sampleCommuneId, { year: 2025, structure: 'as-of' })).indicators.length));
    results.push(await measure(`drill-down T5 by commune of a province (${label})`, async () => (await computeBreakdown(db, g.sampleProvinceId, 'T5', { year: 2025, structure: 'as-of' })).rows.length));
  };
  await run(`${(total / 1e6).toFixed(1)} M values`);

  t = performance.now();
  total += await addFacts(db, ['cdt_team'], ['SUPPORT_PEOPLE'], [2021, 2022, 2023]);
  total += await addFacts(db, ['cdt_team'], TEAM_KEYS.slice(1), years);
  await rebuildAggregates(db);
  log(`  ${total.toLocaleString('vi-VN')} giá trị báo cáo, nạp và tổng hợp trong ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await run(`${(total / 1e6).toFixed(1)} M values`);

  // Accepting a report writes its facts and refreshes the aggregates in one transaction.
  const communes = (await db.query<{ unit_id: string }>(`SELECT unit_id FROM org_unit_version WHERE type = 'commune' AND valid_from = '2025-07-01' LIMIT 400`)).rows;
  let i = 0;
  results.push(await measure('accept one quarterly report (facts + aggregates)', async () => {
    const unit = communes[i++ % communes.length]!.unit_id;
    const c = await db.connect();
    try {
      await c.query('BEGIN');
      await replaceFactsOfSource(c, 'report', `bench-${i}`, COMMUNE_KEYS.map((k) => ({ rootId: null, unitId: unit, key: `de:${k}`, periodStart: '2026-01-01', periodEnd: '2026-03-31', category: '', value: 7 })));
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    return 4;
  }));
  return results;
}
