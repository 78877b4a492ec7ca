import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportFormat } from '@lantoa/contracts/exchange';

export const COLUMN_TYPES = ['text', 'number', 'date', 'boolean'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One column of an export: its Vietnamese header, the record field it shows, and how. */
export type ColumnSpec = {
  header: string;
  key: string;
  type: ColumnType;
  /** Column width in characters (XLSX). */
  width?: number;
};

export type ExportRecord = Record<string, unknown>;

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const DATE_FORMAT = 'dd/mm/yyyy';
const BOM = '\ufeff';

/** Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A calendar day as a Date at midnight UTC (what Excel's serial dates count), or null. */
export function toCalendarDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // A moment in time shows as the day it was in Vietnam (UTC+7, no daylight saving).
    const vn = new Date(value.getTime() + 7 * 3600_000);
    return new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate()));
  }
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export function formatDateVn(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(toText).join(', ');
  if (value instanceof Date) {
    const d = toCalendarDate(value);
    return d ? formatDateVn(d) : '';
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? '';
}

/** The value of one cell in an XLSX sheet: real numbers and dates; text always stays text. */
export function xlsxCell(value: unknown, type: ColumnType): string | number | Date | null {
  switch (type) {
    case 'number':
      return toNumber(value);
    case 'date':
      return toCalendarDate(value);
    case 'boolean':
      return value === null || value === undefined ? null : value ? 'Có' : 'Không';
    default: {
      const text = toText(value);
      return text === '' ? null : text;
    }
  }
}

/** One CSV field: dates as dd/mm/yyyy, formula-like text neutralised with an apostrophe, quoted when needed. */
export function csvCell(value: unknown, type: ColumnType): string {
  let text: string;
  switch (type) {
    case 'number': {
      const n = toNumber(value);
      text = n === null ? '' : String(n);
      break;
    }
    case 'date': {
      const d = toCalendarDate(value);
      text = d ? formatDateVn(d) : '';
      break;
    }
    case 'boolean':
      text = value === null || value === undefined ? '' : value ? 'Có' : 'Không';
      break;
    default:
      text = toText(value);
      if (isFormulaLike(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: string[]): string {
  return `${cells.join(',')}\r\n`;
}

async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export type WriteOptions = {
  sheetName?: string;
  /** Called every `progressEvery` rows with the count written so far. */
  onProgress?: (rows: number) => Promise<void> | void;
  progressEvery?: number;
};

/** CSV for Excel: UTF-8 with a BOM (Vietnamese shows right), CRLF line ends, a header line. */
export async function writeCsv(
  columns: ColumnSpec[],
  rows: AsyncIterable<ExportRecord[]>,
  out: Writable,
  opts: WriteOptions = {},
): Promise<number> {
  const every = opts.progressEvery ?? 10_000;
  let n = 0;
  await writeChunk(out, BOM + csvLine(columns.map((c) => csvCell(c.header, 'text'))));
  for await (const batch of rows) {
    let text = '';
    for (const row of batch) {
      text += csvLine(columns.map((c) => csvCell(row[c.key], c.type)));
      n++;
      if (opts.onProgress && n % every === 0) await opts.onProgress(n);
    }
    await writeChunk(out, text);
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/**
 * XLSX through exceljs' streaming writer: each row is committed (written out and forgotten) as
 * soon as it is added, strings are inline (no shared-string table growing in memory), dates are
 * real Excel dates shown as dd/mm/yyyy, numbers are numbers.
 */
export async function writeXlsx(
  columns: ColumnSpec[],
  rows: AsyncIterable<ExportRecord[]>,
  out: Writable,
  opts: WriteOptions = {},
): Promise<number> {
  const every = opts.progressEvery ?? 10_000;
  // Fast compression: a third less CPU than the default for files about a quarter larger.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Lan Tỏa';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(safeSheetName(opts.sheetName ?? 'Dữ liệu'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(12, Math.min(60, c.header.length + 4)),
    // Only dates need a style: every styled cell costs exceljs a style lookup, a third of the time.
    ...(c.type === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let n = 0;
  for await (const batch of rows) {
    for (const row of batch) {
      sheet.addRow(columns.map((c) => xlsxCell(row[c.key], c.type))).commit();
      n++;
      if (opts.onProgress && n % every === 0) await opts.onProgress(n);
    }
    await zipCaughtUp(sheet);
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
  return n;
}

/**
 * exceljs hands committed rows to the zip without waiting for it: rows produced faster than they
 * are compressed would pile up in memory. Before the next batch, wait until the zip's input (the
 * stream exceljs pipes the sheet into) has drained.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  for (const p of pipes) {
    const state = (p as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
    if (state?.needDrain) await once(p, 'drain');
  }
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Dữ liệu';
}

export function writeExport(
  format: ExportFormat,
  columns: ColumnSpec[],
  rows: AsyncIterable<ExportRecord[]>,
  out: Writable,
  opts: WriteOptions = {},
): Promise<number> {
  return format === 'csv' ? writeCsv(columns, rows, out, opts) : writeXlsx(columns, rows, out, opts);
}

/** An empty sheet with the headers only: the template of an import. */
export async function writeTemplate(
  format: ExportFormat,
  columns: ColumnSpec[],
  out: Writable,
  sheetName?: string,
): Promise<void> {
  await writeExport(format, columns, (async function* () {})(), out, { sheetName });
}
