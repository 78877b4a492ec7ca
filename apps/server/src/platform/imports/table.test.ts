import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, parseCsv, readTable, type ImportColumn } from './table.ts';

const COLUMNS: ImportColumn[] = [
  { header: 'Mã đơn vị', key: 'code', required: true, expected: 'mã' },
  { header: 'Tên đơn vị', key: 'name', required: true, expected: 'tên' },
  { header: 'Tên viết tắt', key: 'shortName', required: false, expected: 'viết tắt' },
];

describe('parseCsv', () => {
  const cases: [string, string, string[][]][] = [
    [
      'commas and CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a BOM and LF',
      '\ufeffa,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolons (Excel in some locales)',
      'a;b\n1,5;2',
      [
        ['a', 'b'],
        ['1,5', '2'],
      ],
    ],
    [
      'quoted fields',
      'a,b\n"x, ""y""","dòng\nmới"\n',
      [
        ['a', 'b'],
        ['x, "y"', 'dòng\nmới'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
  ];
  it.each(cases)('reads %s', (_label, text, rows) => expect(parseCsv(text)).toEqual(rows));
});

describe('cellText', () => {
  const cases: [unknown, string][] = [
    [null, ''],
    ['Hải Châu', 'Hải Châu'],
    [20242, '20242'],
    [905123456, '905123456'],
    [1.5, '1.5'],
    [new Date(Date.UTC(2025, 6, 1)), '01/07/2025'],
    [{ richText: [{ text: 'Phường ' }, { text: 'Hòa Cường' }] }, 'Phường Hòa Cường'],
    [{ formula: 'A1', result: 7 }, '7'],
    [{ text: 'liên kết', hyperlink: 'https://x' }, 'liên kết'],
  ];
  it.each(cases)('%j → %j', (value, text) => expect(cellText(value)).toBe(text));
});

describe('readTable', () => {
  it('matches headers by text, ignores extra columns and empty rows, numbers rows as the sheet does', async () => {
    const csv = Buffer.from("\ufeffGhi chú,tên đơn vị ,MÃ ĐƠN VỊ\r\nx,Phường A,A1\r\n,,\r\ny,Phường B,'=B2\r\n");
    const t = await readTable(csv, 'csv', COLUMNS);
    expect(t.errors).toEqual([]);
    expect(t.rows).toEqual([
      { row: 2, values: { code: 'A1', name: 'Phường A' } },
      { row: 4, values: { code: '=B2', name: 'Phường B' } },
    ]);
  });

  it('reports every missing required column on the header row', async () => {
    const t = await readTable(Buffer.from('Tên viết tắt\nHC\n'), 'csv', COLUMNS);
    expect(t.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'Mã đơn vị'],
      [1, 'Tên đơn vị'],
    ]);
    expect(t.errors[0]!.message).toBe('Thiếu cột "Mã đơn vị" ở dòng tiêu đề');
  });

  it('reads the first sheet of an XLSX file, numbers as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.addRow([]);
    ws.addRow(['Mã đơn vị', 'Tên đơn vị']);
    ws.addRow([20242, { richText: [{ text: 'Phường ' }, { text: 'Hải Châu' }] }]);
    wb.addWorksheet('Hướng dẫn').addRow(['Mã đơn vị', 'Tên đơn vị']);
    const t = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx', COLUMNS);
    expect(t.errors).toEqual([]);
    expect(t.rows).toEqual([{ row: 3, values: { code: '20242', name: 'Phường Hải Châu' } }]);
  });

  it('says so when the file cannot be read or is empty', async () => {
    expect((await readTable(Buffer.from('PK\u0003\u0004junk'), 'xlsx', COLUMNS)).errors[0]!.message).toMatch(
      /Không đọc được tệp/,
    );
    expect((await readTable(Buffer.from('\r\n\r\n'), 'csv', COLUMNS)).errors[0]!.message).toBe('Tệp không có dữ liệu');
  });
});
