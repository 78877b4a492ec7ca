import type { Queryable } from '../../platform/db/db.ts';
import type { Formula } from './providers.ts';

export type IndicatorRow = {
  id: string;
  programme_id: string | null;
  target_number: number | null;
  code: string;
  valid_from_year: number;
  valid_to_year: number | null;
  name: string;
  description: string;
  formula: Formula;
  unit_label: string;
  version: number;
};

/** The definition of each indicator valid for a year (definitions are versioned by year). */
export async function findIndicatorsForYear(db: Queryable, year: number): Promise<IndicatorRow[]> {
  const { rows } = await db.query<IndicatorRow>(
    `SELECT DISTINCT ON (code) * FROM indicator
      WHERE valid_from_year <= $1 AND (valid_to_year IS NULL OR valid_to_year >= $1)
      ORDER BY code, valid_from_year DESC`,
    [year],
  );
  return rows.sort((a, b) => (a.target_number ?? 99) - (b.target_number ?? 99) || a.code.localeCompare(b.code));
}

export async function findAllIndicators(db: Queryable): Promise<IndicatorRow[]> {
  const { rows } = await db.query<IndicatorRow>('SELECT * FROM indicator ORDER BY target_number NULLS LAST, code, valid_from_year');
  return rows;
}

export async function findIndicator(db: Queryable, id: string): Promise<IndicatorRow | null> {
  const { rows } = await db.query<IndicatorRow>('SELECT * FROM indicator WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function findTargets(db: Queryable, code: string): Promise<Map<number, { target: number; max: number | null }>> {
  const { rows } = await db.query<{ year: number; target_value: number; target_value_max: number | null }>(
    'SELECT year, target_value, target_value_max FROM indicator_target WHERE indicator_code = $1',
    [code],
  );
  return new Map(rows.map((r) => [r.year, { target: Number(r.target_value), max: r.target_value_max === null ? null : Number(r.target_value_max) }]));
}

export async function updateIndicator(
  db: Queryable,
  id: string,
  d: { name: string; description: string; formula: Formula; unitLabel: string },
  version: number,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE indicator SET name = $2, description = $3, formula = $4, unit_label = $5, version = version + 1 WHERE id = $1 AND version = $6`,
    [id, d.name, d.description, JSON.stringify(d.formula), d.unitLabel, version],
  );
  return (rowCount ?? 0) > 0;
}

/** A new definition from a year on: the previous one ends the year before. */
export async function insertIndicatorVersion(db: Queryable, base: IndicatorRow, fromYear: number, d: { name: string; description: string; formula: Formula; unitLabel: string }): Promise<string> {
  await db.query('UPDATE indicator SET valid_to_year = $2 WHERE code = $1 AND valid_from_year < $3 AND (valid_to_year IS NULL OR valid_to_year >= $3)', [base.code, fromYear - 1, fromYear]);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO indicator (programme_id, target_number, code, valid_from_year, name, description, formula, unit_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [base.programme_id, base.target_number, base.code, fromYear, d.name, d.description, JSON.stringify(d.formula), d.unitLabel],
  );
  return rows[0]!.id;
}
