import type { Db } from '../src/platform/db/db.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import { findSubtreeIds } from '../src/platform/db/hierarchy.ts';
import { MIN_TEAM_MEMBERS } from '@lantoa/contracts/cdt';
import { listLogs, listTeams } from '../src/modules/cdt/cdt.repository.ts';
import { getSupportSummary } from '../src/modules/cdt/cdt.service.ts';
import { loadConfig } from '../src/config.ts';

type Measure = (name: string, fn: () => Promise<number>) => Promise<{ name: string; rows: number; median: number; p95: number; n: number }>;

const TODAY = '2026-06-01';

/**
 * The CDT register at national scale: a register row for every team unit of the synthetic
 * structure (~100,000), member counts from 4 to 10, and 1,000,000 support logs over 2023–2025.
 * Measures the team list with its filters and the support-log list and summaries.
 */
export async function benchCdt(db: Db, g: { countryId: string; sampleProvinceId: string; sampleCommuneId: string; sampleTeamId: string }, measure: Measure, say: (m: string) => void) {
  const t0 = performance.now();
  await db.query(`
    INSERT INTO cdt_team (unit_id, served_area, status, established_on, member_count, search_text)
    SELECT v.unit_id, 'Thôn ' || (abs(hashtext(v.unit_id::text)) % 40 + 1),
           CASE WHEN abs(hashtext(v.unit_id::text || 's')) % 40 = 0 THEN 'suspended' ELSE 'active' END,
           DATE '2022-03-01' + abs(hashtext(v.unit_id::text || 'e')) % 300,
           4 + abs(hashtext(v.unit_id::text || 'm')) % 7,
           vn_fold(v.name || ' thôn ' || (abs(hashtext(v.unit_id::text)) % 40 + 1))
      FROM org_unit_version v WHERE v.type = 'cdt_team' AND v.valid_to IS NULL`);
  await db.query(`
    CREATE TEMP TABLE bench_team AS SELECT unit_id, row_number() OVER (ORDER BY unit_id) AS rn FROM cdt_team;
    CREATE INDEX ON bench_team (rn);
    ANALYZE bench_team`);
  await db.query(`
    INSERT INTO cdt_support_log (id, team_unit_id, log_date, place, vneid, online_services, cashless, anti_fraud, city_apps)
    SELECT gen_random_uuid(), t.unit_id, DATE '2023-01-01' + ((i::bigint * 7919) % 1095)::int, 'Nhà văn hóa',
           i % 7, i % 5, i % 4, i % 3, i % 2
      FROM generate_series(1, 1000000) i
      JOIN bench_team t ON t.rn = i % (SELECT count(*) FROM bench_team) + 1`);
  await db.query('ANALYZE cdt_team; ANALYZE cdt_support_log');
  const counts = (await db.query<{ teams: number; logs: number }>('SELECT (SELECT count(*) FROM cdt_team)::int AS teams, (SELECT count(*) FROM cdt_support_log)::int AS logs')).rows[0]!;
  say(`Tổ CNSCĐ: ${counts.teams.toLocaleString('vi-VN')} tổ, ${counts.logs.toLocaleString('vi-VN')} lượt ghi nhận — nạp trong ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const base = { today: TODAY, scopeIds: null, minMembers: MIN_TEAM_MEMBERS, limit: 20, offset: 0 };
  const actor: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'bench', fullName: 'Bench', sessionId: 'bench', ip: null, assignments: [{ id: 'a', role: 'system_admin', unitId: g.countryId, unitName: 'VN' }] };
  const ctx = { db, actor, config: loadConfig({ ...process.env, DATABASE_URL: 'postgres://bench' }) };
  const out = [];
  out.push(await measure('teams: whole country, by name, page 1 of 20', async () => (await listTeams(db, { ...base, unitIds: null, sort: 'name' })).rows.length));
  out.push(await measure('teams: whole country, active, below 7, by name', async () => (await listTeams(db, { ...base, unitIds: null, status: 'active', belowMinimum: true, sort: 'name' })).rows.length));
  out.push(await measure('teams: whole country, search "thon 12" folded', async () => (await listTeams(db, { ...base, unitIds: null, q: 'thon 12', sort: 'name' })).rows.length));
  out.push(await measure('teams: one province (subtree + list), most members first', async () => {
    const ids = await findSubtreeIds(db, [g.sampleProvinceId], TODAY);
    return (await listTeams(db, { ...base, unitIds: ids, sort: '-members' })).rows.length;
  }));
  out.push(await measure('teams: one commune (subtree + list), below 7', async () => {
    const ids = await findSubtreeIds(db, [g.sampleCommuneId], TODAY);
    return (await listTeams(db, { ...base, unitIds: ids, belowMinimum: true, sort: 'name' })).rows.length;
  }));
  out.push(await measure('support logs: whole country, newest first, page 1', async () => (await listLogs(db, { teamIds: null, limit: 20, offset: 0 })).rows.length));
  out.push(await measure('support logs: one province, 2025, newest first', async () => {
    const ids = await findSubtreeIds(db, [g.sampleProvinceId], TODAY);
    return (await listLogs(db, { teamIds: ids, from: '2025-01-01', to: '2025-12-31', limit: 20, offset: 0 })).rows.length;
  }));
  out.push(await measure('support logs: one team, all', async () => (await listLogs(db, { teamIds: [g.sampleTeamId], limit: 20, offset: 0 })).rows.length));
  out.push(await measure('summary: one commune, one month (2025-10)', async () => (await getSupportSummary(ctx, { unitId: g.sampleCommuneId, year: 2025, month: 10 })).totals.logs));
  out.push(await measure('summary: one province, year 2025', async () => (await getSupportSummary(ctx, { unitId: g.sampleProvinceId, year: 2025 })).totals.logs));
  out.push(await measure('summary: whole country, one month (2025-10)', async () => (await getSupportSummary(ctx, { unitId: g.countryId, year: 2025, month: 10 })).totals.logs));
  return out;
}
