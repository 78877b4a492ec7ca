import { UNIT_TYPE_GROUP, type UnitSummary, type UnitTreeNode, type UnitVersion } from '@lantoa/contracts/org-units';
import type { SuccessionRow, VersionRow } from './org-units.repository.ts';

export function presentSummary(v: VersionRow): UnitSummary {
  return {
    id: v.unit_id,
    name: v.name,
    shortName: v.short_name,
    type: v.type,
    group: UNIT_TYPE_GROUP[v.type] ?? 'other',
    officialCode: v.official_code,
    parentId: v.parent_id,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    uncertain: v.uncertain,
  };
}

export function presentVersion(v: VersionRow): UnitVersion {
  return {
    id: v.id,
    name: v.name,
    shortName: v.short_name,
    type: v.type,
    officialCode: v.official_code,
    parentId: v.parent_id,
    parentName: v.parent_name,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    uncertain: v.uncertain,
    note: v.note,
    source: v.source,
  };
}

export function presentSuccession(s: SuccessionRow) {
  return {
    id: s.id,
    kind: s.kind as 'merge',
    share: s.share as 'full',
    effectiveDate: s.effective_date,
    unitId: s.unit_id,
    unitName: s.unit_name,
    unitCode: s.unit_code,
    uncertain: s.uncertain,
    note: s.note,
  };
}

const TYPE_ORDER = ['province', 'district', 'special_zone', 'ward', 'commune', 'township', 'department', 'agency', 'party_body', 'mass_organisation', 'press_agency', 'school', 'cdt_team', 'other'];

/**
 * Builds the nested tree from a flat list of versions valid on one day. Localities come before
 * organisations, each group in Vietnamese alphabetical order (the list arrives sorted by name).
 */
export function computeTree(rows: VersionRow[], rootId?: string): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const r of rows) nodes.set(r.unit_id, { ...presentSummary(r), children: [] });
  const roots: UnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId && node.id !== rootId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortRec = (list: UnitTreeNode[]) => {
    list.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    for (const n of list) sortRec(n.children);
  };
  sortRec(roots);
  return roots;
}
