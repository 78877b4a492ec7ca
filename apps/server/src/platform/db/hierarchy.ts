import type { Queryable } from './db.ts';

/**
 * Named hierarchy queries over units as of a date. Every roll-up and scope check goes through
 * these, never an inline recursive CTE.
 */

/** The unit and all its ancestors on the structure valid on `asOf`, nearest first. */
export async function findAncestorIds(db: Queryable, unitId: string, asOf: string): Promise<string[]> {
  const { rows } = await db.query<{ unit_id: string }>(
    `WITH RECURSIVE up(unit_id, parent_id, depth) AS (
       SELECT v.unit_id, v.parent_id, 0 FROM org_unit_version v
        WHERE v.unit_id = $1 AND v.validity @> $2::date
       UNION ALL
       SELECT v.unit_id, v.parent_id, up.depth + 1 FROM up
         JOIN org_unit_version v ON v.unit_id = up.parent_id AND v.validity @> $2::date
        WHERE up.depth < 64
     )
     SELECT unit_id FROM up ORDER BY depth`,
    [unitId, asOf],
  );
  return rows.map((r) => r.unit_id);
}

/** Every unit in the subtrees of `rootIds` (roots included) on the structure valid on `asOf`. */
export async function findSubtreeIds(db: Queryable, rootIds: string[], asOf: string): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const { rows } = await db.query<{ unit_id: string }>(
    `WITH RECURSIVE down(unit_id, depth) AS (
       SELECT v.unit_id, 0 FROM org_unit_version v
        WHERE v.unit_id = ANY($1::uuid[]) AND v.validity @> $2::date
       UNION
       SELECT v.unit_id, down.depth + 1 FROM down
         JOIN org_unit_version v ON v.parent_id = down.unit_id AND v.validity @> $2::date
        WHERE down.depth < 64
     )
     SELECT DISTINCT unit_id FROM down`,
    [rootIds, asOf],
  );
  return rows.map((r) => r.unit_id);
}

/**
 * The day on which to read a unit's place in the tree: `asOf` when it exists then, otherwise the
 * last day it existed (a closed ward stays inside the district it belonged to).
 */
export async function findPlacementDate(db: Queryable, unitId: string, asOf: string): Promise<string | null> {
  const { rows } = await db.query<{ d: string | null }>(
    `SELECT CASE
              WHEN bool_or(validity @> $2::date) THEN $2::date
              ELSE max(coalesce(valid_to, $2::date)) FILTER (WHERE coalesce(valid_from, '-infinity') <= $2::date)
            END::text AS d
       FROM org_unit_version WHERE unit_id = $1`,
    [unitId, asOf],
  );
  const d = rows[0]?.d ?? null;
  if (d) return d;
  // A unit that only starts after asOf: read it on its first day.
  const first = await db.query<{ d: string | null }>(
    'SELECT min(valid_from)::text AS d FROM org_unit_version WHERE unit_id = $1',
    [unitId],
  );
  return first.rows[0]?.d ?? null;
}
