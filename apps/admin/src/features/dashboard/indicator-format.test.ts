import { describe, expect, it } from 'vitest';
import {
  chartTop,
  dashboardYears,
  formatIndicatorTarget,
  formatIndicatorValue,
  indicatorStatus,
  tileTone,
} from './indicator-format.ts';

describe('formatIndicatorValue and formatIndicatorTarget', () => {
  it.each([
    [87.5, '%', 'vi', '87,5 %'],
    [94.68, '%', 'vi', '94,7 %'],
    [100, '%', 'vi', '100 %'],
    [3, 'lớp', 'vi', '3 lớp'],
    [1848, '', 'vi', '1.848'],
    [87.5, '%', 'en', '87.5%'],
    [null, '%', 'vi', '—'],
  ] as const)('%s %s (%s) reads %s', (value, unit, lang, text) => {
    expect(formatIndicatorValue(value, unit, lang)).toBe(text);
  });

  it('writes a range of targets once, with its unit', () => {
    expect(formatIndicatorTarget(2, 3, 'mô hình', 'vi')).toBe('2–3 mô hình');
    expect(formatIndicatorTarget(2, null, 'lớp', 'vi')).toBe('2 lớp');
    expect(formatIndicatorTarget(100, null, '%', 'vi')).toBe('100 %');
    expect(formatIndicatorTarget(null, null, '%', 'vi')).toBe('—');
  });
});

describe('indicatorStatus', () => {
  it.each([
    [{ value: 100, target: 100, met: true }, 'met'],
    [{ value: 94.68, target: 100, met: false }, 'behind'],
    [{ value: 3, target: null, met: null }, 'noTarget'],
    [{ value: null, target: 100, met: null }, 'noData'],
  ] as const)('%o is %s', (i, status) => {
    expect(indicatorStatus(i)).toBe(status);
  });
});

describe('tileTone', () => {
  it('holds a ratio against the target in every unit', () => {
    expect(tileTone(100, 100, true)).toBe('met');
    expect(tileTone(94.29, 100, true)).toBe('near');
    expect(tileTone(90, 100, true)).toBe('near');
    expect(tileTone(89.9, 100, true)).toBe('behind');
    expect(tileTone(null, 100, true)).toBe('none');
  });

  it('says only whether a unit contributed to a count', () => {
    expect(tileTone(1, 2, false)).toBe('some');
    expect(tileTone(0, 2, false)).toBe('zero');
  });
});

describe('chartTop', () => {
  it.each([
    [[61.13, 82.16, 100], '%', 100],
    [[2, 2, 3, 2], 'lớp', 4],
    [[null, 2, 3, 3], 'mô hình', 4],
    [[12, 40], 'tin, bài', 50],
    [[null, null], 'lớp', 1],
  ] as const)('for %o in %s is %i', (figures, unit, top) => {
    expect(chartTop(figures, unit)).toBe(top);
  });
});

describe('dashboardYears', () => {
  it('offers 2022–2025 and the years since, newest first', () => {
    expect(dashboardYears('2025-06-01')).toEqual([2025, 2024, 2023, 2022]);
    expect(dashboardYears('2026-11-26')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
