import { schoolYearRange } from '@lantoa/contracts/schools';
import type { Queryable } from '../../platform/db/db.ts';
import { findSchoolFactRows } from './schools.repository.ts';

export type SchoolFacts = {
  /** Each registered school of the structure: 1 (the denominator of target 8). */
  registered: Map<string, number>;
  /** Each registered school: 1 when it held a DX extracurricular session in school year `year`, else 0. */
  withSession: Map<string, number>;
};

/**
 * Target 8 for year Y: schools of the structure (units of type school with a register profile,
 * all from THCS up) that held at least one session between 1 September Y−1 and 31 August Y.
 * A school counts under the commune it was placed in on the structure's day.
 */
export async function computeSchoolFacts(db: Queryable, f: { year: number; nodes: { id: string; type: string }[] }): Promise<SchoolFacts> {
  const ids = f.nodes.filter((n) => n.type === 'school').map((n) => n.id);
  const rows = await findSchoolFactRows(db, ids, schoolYearRange(f.year));
  return {
    registered: new Map(rows.map((r) => [r.id, 1])),
    withSession: new Map(rows.map((r) => [r.id, r.has_session ? 1 : 0])),
  };
}
