import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  isFormulaLike,
  toCalendarDate,
  writeCsv,
  writeXlsx,
  xlsxCell,
  type ColumnSpec,
  type ExportRecord,
} from './exporter.ts';
import { exportFileName, formatCount } from './exports.ts';

async function* batches(rows: ExportRecord[], size = 2): AsyncGenerator<ExportRecord[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

async function run(write: (out: PassThrough) => Promise<number>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

const COLUMNS: ColumnSpec[] = [
  { header: 'Tên đơn vị', key: 'name', type: 'text' },
  { header: 'Số tổ', key: 'teams', type: 'number' },
  { header: 'Ngày thành lập', key: 'from', type: 'date' },
  { header: 'Đang hoạt động', key: 'active', type: 'boolean' },
];
const ROWS: ExportRecord[] = [
  { name: 'Phường Hải Châu', teams: 12, from: '2025-07-01', active: true },
  { name: '=1+1', teams: '3', from: new Date('2025-06-30T18:30:00Z'), active: false },
  { name: 'Có "ngoặc", dấu phẩy\nvà xuống dòng', teams: null, from: null, active: null },
];

describe('cells', () => {
  const formulaCases: [string, boolean][] = [
    ['=1+1', true],
    ['+84 905', true],
    ['-5', true],
    ['@SUM(A1)', true],
    ['\tx', true],
    ['\rx', true],
    ['Phường 1', false],
    ['a=b', false],
    ['', false],
  ];
  it.each(formulaCases)('%j is formula-like: %s', (text, expected) => expect(isFormulaLike(text)).toBe(expected));

  const csvCases: [unknown, ColumnSpec['type'], string][] = [
    ['Đà Nẵng', 'text', 'Đà Nẵng'],
    ['=1+1', 'text', "'=1+1"],
    ['=HYPERLINK("x")', 'text', `"'=HYPERLINK(""x"")"`],
    ['a,b', 'text', '"a,b"'],
    [' lề ', 'text', '" lề "'],
    [null, 'text', ''],
    [12.5, 'number', '12.5'],
    ['7', 'number', '7'],
    ['không phải số', 'number', ''],
    ['2025-07-01', 'date', '01/07/2025'],
    [new Date('2025-06-30T18:30:00Z'), 'date', '01/07/2025'],
    [true, 'boolean', 'Có'],
    [false, 'boolean', 'Không'],
  ];
  it.each(csvCases)('CSV %j as %s → %j', (value, type, expected) => expect(csvCell(value, type)).toBe(expected));

  it('gives XLSX real numbers and dates, and keeps formula-like text as text', () => {
    expect(xlsxCell('3', 'number')).toBe(3);
    expect(xlsxCell('2025-07-01', 'date')).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(xlsxCell('=1+1', 'text')).toBe('=1+1');
    expect(xlsxCell('', 'text')).toBeNull();
    expect(toCalendarDate('not a date')).toBeNull();
  });

  it('formats counts and file names the Vietnamese way', () => {
    expect(formatCount(1_000_000)).toBe('1.000.000');
    expect(formatCount(120_000)).toBe('120.000');
    expect(formatCount(999)).toBe('999');
    expect(exportFileName('Danh sách đơn vị', 'xlsx', '2025-11-26')).toBe('Danh sách đơn vị 26-11-2025.xlsx');
  });
});

describe('writers', () => {
  it('writes CSV with a BOM, CRLF line ends and neutralised formulas', async () => {
    const buf = await run((out) => writeCsv(COLUMNS, batches(ROWS), out));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    expect(text.startsWith('Tên đơn vị,Số tổ,Ngày thành lập,Đang hoạt động\r\n')).toBe(true);
    expect(text).toContain("\r\n'=1+1,3,01/07/2025,Không\r\n");
    expect(text).toContain('"Có ""ngoặc"", dấu phẩy\nvà xuống dòng",,,\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes XLSX that Excel reads back with headers, numbers, dates (dd/mm/yyyy) and text', async () => {
    const progress: number[] = [];
    const buf = await run((out) =>
      writeXlsx(COLUMNS, batches(ROWS), out, {
        sheetName: 'Đơn vị',
        progressEvery: 1,
        onProgress: (n) => void progress.push(n),
      }),
    );
    expect(progress).toEqual([1, 2, 3]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.getWorksheet('Đơn vị')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Tên đơn vị', 'Số tổ', 'Ngày thành lập', 'Đang hoạt động']);
    expect(ws.getCell('B2').value).toBe(12);
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A3').value).toBe('=1+1');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('D3').value).toBe('Không');
    expect(ws.rowCount).toBe(4);
  });
});
