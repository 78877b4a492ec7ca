import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodChoices, periodContaining, periodOfRange } from './periods.ts';

describe('parsePeriod', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['2025H1', 'half', '2025-01-01', '2025-06-30'],
    ['2025H2', 'half', '2025-07-01', '2025-12-31'],
    ['2025Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2024Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2025Q3', 'quarter', '2025-07-01', '2025-09-30'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-02', 'month', '2025-02-01', '2025-02-28'],
  ])('%s is a %s from %s to %s', (id, type, start, end) => {
    expect(parsePeriod(id)).toMatchObject({ type, start, end });
  });

  it.each(['', '25', '2025Q5', '2025H3', '2025-13', '2025-1', 'Quý 3/2025'])('refuses %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2025', 'Năm 2025', 'Year 2025'],
    ['2025Q3', 'Quý 3/2025', 'Q3 2025'],
    ['2025H1', '6 tháng đầu năm 2025', 'First half of 2025'],
    ['2025H2', '6 tháng cuối năm 2025', 'Second half of 2025'],
    ['2025-03', 'Tháng 3/2025', 'March 2025'],
    ['bad', 'bad', 'bad'],
  ])('%s reads "%s" / "%s"', (id, vi, en) => {
    expect(formatPeriod(id, 'vi')).toBe(vi);
    expect(formatPeriod(id, 'en')).toBe(en);
  });
});

describe('periodContaining', () => {
  it.each([
    ['quarter', '2026-11-26', '2026Q4'],
    ['quarter', '2026-01-01', '2026Q1'],
    ['quarter', '2026-03-31', '2026Q1'],
    ['quarter', '2026-04-01', '2026Q2'],
    ['year', '2026-11-26', '2026'],
    ['half', '2026-06-30', '2026H1'],
    ['half', '2026-07-01', '2026H2'],
    ['month', '2026-02-28', '2026-02'],
  ] as const)('a %s containing %s is %s', (type, day, id) => {
    expect(periodContaining(type, day)).toBe(id);
  });
});

describe('periodChoices', () => {
  it('lists quarters newest first', () => {
    expect(periodChoices('quarter', 2025, 2026)).toEqual([
      '2026Q4',
      '2026Q3',
      '2026Q2',
      '2026Q1',
      '2025Q4',
      '2025Q3',
      '2025Q2',
      '2025Q1',
    ]);
  });

  it('lists years newest first', () => {
    expect(periodChoices('year', 2023, 2026)).toEqual(['2026', '2025', '2024', '2023']);
  });
});

describe('periodOfRange', () => {
  it.each([
    ['2025-07-01', '2025-09-30', '2025Q3'],
    ['2025-01-01', '2025-12-31', '2025'],
    ['2025-01-01', '2025-06-30', '2025H1'],
    ['2025-03-01', '2025-03-31', '2025-03'],
    ['2025-07-01', '2025-09-29', null],
    ['2024-12-01', '2025-01-31', null],
  ])('%s…%s is %s', (start, end, id) => {
    expect(periodOfRange(start, end)).toBe(id);
  });
});
