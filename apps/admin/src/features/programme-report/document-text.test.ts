import { describe, expect, it } from 'vitest';
import { agencyLines, cellText, columnAlign, columnPercents, listMarker, numberLine, placeDateLine } from './document-text.ts';

describe('document text', () => {
  it.each([
    ['2025-12-31', 'Đà Nẵng, ngày 31 tháng 12 năm 2025'],
    ['2026-01-05', 'Đà Nẵng, ngày 05 tháng 01 năm 2026'],
    ['2026-02-10', 'Đà Nẵng, ngày 10 tháng 02 năm 2026'],
    ['2026-03-09', 'Đà Nẵng, ngày 09 tháng 3 năm 2026'],
  ])('writes the date %s the decree way', (iso, line) => {
    expect(placeDateLine('Đà Nẵng', iso)).toBe(line);
  });

  it('leaves room for the number of a draft', () => {
    expect(numberLine({ number: '12', symbol: 'BC-SKHCN' })).toBe('Số: 12/BC-SKHCN');
    expect(numberLine({ number: null, symbol: 'BC-SKHCN' })).toBe(`Số: ${'\u00a0'.repeat(8)}/BC-SKHCN`);
  });

  it('prints agency names in capitals, diacritics kept, on their own lines', () => {
    expect(agencyLines('Ủy ban nhân dân\nthành phố Đà Nẵng')).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ ĐÀ NẴNG']);
  });

  it.each([
    ['number', 3, '3.'],
    ['letter', 1, 'a)'],
    ['letter', 5, 'đ)'],
    ['letter', 6, 'e)'],
    ['letter', 7, 'g)'],
    ['dash', 4, '-'],
  ] as const)('marks a %s list item at %i as %s', (style, position, marker) => {
    expect(listMarker(style, position)).toBe(marker);
  });

  it('groups numbers the Vietnamese way and leaves empty cells empty', () => {
    expect(cellText(1250000)).toBe('1.250.000');
    expect(cellText('97,9%')).toBe('97,9%');
    expect(cellText(null)).toBe('');
  });

  it('aligns numbers right unless told, and shares the width in proportion', () => {
    const table = {
      columns: [
        { header: 'TT', kind: 'text' as const, align: 'center' as const, width: 1 },
        { header: 'Nguồn', kind: 'text' as const, width: 2 },
        { header: 'Số tiền', kind: 'number' as const, width: 1 },
      ],
    };
    expect([0, 1, 2].map((i) => columnAlign(table, i))).toEqual(['center', 'left', 'right']);
    expect(columnPercents(table)).toEqual([25, 50, 25]);
  });
});
