import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './download.ts';

describe('fileNameFromDisposition', () => {
  const cases: [string | null, string][] = [
    [
      `attachment; filename="Danh sach don vi 26-11-2025.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%C6%A1n%20v%E1%BB%8B%2026-11-2025.xlsx`,
      'Danh sách đơn vị 26-11-2025.xlsx',
    ],
    ['attachment; filename="bao-cao.csv"', 'bao-cao.csv'],
    ['attachment; filename=plain.txt', 'plain.txt'],
    [`attachment; filename="x.csv"; filename*=UTF-8''%E0%A4%A`, 'x.csv'],
    ['attachment', 'tep.xlsx'],
    [null, 'tep.xlsx'],
  ];
  it.each(cases)('%j → %j', (header, name) => expect(fileNameFromDisposition(header, 'tep.xlsx')).toBe(name));
});
