import type { Db } from '../src/platform/db/db.ts';
import { seedReportingConfig } from '../src/seed/reporting.seed.ts';
import { computeBreakdown, computeDashboard, getDashboard } from '../src/modules/reporting/dashboard.service.ts';
import { replaceFactsOfSource } from '../src/modules/reporting/facts.repository.ts';
import { addNationalFacts as addFacts, COMMUNE_KEYS, rebuildFactAggregates as rebuildAggregates, TEAM_KEYS } from '../src/seed/national.seed.ts';

type Measure = (name: string, fn: () => Promise<number>) => Promise<{ name: string; rows: number; median: number; p95: number; n: number }>;

/**
 * Dashboards over a national structure at about 1 million and 10 million report values: the
 * province and commune dashboards for a year, a drill-down, and how fast accepted reports land.
 */
export async function benchDashboards(db: Db, g: { sampleProvinceId: string; sampleCommuneId: string }, measure: Measure, log: (m: string) => void) {
  await seedReportingConfig(db);
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
