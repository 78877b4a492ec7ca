import type { z } from 'zod';
import type { ExportFormat } from '@lantoa/contracts/exchange';
import type { AuthedCtx } from '../context.ts';
import { todayIso } from '../time.ts';
import type { ColumnSpec, ExportRecord } from './exporter.ts';

/**
 * A list that can be exported: the same filter as the list endpoint, the columns, a count (to
 * choose between a direct download and a job) and the rows, streamed in batches.
 */
export type ExportSource<Q = any> = {
  /** Stable name, stored in job payloads ('org-units'). */
  name: string;
  /** Vietnamese title: the sheet name and the start of the file name. */
  title: string;
  query: z.ZodType<Q>;
  columns: ColumnSpec[];
  count: (ctx: AuthedCtx, q: Q) => Promise<number>;
  rows: (ctx: AuthedCtx, q: Q) => AsyncIterable<ExportRecord[]>;
};

export function defineExportSource<Q>(source: ExportSource<Q>): ExportSource<Q> {
  return source;
}

/** "Danh sách đơn vị 26-11-2025.xlsx" */
export function exportFileName(title: string, format: ExportFormat, today = todayIso()): string {
  const [y, m, d] = today.split('-');
  return `${title} ${d}-${m}-${y}.${format}`;
}

/** 1234567 → "1.234.567" (Vietnamese digit grouping, independent of the ICU data installed). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
