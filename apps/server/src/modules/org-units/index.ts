/** Public face of the org-units module. */
import type { Queryable } from '../../platform/db/db.ts';
import { findAllSuccessions, findPredecessorClosure, findStructureStamp, findVersionsAsOf, findVersionsOfUnitsAt } from './org-units.repository.ts';

export { getUnit, getTree, searchUnits } from './org-units.service.ts';
export { findAllSuccessions, findPredecessorClosure, findStructureStamp };

export type StructureNode = { id: string; name: string; type: string; officialCode: string | null; parentId: string | null };

/** The units under `rootId` (itself included) valid on `asOf`, flat. */
export async function loadStructure(db: Queryable, rootId: string, asOf: string): Promise<StructureNode[]> {
  const rows = await findVersionsAsOf(db, asOf, rootId);
  return rows.map((r) => ({ id: r.unit_id, name: r.name, type: r.type, officialCode: r.official_code, parentId: r.parent_id }));
}

/** The given units as they were on `asOf` (those that existed then). */
export async function loadUnitsAt(db: Queryable, unitIds: string[], asOf: string): Promise<StructureNode[]> {
  const rows = await findVersionsOfUnitsAt(db, unitIds, asOf);
  return rows.map((r) => ({ id: r.unit_id, name: r.name, type: r.type, officialCode: r.official_code, parentId: r.parent_id }));
}
export { unitListExport } from './org-units.exports.ts';
export { unitImporter } from './org-units.import.ts';
