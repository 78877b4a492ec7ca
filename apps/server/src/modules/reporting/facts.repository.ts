import type { Queryable } from '../../platform/db/db.ts';

export type NewFact = {
  rootId: string | null;
  unitId: string;
  key: string;
  periodStart: string;
  periodEnd: string;
  category: string;
  value: number;
};

/**
 * Replaces every fact of one source (an accepted report, a register record) and refreshes the
 * per-unit-year aggregates the dashboards read, in the caller's transaction: a change is visible
 * on the next dashboard read.
 */
export async function replaceFactsOfSource(tx: Queryable, sourceType: string, sourceId: string, facts: NewFact[]): Promise<void> {
  const old = await tx.query<{ key: string; unit_id: string; year: number }>(
    `DELETE FROM fact WHERE source_type = $1 AND source_id = $2
     RETURNING key, unit_id, extract(year FROM period_start)::int AS year`,
    [sourceType, sourceId],
  );
  if (facts.length) {
    await tx.query(
      `INSERT INTO fact (root_id, unit_id, key, period_start, period_end, category, value, source_type, source_id)
       SELECT r, u, k, ps, pe, c, v, $8, $9 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[], $6::text[], $7::numeric[]) AS t(r, u, k, ps, pe, c, v)`,
      [facts.map((f) => f.rootId), facts.map((f) => f.unitId), facts.map((f) => f.key), facts.map((f) => f.periodStart), facts.map((f) => f.periodEnd),
        facts.map((f) => f.category), facts.map((f) => f.value), sourceType, sourceId],
    );
  }
  const touched = new Map<string, { key: string; unitId: string; year: number }>();
  for (const r of old.rows) touched.set(`${r.key}|${r.unit_id}|${r.year}`, { key: r.key, unitId: r.unit_id, year: r.year });
  for (const f of facts) touched.set(`${f.key}|${f.unitId}|${f.periodStart.slice(0, 4)}`, { key: f.key, unitId: f.unitId, year: +f.periodStart.slice(0, 4) });
  await refreshUnitYear(tx, [...touched.values()]);
}

export async function refreshUnitYear(tx: Queryable, cells: { key: string; unitId: string; year: number }[]): Promise<void> {
  if (cells.length === 0) return;
  const args = [cells.map((c) => c.key), cells.map((c) => c.unitId), cells.map((c) => c.year)];
  await tx.query(
    `DELETE FROM fact_unit_year a USING unnest($1::text[], $2::uuid[], $3::int[]) AS c(k, u, y)
      WHERE a.key = c.k AND a.unit_id = c.u AND a.year = c.y`,
    args,
  );
  await tx.query(
    `WITH c AS (SELECT DISTINCT * FROM unnest($1::text[], $2::uuid[], $3::int[]) AS c(k, u, y)),
     f AS (
       SELECT f.key, f.unit_id, extract(year FROM f.period_start)::int AS year, f.period_start, sum(f.value) AS v, count(*) AS n
         FROM fact f JOIN c ON f.key = c.k AND f.unit_id = c.u
          AND f.period_start >= make_date(c.y, 1, 1) AND f.period_start <= make_date(c.y, 12, 31)
        GROUP BY 1, 2, 3, 4
     )
     INSERT INTO fact_unit_year (key, unit_id, year, value_sum, value_count, last_period_start, last_value, root_id)
     SELECT f.key, f.unit_id, f.year, sum(f.v), sum(f.n)::int, max(f.period_start), (array_agg(f.v ORDER BY f.period_start DESC))[1],
            (SELECT root_id FROM org_unit u WHERE u.id = f.unit_id)
       FROM f GROUP BY f.key, f.unit_id, f.year`,
    args,
  );
}

/**
 * The aggregates of several keys and years for one province (or everywhere when `rootId` is
 * null), in one index range: the dashboard's one read of report figures.
 */
export async function findYearAggregates(db: Queryable, keys: string[], years: number[], rootId: string | null) {
  const { rows } = await db.query<{ key: string; year: number; unit_id: string; value_sum: number; last_value: number }>(
    `SELECT key, year, unit_id, value_sum, last_value FROM fact_unit_year
      WHERE key = ANY($1::text[]) AND year = ANY($2::int[]) AND ($3::uuid IS NULL OR root_id = $3)`,
    [keys, years, rootId],
  );
  return rows;
}

/** Per unit: the year's sum, or the value of the latest period, of one key. */
export async function findYearValues(db: Queryable, key: string, year: number, mode: 'sum' | 'latest'): Promise<Map<string, number>> {
  const { rows } = await db.query<{ unit_id: string; v: number }>(
    `SELECT unit_id, ${mode === 'sum' ? 'value_sum' : 'last_value'} AS v FROM fact_unit_year WHERE key = $1 AND year = $2`,
    [key, year],
  );
  return new Map(rows.map((r) => [r.unit_id, Number(r.v)]));
}

export async function findFacts(db: Queryable, keys: string[], year: number, unitIds: string[], limit: number, offset: number) {
  const { rows } = await db.query<{
    unit_id: string; key: string; label: string | null; period_start: string; period_end: string; value: number; source_type: string; source_id: string | null;
    form_id: string | null; period: string | null; total: number;
  }>(
    `SELECT f.unit_id, f.key, e.name AS label, f.period_start, f.period_end, f.value, f.source_type, f.source_id,
            r.form_id, r.period, count(*) OVER ()::int AS total
       FROM fact f
       LEFT JOIN data_element e ON 'de:' || e.code = f.key
       LEFT JOIN report r ON f.source_type = 'report' AND r.id::text = f.source_id
      WHERE f.key = ANY($1::text[]) AND f.period_start >= make_date($2, 1, 1) AND f.period_start <= make_date($2, 12, 31)
        AND f.unit_id = ANY($3::uuid[])
      ORDER BY f.period_start, f.unit_id, f.key LIMIT $4 OFFSET $5`,
    [keys, year, unitIds, limit, offset],
  );
  return rows;
}
