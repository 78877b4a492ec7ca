import { describe, expect, it } from 'vitest';
import {
  foldText,
  formatDate,
  formatDateTime,
  formatNumber,
  formatVnd,
  parseDateInput,
  parseVndInput,
  todayIso,
} from './format.ts';

describe('parseDateInput', () => {
  it.each([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['01.07.2025', '2025-07-01'],
    ['01-07-2025', '2025-07-01'],
    [' 31/12/2024 ', '2024-12-31'],
    ['2025-07-01', '2025-07-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it.each([
    '',
    '2025-02-30',
    '29/02/2025',
    '31/04/2025',
    '00/01/2025',
    '01/13/2025',
    '1/7/25',
    'hôm nay',
    '2025/07/01',
  ])('refuses %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['2025-07-01', '01/07/2025'],
    ['2025-07-01T10:00:00Z', '01/07/2025'],
    [null, ''],
    ['not a date', 'not a date'],
  ])('shows %j as %j', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('formatDateTime', () => {
  it('shows the time of day in Vietnam', () => {
    expect(formatDateTime('2025-06-30T17:30:00Z')).toBe('01/07/2025 00:30');
  });
});

describe('todayIso', () => {
  it('is the calendar day in Vietnam, not in UTC', () => {
    expect(todayIso(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });
});

describe('formatNumber', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatNumber(3766)).toBe('3.766');
    expect(formatNumber(24300.5)).toBe('24.300,5');
    expect(formatNumber(null)).toBe('');
  });
});

describe('foldText', () => {
  it('drops diacritics and đ', () => {
    expect(foldText('Phường Hòa Khánh')).toBe('phuong hoa khanh');
    expect(foldText('Đà Nẵng')).toBe('da nang');
  });
});

describe('formatVnd', () => {
  it.each([
    [15_000_000, '15.000.000 đ'],
    [0, '0 đ'],
    [null, ''],
  ])('shows %j as %j', (n, shown) => {
    expect(formatVnd(n)).toBe(shown);
  });
});

describe('parseVndInput', () => {
  it.each([
    ['15000000', 15_000_000],
    ['15.000.000', 15_000_000],
    [' 15 000 000 ', 15_000_000],
    ['15.000.000 đ', 15_000_000],
    ['0', 0],
  ])('reads %j as %j', (text, n) => {
    expect(parseVndInput(text)).toBe(n);
  });

  it.each(['', 'N/A', '1,5', '-5', '15.00', '1.5', '12a'])('refuses %j', (text) => {
    expect(parseVndInput(text)).toBeNull();
  });
});
