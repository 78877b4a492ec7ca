import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportRowError } from '@lantoa/contracts/exchange';
import { formatDateVn } from '../exports/exporter.ts';

/** A column an import reads: the header as in the template (and in the export), and its rule. */
export type ImportColumn = {
  header: string;
  key: string;
  required: boolean;
  /** What a valid value looks like, in Vietnamese (shown with every error of the column). */
  expected: string;
};

/** One data row: its number as the spreadsheet shows it, and the text of each known column. */
export type TableRow = { row: number; values: Record<string, string> };

export type Table = { rows: TableRow[]; errors: ImportRowError[] };

function normaliseHeader(h: string): string {
  return h.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Undoes the apostrophe an export puts before formula-like text. */
function unneutralise(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The text of an XLSX cell, whatever exceljs made of it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDateVn(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); the delimiter is guessed from the header line. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function* xlsxRows(data: Buffer): AsyncGenerator<{ number: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      // exceljs rows are 1-based: values[0] is always empty.
      yield { number: row.number, cells: values.slice(1).map(cellText) };
    }
    return; // the first sheet only
  }
}

async function* csvRows(data: Buffer): AsyncGenerator<{ number: number; cells: string[] }> {
  let n = 0;
  for (const cells of parseCsv(data.toString('utf8'))) yield { number: ++n, cells };
}

/**
 * Reads the first sheet of an XLSX or CSV file: the first non-empty row is the header, its cells
 * are matched to `columns` by header text (extra columns, as in an export, are ignored), and
 * empty rows are skipped. A missing required column is an error of row 1.
 */
export async function readTable(
  data: Buffer,
  format: 'xlsx' | 'csv',
  columns: readonly ImportColumn[],
): Promise<Table> {
  const source = format === 'xlsx' ? xlsxRows(data) : csvRows(data);
  const rows: TableRow[] = [];
  let positions: Map<string, number> | null = null;
  let headerRow = 1;
  try {
    for await (const { number, cells } of source) {
      const texts = cells.map((c) => unneutralise(c.normalize('NFC').trim()));
      if (texts.every((t) => t === '')) continue;
      if (!positions) {
        headerRow = number;
        positions = new Map();
        const headers = texts.map(normaliseHeader);
        for (const col of columns) {
          const at = headers.findIndex((h) => h === normaliseHeader(col.header) || h === col.key.toLowerCase());
          if (at >= 0) positions.set(col.key, at);
        }
        const missing = columns.filter((c) => c.required && !positions!.has(c.key));
        if (missing.length) {
          return {
            rows: [],
            errors: missing.map((c) => ({
              row: headerRow,
              column: c.header,
              message: `Thiếu cột "${c.header}" ở dòng tiêu đề`,
              expected: `Dòng tiêu đề có đủ các cột của tệp mẫu: ${columns.map((x) => x.header).join(', ')}`,
            })),
          };
        }
        continue;
      }
      const values: Record<string, string> = {};
      for (const [key, at] of positions) values[key] = texts[at] ?? '';
      if (Object.values(values).every((v) => v === '')) continue;
      rows.push({ row: number, values });
    }
  } catch {
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: '',
          message: 'Không đọc được tệp (tệp hỏng hoặc không đúng định dạng)',
          expected: 'Tệp XLSX hoặc CSV (UTF-8) lập từ tệp mẫu',
        },
      ],
    };
  }
  if (!positions) {
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: '',
          message: 'Tệp không có dữ liệu',
          expected: 'Dòng tiêu đề như tệp mẫu, rồi mỗi dòng một bản ghi',
        },
      ],
    };
  }
  return { rows, errors: [] };
}
