import { describe, expect, it } from 'vitest';
import { monthGrid, monthParam, shiftMonth } from './event-dates.ts';

describe('monthGrid', () => {
  it('starts on Monday and covers the month', () => {
    const weeks = monthGrid(2024, 10);
    // 1 October 2024 was a Tuesday.
    expect(weeks[0]![0]).toEqual({ iso: '2024-09-30', day: 30, inMonth: false });
    expect(weeks[0]![1]!.iso).toBe('2024-10-01');
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeks.at(-1)!.some((d) => d.iso === '2024-10-31')).toBe(true);
  });
  it('has no week made only of the next month', () => {
    // February 2021 starts on Monday and fills exactly four weeks.
    expect(monthGrid(2021, 2)).toHaveLength(4);
  });
});

describe('months', () => {
  it.each([
    [2024, 12, 1, { year: 2025, month: 1 }],
    [2025, 1, -1, { year: 2024, month: 12 }],
    [2025, 6, 0, { year: 2025, month: 6 }],
  ])('%i-%i shifted by %i', (y, m, by, expected) => expect(shiftMonth(y, m, by)).toEqual(expected));
  it('reads the address, or falls back to this month', () => {
    expect(monthParam('2024-10')).toEqual({ year: 2024, month: 10 });
    expect(monthParam('2024-13').month).toBeGreaterThanOrEqual(1);
  });
});
