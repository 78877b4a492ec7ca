import { describe, expect, it } from 'vitest';
import type { ReportForm } from '@lantoa/contracts/reporting';
import { defaultForm, entryPath, formAppliesTo, periodOptionsFor } from './report-choice.ts';

const form = (code: string, periodType: ReportForm['periodType'], unitTypes: string[]): ReportForm => ({
  id: code,
  code,
  name: code,
  description: null,
  periodType,
  unitTypes,
  deadlineDay: 15,
  lateDays: 30,
  elements: [],
  rules: [],
});

const yearly = form('NAM', 'year', ['ward', 'department']);
const quarterly = form('QUY', 'quarter', ['ward']);

describe('defaultForm', () => {
  it('opens a ward on its quarterly form', () => {
    expect(defaultForm([yearly, quarterly], 'ward')?.code).toBe('QUY');
  });

  it('opens a department on the one form it reports on', () => {
    expect(defaultForm([yearly, quarterly], 'department')?.code).toBe('NAM');
  });

  it('falls back to the most frequent form when the unit reports on none', () => {
    expect(defaultForm([yearly, quarterly], 'province')?.code).toBe('QUY');
    expect(defaultForm([], 'ward')).toBeUndefined();
  });
});

describe('formAppliesTo', () => {
  it('reads the form’s unit types', () => {
    expect(formAppliesTo(quarterly, 'ward')).toBe(true);
    expect(formAppliesTo(quarterly, 'department')).toBe(false);
    expect(formAppliesTo(quarterly, null)).toBe(true);
  });
});

describe('periodOptionsFor', () => {
  it('offers the quarters of 2023 to 2026 and picks the running one', () => {
    const { ids, current } = periodOptionsFor(quarterly, '2026-11-26');
    expect(ids[0]).toBe('2026Q4');
    expect(ids.at(-1)).toBe('2023Q1');
    expect(ids).toHaveLength(16);
    expect(current).toBe('2026Q4');
  });

  it('reaches the current year when it is later than 2026', () => {
    expect(periodOptionsFor(yearly, '2027-02-01').ids).toEqual(['2027', '2026', '2025', '2024', '2023']);
  });
});

describe('entryPath', () => {
  it('names the form, the unit and the period', () => {
    expect(entryPath('f', 'u', '2025Q3')).toBe('/reports/entry?formId=f&unitId=u&period=2025Q3');
  });
});
