import { T7_PORTAL_KINDS } from '@lantoa/contracts/press';
import type { Queryable } from '../../platform/db/db.ts';
import { findAllSuccessions } from '../org-units/index.ts';
import { countColumnPosts, findUnitsWithColumnPost } from '../content/index.ts';
import { countArticlesByOwner, findColumnFacts } from './press.repository.ts';

type Node = { id: string; type: string; name?: string };

/**
 * Where a channel's owner stands among `nodes`: itself, or (an agency merged away) the first
 * successor found among them, full successors first.
 */
function mapper(nodes: Node[], successions: { from: string; to: string; share: 'full' | 'partial' }[]) {
  const inNodes = new Set(nodes.map((n) => n.id));
  const next = new Map<string, string[]>();
  for (const s of [...successions].sort((a, b) => (a.share === b.share ? 0 : a.share === 'full' ? -1 : 1))) {
    next.set(s.from, [...(next.get(s.from) ?? []), s.to]);
  }
  return (unitId: string): string | null => {
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
}

/** One outlet of target 7 (an agency, or a portal run outside the press group) and its column. */
export type Outlet = { unitId: string; name: string; channelId: string | null; hasColumn: boolean };

export type ColumnFacts = {
  outlets: Outlet[];
  /** Per unit: how many of target 7's outlets it stands for (the denominator). */
  expected: Map<string, number>;
  /** Per unit: how many of those had a DX column on the day asked about (the numerator). */
  withColumn: Map<string, number>;
};

/**
 * Target 7 on the structure `nodes` as of `asOf`. The outlets are every press agency (a unit of
 * the press group, counted once whatever number of channels it runs) plus every channel of kind
 * city Party portal or city portal run by a unit outside the press group. An outlet has a column
 * when one of its channels recorded a "Chuyển đổi số" column starting on or before `asOf`, or
 * when its unit published a post in its Lan Tỏa column on or before `asOf` (the column is the
 * unit's, so each outlet the unit stands for has it). Channels and posts of agencies merged away
 * count for their successor.
 */
export async function computeColumnFacts(db: Queryable, f: { asOf: string; nodes: Node[] }): Promise<ColumnFacts> {
  const rows = await findColumnFacts(db, f.asOf);
  const posting = await findUnitsWithColumnPost(db, f.asOf);
  const nameOf = new Map(f.nodes.map((n) => [n.id, n.name ?? '']));
  const ids = new Set(f.nodes.map((n) => n.id));
  const outside = rows.some((r) => !ids.has(r.owner_unit_id)) || posting.some((p) => !ids.has(p.unitId));
  const place = mapper(f.nodes, outside ? await findAllSuccessions(db) : []);
  const withLanToaColumn = new Set(posting.map((p) => place(p.unitId)).filter((id): id is string => id !== null));
  const typeOf = new Map(f.nodes.map((n) => [n.id, n.type]));
  const expected = new Map<string, number>();
  const withColumn = new Map<string, number>();
  const portals: Outlet[] = [];
  // An agency's evidence: a channel with a column if it has one, else any of its channels.
  const agencyChannel = new Map<string, { channelId: string; hasColumn: boolean }>();
  for (const n of f.nodes) if (n.type === 'press_agency') expected.set(n.id, 1);
  for (const r of rows) {
    const unit = place(r.owner_unit_id);
    if (!unit) continue;
    if (typeOf.get(unit) === 'press_agency') {
      const known = agencyChannel.get(unit);
      if (!known || (!known.hasColumn && r.has_column_by)) agencyChannel.set(unit, { channelId: r.channel_id, hasColumn: r.has_column_by });
    } else if (T7_PORTAL_KINDS.includes(r.kind)) {
      const hasColumn = r.has_column_by || withLanToaColumn.has(unit);
      expected.set(unit, (expected.get(unit) ?? 0) + 1);
      if (hasColumn) withColumn.set(unit, (withColumn.get(unit) ?? 0) + 1);
      portals.push({ unitId: unit, name: r.channel_name, channelId: r.channel_id, hasColumn });
    }
  }
  const agencies: Outlet[] = f.nodes
    .filter((n) => n.type === 'press_agency')
    .map((n) => ({
      unitId: n.id, name: nameOf.get(n.id) ?? '', channelId: agencyChannel.get(n.id)?.channelId ?? null,
      hasColumn: (agencyChannel.get(n.id)?.hasColumn ?? false) || withLanToaColumn.has(n.id),
    }));
  for (const a of agencies) if (a.hasColumn) withColumn.set(a.unitId, (withColumn.get(a.unitId) ?? 0) + 1);
  return { outlets: [...agencies, ...portals], expected, withColumn };
}

/**
 * Articles published in `year` per unit of `nodes` (merged-away owners counted for their
 * successor): those of its channels and the posts of its Lan Tỏa column. A post read back into a
 * channel through the portal's feeds counts once (see press.repository.ts).
 */
export async function countArticlesForYear(db: Queryable, f: { year: number; nodes: Node[] }): Promise<Map<string, number>> {
  const byOwner = await countArticlesByOwner(db, f.year);
  for (const p of await countColumnPosts(db, { year: f.year })) byOwner.set(p.unitId, (byOwner.get(p.unitId) ?? 0) + p.count);
  const ids = new Set(f.nodes.map((n) => n.id));
  const place = mapper(f.nodes, [...byOwner.keys()].some((id) => !ids.has(id)) ? await findAllSuccessions(db) : []);
  const out = new Map<string, number>();
  for (const [owner, n] of byOwner) {
    const unit = place(owner);
    if (unit) out.set(unit, (out.get(unit) ?? 0) + n);
  }
  return out;
}
