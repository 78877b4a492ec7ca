import { describe, expect, it } from 'vitest';
import { dateInWords, formatNumber, formatVnd, numberInWords, placeAndDate, upper, vndInWords } from './words.ts';

describe('vndInWords', () => {
  const cases: [number, string][] = [
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi bốn đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [99, 'Chín mươi chín đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [1_000, 'Một nghìn đồng'],
    [1_001, 'Một nghìn không trăm linh một đồng'],
    [1_010, 'Một nghìn không trăm mười đồng'],
    [1_015, 'Một nghìn không trăm mười lăm đồng'],
    [1_100, 'Một nghìn một trăm đồng'],
    [2_025, 'Hai nghìn không trăm hai mươi lăm đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [100_000, 'Một trăm nghìn đồng'],
    [250_500, 'Hai trăm năm mươi nghìn năm trăm đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [21_500_000, 'Hai mươi mốt triệu năm trăm nghìn đồng'],
    [120_000_000, 'Một trăm hai mươi triệu đồng'],
    [305_045_001, 'Ba trăm linh năm triệu không trăm bốn mươi lăm nghìn không trăm linh một đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_000_000_005, 'Một tỷ không trăm linh năm đồng'],
    [1_200_000_000, 'Một tỷ hai trăm triệu đồng'],
    [15_000_015_000, 'Mười lăm tỷ không trăm mười lăm nghìn đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [
      2_345_678_901_234,
      'Hai nghìn ba trăm bốn mươi lăm tỷ sáu trăm bảy mươi tám triệu chín trăm linh một nghìn hai trăm ba mươi bốn đồng',
    ],
  ];
  it.each(cases)('%i → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it('reads negative numbers and refuses fractions', () => {
    expect(numberInWords(-21)).toBe('âm hai mươi mốt');
    expect(() => vndInWords(1.5)).toThrow(RangeError);
    expect(() => vndInWords(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('formatVnd and formatNumber', () => {
  it.each([
    [0, '0 đ'],
    [5, '5 đ'],
    [1_000, '1.000 đ'],
    [120_000_000, '120.000.000 đ'],
    [1_234_567_890, '1.234.567.890 đ'],
    [-45_000, '-45.000 đ'],
  ])('%i → %s', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });

  it('groups numbers with dots and writes decimals with a comma', () => {
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(12_345.5)).toBe('12.345,5');
    expect(() => formatVnd(10.5)).toThrow(RangeError);
  });
});

describe('dateInWords', () => {
  it.each([
    ['2022-10-28', 'ngày 28 tháng 10 năm 2022'],
    ['2025-01-05', 'ngày 05 tháng 01 năm 2025'],
    ['2026-02-09', 'ngày 09 tháng 02 năm 2026'],
    ['2026-03-01', 'ngày 01 tháng 3 năm 2026'],
    ['2026-12-10', 'ngày 10 tháng 12 năm 2026'],
  ])('%s → %s', (iso, words) => {
    expect(dateInWords(iso)).toBe(words);
  });

  it('puts the place first and refuses other shapes', () => {
    expect(placeAndDate('Đà Nẵng', '2022-10-28')).toBe('Đà Nẵng, ngày 28 tháng 10 năm 2022');
    expect(() => dateInWords('28/10/2022')).toThrow(RangeError);
  });

  it('upper-cases with diacritics', () => {
    expect(upper('Ủy ban nhân dân thành phố Đà Nẵng')).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG');
  });
});
