import type { z } from 'zod';
import type { Permission } from '@lantoa/contracts/access';
import type { ImportKind, ImportRowError } from '@lantoa/contracts/exchange';
import type { AuthedCtx } from '../context.ts';
import type { Queryable } from '../db/db.ts';
import type { ImportColumn, TableRow } from './table.ts';

/** Reports how far a long check or write has got (rows done of rows in all). */
export type RowProgress = (done: number, total: number) => Promise<void>;

export type ImportPlan<A> = {
  /** What applying the file would do, row by row (unchanged rows have no action). */
  actions: A[];
  create: number;
  update: number;
  unchanged: number;
  errors: ImportRowError[];
};

/**
 * One kind of import, provided by the module that owns the data. `plan` checks every row and
 * decides what would change without writing anything; `apply` writes a plan that has no errors.
 * Both run again inside the commit's transaction, so the check and the write see the same data.
 * Matching is by a natural key (unit code, username): applying the same file twice changes
 * nothing the second time.
 */
export type Importer<O = any, A = any> = {
  kind: ImportKind;
  /** Vietnamese name of what is imported ("đơn vị"), for file names and the audit log. */
  title: string;
  /** Needed (somewhere) to use this import at all; `authorize` checks the exact scope. */
  permission: Permission;
  options: z.ZodType<O>;
  columns: readonly ImportColumn[];
  /** Throws FORBIDDEN (or a validation error) unless the actor may import with these options. */
  authorize: (ctx: AuthedCtx, options: O) => Promise<void>;
  plan: (db: Queryable, ctx: AuthedCtx, rows: TableRow[], options: O, progress?: RowProgress) => Promise<ImportPlan<A>>;
  apply: (tx: Queryable, ctx: AuthedCtx, actions: A[], options: O, progress?: RowProgress) => Promise<void>;
};

export function defineImporter<O, A>(importer: Importer<O, A>): Importer<O, A> {
  return importer;
}

/** Collects row errors; each says which row and column, what is wrong and what is expected. */
export class RowErrors {
  readonly list: ImportRowError[] = [];
  private readonly bad = new Set<number>();

  add(row: number, column: ImportColumn, message: string, expected = column.expected): void {
    this.list.push({ row, column: column.header, message, expected });
    this.bad.add(row);
  }

  has(row: number): boolean {
    return this.bad.has(row);
  }
}
