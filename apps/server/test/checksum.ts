import type { Db } from '../src/platform/db/db.ts';

/** Tables a refused request may still touch: the session's last-seen time and the login attempts. */
const VOLATILE = new Set(['public.user_session', 'public.login_attempt']);

export type Checksums = Map<string, string>;

/** Every table of the database (all schemas but the system ones): row count and an order-free hash of its rows. */
export async function databaseChecksum(db: Db, opts: { includeVolatile?: boolean } = {}): Promise<Checksums> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'
      ORDER BY 1`,
  );
  const out: Checksums = new Map();
  const names = tables.map((t) => t.name).filter((n) => opts.includeVolatile || !VOLATILE.has(n));
  if (!names.length) return out;
  // One statement for all tables: a sum of 64-bit row hashes does not depend on the order of the rows.
  const sql = names
    .map((n, i) => `SELECT ${i} AS i, count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS v FROM ${n} t`)
    .join(' UNION ALL ');
  const { rows } = await db.query<{ i: number; v: string }>(sql);
  for (const row of rows) out.set(names[row.i]!, row.v);
  return out;
}

/** The tables whose checksum differs, with both values. */
export function diffChecksums(a: Checksums, b: Checksums): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k) ?? '—'} → ${b.get(k) ?? '—'}`);
}
