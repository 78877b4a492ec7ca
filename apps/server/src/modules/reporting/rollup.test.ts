import { describe, expect, it } from 'vitest';
import { computeRollup, mapToStructure } from './rollup.ts';

describe('mapToStructure: old values on today’s structure', () => {
  const exists = (u: string) => ['C', 'D', 'E', 'X'].includes(u);
  it('carries a merged ward’s value whole to its successor', () => {
    const out = mapToStructure(new Map([['A', 10], ['B', 5], ['C', 1]]), [
      { from: 'A', to: 'C', share: 'full' },
      { from: 'B', to: 'C', share: 'full' },
    ], exists);
    expect(Object.fromEntries(out)).toEqual({ C: 16 });
  });
  it('splits a split unit’s value equally among its partial successors', () => {
    const out = mapToStructure(new Map([['S', 9]]), [
      { from: 'S', to: 'D', share: 'partial' },
      { from: 'S', to: 'E', share: 'partial' },
    ], exists);
    expect(Object.fromEntries(out)).toEqual({ D: 4.5, E: 4.5 });
  });
  it('follows chains of successions (2025-01 merger, then 2025-07 merger)', () => {
    const out = mapToStructure(new Map([['A', 3]]), [
      { from: 'A', to: 'B', share: 'full' },
      { from: 'B', to: 'X', share: 'full' },
    ], exists);
    expect(Object.fromEntries(out)).toEqual({ X: 3 });
  });
  it('prefers a full successor over partial ones', () => {
    const out = mapToStructure(new Map([['A', 4]]), [
      { from: 'A', to: 'C', share: 'full' },
      { from: 'A', to: 'D', share: 'partial' },
    ], exists);
    expect(Object.fromEntries(out)).toEqual({ C: 4 });
  });
  it('drops a value with no successor and no place in the structure', () => {
    expect(mapToStructure(new Map([['Z', 1]]), [], exists).size).toBe(0);
  });
});

describe('computeRollup', () => {
  const units = ['a', 'b', 'c', 'd'];
  const num = new Map<string, number | null>([['a', 5], ['b', 0], ['c', null]]);
  const den = new Map([['a', 10], ['b', 10], ['c', 10], ['d', 10]]);
  it('excludes units without a value from both sides of a ratio', () => {
    expect(computeRollup({ numerator: num, denominator: den, units, aggregation: 'ratio', missing: 'exclude', scale: 100 })).toEqual({
      value: 25, numerator: 5, denominator: 20, unitsWithData: 2, unitsMissing: 2,
    });
  });
  it('counts them as zero only when told to', () => {
    expect(computeRollup({ numerator: num, denominator: den, units, aggregation: 'ratio', missing: 'zero', scale: 100 }).value).toBe(12.5);
  });
  it('sums, averages and counts', () => {
    expect(computeRollup({ numerator: num, units, aggregation: 'sum', missing: 'exclude', scale: 1 }).value).toBe(5);
    expect(computeRollup({ numerator: num, units, aggregation: 'average', missing: 'exclude', scale: 1 }).value).toBe(2.5);
    expect(computeRollup({ numerator: num, units, aggregation: 'count', missing: 'exclude', scale: 1 }).value).toBe(1);
  });
  it('has no value rather than 0 when nobody reported', () => {
    expect(computeRollup({ numerator: new Map(), units, aggregation: 'sum', missing: 'exclude', scale: 1 }).value).toBeNull();
    expect(computeRollup({ numerator: new Map(), denominator: den, units, aggregation: 'ratio', missing: 'exclude', scale: 100 }).value).toBeNull();
  });
});
