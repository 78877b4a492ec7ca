import { describe, expect, it } from 'vitest';
import type { ReportForm } from '@lantoa/contracts/reporting';
import {
  buildValues,
  categoryTotal,
  cellKey,
  elementKey,
  isDirty,
  parseValueText,
  placeIssues,
  textsFromValues,
} from './report-values.ts';

type Element = ReportForm['elements'][number];
const el = (code: string, over: Partial<Element> = {}): Element => ({
  id: code,
  code,
  name: code,
  description: null,
  valueType: 'integer',
  unitLabel: null,
  minValue: 0,
  maxValue: null,
  categories: [],
  timeAggregation: 'sum',
  required: false,
  ...over,
});

const elements = [
  el('TEAMS', { required: true }),
  el('SHARE', { valueType: 'percentage' }),
  el('PEOPLE', { categories: ['citizens', 'businesses'] }),
];

describe('parseValueText', () => {
  it.each([
    ['12', 'integer', 12],
    [' 1 250 ', 'integer', 1250],
    ['1.250', 'integer', 1250],
    ['0', 'integer', 0],
    ['-1', 'integer', -1],
    ['12,5', 'decimal', 12.5],
    ['12.5', 'percentage', 12.5],
  ] as const)('reads %j (%s) as %d', (text, type, value) => {
    expect(parseValueText(text, type)).toEqual({ value });
  });

  it.each([
    ['4,5', 'integer', 'notInteger'],
    ['4.5', 'integer', 'notInteger'],
    ['N/A', 'integer', 'notNumber'],
    ['khoảng 10', 'integer', 'notNumber'],
    ['1e3', 'integer', 'notNumber'],
    ['1.2.3', 'decimal', 'notNumber'],
    ['12%', 'percentage', 'notNumber'],
  ] as const)('refuses %j (%s): %s', (text, type, problem) => {
    expect(parseValueText(text, type)).toEqual({ problem });
  });

  it('takes empty as nothing typed', () => {
    expect(parseValueText('  ', 'integer')).toBeNull();
  });
});

describe('buildValues', () => {
  it('sends typed cells in the form order and remembers where each came from', () => {
    const built = buildValues(elements, {
      [cellKey('PEOPLE', 'businesses')]: '7',
      [cellKey('TEAMS')]: '40',
      [cellKey('SHARE')]: '',
    });
    expect(built.values).toEqual([
      { element: 'TEAMS', category: '', value: 40 },
      { element: 'PEOPLE', category: 'businesses', value: 7 },
    ]);
    expect(built.cells).toEqual(['TEAMS|', 'PEOPLE|businesses']);
    expect(built.problems).toEqual({});
  });

  it('holds back what is not a number', () => {
    const built = buildValues(elements, { [cellKey('TEAMS')]: '4,5', [cellKey('SHARE')]: 'x' });
    expect(built.values).toEqual([]);
    expect(built.problems).toEqual({ 'TEAMS|': 'notInteger', 'SHARE|': 'notNumber' });
  });
});

describe('placeIssues', () => {
  it('puts value problems on the cell sent at that index and element problems on the element', () => {
    const placed = placeIssues(
      [
        { path: 'values.1.value', message: 'phải là số nguyên' },
        { path: 'values.1', message: 'nhập hai lần' },
        { path: 'element.TEAMS', message: 'Vui lòng nhập' },
        { path: 'period', message: 'Kỳ không hợp lệ' },
        { path: 'values.9.value', message: 'lạ' },
      ],
      ['TEAMS|', 'PEOPLE|businesses'],
    );
    expect(placed).toEqual({
      'PEOPLE|businesses': 'phải là số nguyên nhập hai lần',
      [elementKey('TEAMS')]: 'Vui lòng nhập',
      _: 'Kỳ không hợp lệ lạ',
    });
  });
});

describe('textsFromValues, categoryTotal and isDirty', () => {
  const stored = [
    { element: 'TEAMS', category: '', value: 40 },
    { element: 'SHARE', category: '', value: 12.5 },
    { element: 'PEOPLE', category: 'citizens', value: 3 },
  ];

  it('shows stored figures as they would be typed', () => {
    expect(textsFromValues(stored, elements)).toEqual({ 'TEAMS|': '40', 'SHARE|': '12,5', 'PEOPLE|citizens': '3' });
  });

  it('adds up categories', () => {
    expect(categoryTotal(elements[2]!, { 'PEOPLE|citizens': '3', 'PEOPLE|businesses': '4' })).toBe(7);
    expect(categoryTotal(elements[2]!, {})).toBeNull();
  });

  it('is not dirty when the same numbers are written differently', () => {
    expect(isDirty(elements, { 'TEAMS|': ' 40', 'SHARE|': '12.5', 'PEOPLE|citizens': '3' }, stored)).toBe(false);
    expect(isDirty(elements, { 'TEAMS|': '41', 'SHARE|': '12,5', 'PEOPLE|citizens': '3' }, stored)).toBe(true);
    expect(isDirty(elements, { 'TEAMS|': '40', 'SHARE|': '12,5' }, stored)).toBe(true);
  });
});
