import type { Db } from '../src/platform/db/db.ts';
import { consolidate, ensureEstimate, findEstimate } from '../src/modules/plans/estimates.repository.ts';
import { findBoard } from '../src/modules/plans/plans.repository.ts';

type Measure = (name: string, fn: () => Promise<number>) => Promise<{ name: string; rows: number; median: number; p95: number; n: number }>;

const LOCALITY_TYPES = ['province', 'district', 'ward', 'commune', 'township', 'special_zone'];
const BOARD_TYPES = ['district', 'ward', 'commune', 'township', 'special_zone', 'department', 'agency', 'party_body', 'mass_organisation', 'press_agency'];

/**
 * 300 city-level units under one province, each with an accepted plan of 20 city-budget lines;
 * plans for half of the province's communes. Measures consolidation and the year's status board.
 */
export async function benchPlans(db: Db, provinceId: string, measure: Measure) {
  const prog = await db.query<{ id: string }>(
    `INSERT INTO programme (code, title, decision_number, decision_date, issuer, period_start, period_end)
     VALUES ('BENCH', 'Đề án thử', '1/QĐ', '2026-01-01', 'UBND', '2026-01-01', '2030-12-31') RETURNING id`,
  );
  const programmeId = prog.rows[0]!.id;
  await db.query(`
    WITH u AS (
      INSERT INTO org_unit (external_key, root_id) SELECT 'bench:dept' || i, $1 FROM generate_series(1, 300) i RETURNING id, external_key
    )
    INSERT INTO org_unit_version (unit_id, name, type, parent_id, valid_from)
    SELECT u.id, 'Sở thử ' || substr(u.external_key, 11), 'department', $1, '2025-01-01' FROM u`, [provinceId]);
  const lines = Array.from({ length: 20 }, (_, i) => ({ activityIndex: null, taskAreaNumber: (i % 11) + 1, description: `Dòng ${i + 1}`, amount: 1_000_000 * (i + 1), source: 'city_budget' }));
  const data = JSON.stringify({ title: 'KH', summary: null, inSocioEconomicPlan: false, inYearlyProgramme: true, inMidTermProgramme: false, inLongTermProgramme: false, activities: [], budgetLines: lines });
  await db.query(
    `WITH p AS (
       INSERT INTO comm_plan (programme_id, unit_id, year, title, status, accepted_at)
       SELECT $1, v.unit_id, 2026, 'Kế hoạch 2026', 'accepted', now() FROM org_unit_version v
        WHERE v.parent_id = $2 AND (v.type = 'department' OR (v.type IN ('commune', 'ward') AND random() < 0.5))
       RETURNING id
     )
     INSERT INTO comm_plan_snapshot (plan_id, version_no, status, data, total_amount) SELECT p.id, 1, 'accepted', $3::jsonb, 210000000 FROM p`,
    [programmeId, provinceId, data],
  );
  await db.query('ANALYZE');
  await ensureEstimate(db, programmeId, 2026);
  const estimate = (await findEstimate(db, programmeId, 2026))!;
  return [
    await measure('consolidate 300 units × 20 lines (one transaction)', async () => {
      const c = await db.connect();
      try {
        await c.query('BEGIN');
        const n = await consolidate(c, estimate.id, programmeId, 2026, LOCALITY_TYPES);
        await c.query('COMMIT');
        return n;
      } finally {
        c.release();
      }
    }),
    await measure('plan status board of a year, one province', async () =>
      (await findBoard(db, { programmeId, year: 2026, asOf: '2026-06-30', rootIds: [provinceId], types: BOARD_TYPES })).length),
  ];
}
