import { describe, expect, it } from 'vitest';
import { addDays, compareProgress, percentOf } from './completeness.ts';

describe('compareProgress', () => {
  it('puts the units furthest behind first', () => {
    const states = ['accepted', 'none', 'submitted', 'returned', 'draft', 'approved'];
    expect(states.sort(compareProgress)).toEqual(['none', 'returned', 'draft', 'submitted', 'approved', 'accepted']);
  });
});

describe('percentOf', () => {
  it.each([
    [90, 94, 96],
    [0, 94, 0],
    [94, 94, 100],
    [3, 0, 0],
  ])('%i of %i is %i %%', (n, total, pct) => {
    expect(percentOf(n, total)).toBe(pct);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-01-15', 30)).toBe('2026-02-14');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
