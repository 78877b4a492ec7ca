import { schoolYearRange } from '@lantoa/contracts/schools';
import type { Queryable } from '../../platform/db/db.ts';
import { findAllSuccessions } from '../org-units/index.ts';
import { findSchoolFactRows } from './schools.repository.ts';

export type SchoolFacts = {
  /** Every school counted, with the commune it counts under. */
  schools: { schoolId: string; name: string; communeUnitId: string; hasSession: boolean }[];
  /** Per commune of the structure: the registered schools in it (the denominator of target 8). */
  registered: Map<string, number>;
  /** Per commune: those that held a DX extracurricular session in school year `year`. */
  withSession: Map<string, number>;
};

/**
 * Target 8 for year Y on the structure `nodes` of day `day`: the schools of the register (all from
 * THCS up) that existed on that day, counted under the commune they were placed in then, and those
 * of them that held at least one session between 1 September Y−1 and 31 August Y. A school whose
 * last placement's commune was merged away before `day` counts under the commune's successor.
 */
export async function computeSchoolFacts(db: Queryable, f: { year: number; day: string; nodes: { id: string; type: string }[] }): Promise<SchoolFacts> {
  const rows = await findSchoolFactRows(db, f.day, schoolYearRange(f.year));
  const inNodes = new Set(f.nodes.map((n) => n.id));
  const orphans = rows.some((r) => !r.placed_on_day);
  const next = new Map<string, string[]>();
  if (orphans) {
    const successions = await findAllSuccessions(db);
    for (const s of [...successions].sort((a, b) => (a.share === b.share ? 0 : a.share === 'full' ? -1 : 1))) next.set(s.from, [...(next.get(s.from) ?? []), s.to]);
  }
  const place = (unitId: string): string | null => {
    const seen = new Set<string>();
    let frontier = [unitId];
    while (frontier.length > 0) {
      for (const id of frontier) if (inNodes.has(id)) return id;
      const following: string[] = [];
      for (const id of frontier) {
        if (seen.has(id)) continue;
        seen.add(id);
        following.push(...(next.get(id) ?? []));
      }
      frontier = following;
    }
    return null;
  };
  const schools: SchoolFacts['schools'] = [];
  const registered = new Map<string, number>();
  const withSession = new Map<string, number>();
  for (const r of rows) {
    const commune = r.placed_on_day ? (inNodes.has(r.commune_unit_id) ? r.commune_unit_id : null) : place(r.commune_unit_id);
    if (!commune) continue;
    schools.push({ schoolId: r.school_id, name: r.school_name, communeUnitId: commune, hasSession: r.has_session });
    registered.set(commune, (registered.get(commune) ?? 0) + 1);
    withSession.set(commune, (withSession.get(commune) ?? 0) + (r.has_session ? 1 : 0));
  }
  return { schools, registered, withSession };
}
