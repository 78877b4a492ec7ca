/** Public face of the org-units module. */
import type { Queryable } from '../../platform/db/db.ts';
import { todayIso } from '../../platform/time.ts';
import { findAllSuccessions, findPredecessorClosure, findStructureStamp, findUnit, findVersionAt, findVersionsAsOf, findVersionsOfUnitsAt, insertEvent, insertUnit, insertVersion } from './org-units.repository.ts';

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
export { changeFrom } from './org-units.service.ts';

/**
 * A new unit under `parentId` from `validFrom`, inside the caller's transaction (registers that
 * own units of their own kind, such as CDT teams, create them with their record). The event
 * keeps cached structures honest; the caller checks access and audits.
 */
export async function insertChildUnit(
  tx: Queryable,
  v: { parentId: string; name: string; type: string; validFrom: string; note?: string | null; createdBy: string | null },
): Promise<string> {
  // A start before the parent existed (a team older than its merged commune) starts with the parent's version of today.
  const validFrom = (await findVersionAt(tx, v.parentId, v.validFrom)) ? v.validFrom : ((await findVersionAt(tx, v.parentId, todayIso()))?.valid_from ?? todayIso());
  await insertEvent(tx, { kind: 'create', effectiveDate: validFrom, legalBasis: null, note: v.note ?? null, createdBy: v.createdBy });
  const parent = await findUnit(tx, v.parentId);
  const id = await insertUnit(tx, parent?.root_id ?? null);
  await insertVersion(tx, { unitId: id, name: v.name, shortName: null, type: v.type, officialCode: null, parentId: v.parentId, validFrom, validTo: null, note: v.note ?? null, source: null });
  return id;
}
