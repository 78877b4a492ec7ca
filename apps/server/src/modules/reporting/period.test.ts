import { describe, expect, it } from 'vitest';
import { computeWindow, deadlineOf, formatPeriodVi, parsePeriod, periodContaining, periodsOf } from './period.ts';

describe('periods', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025H2', '2025-07-01', '2025-12-31'],
    ['2024Q1', '2024-01-01', '2024-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
  ])('%s runs from %s to %s', (id, start, end) => {
    expect(parsePeriod(id)).toMatchObject({ start, end });
  });
  it.each(['2025Q5', '2025-13', '2025H3', 'abcd', '25'])('refuses %s', (id) => expect(parsePeriod(id)).toBeNull());
  it('lists the periods of a year and finds the one holding a day', () => {
    expect(periodsOf('quarter', 2025).map((p) => p.id)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(periodsOf('month', 2025)).toHaveLength(12);
    expect(periodContaining('quarter', '2025-08-15').id).toBe('2025Q3');
  });
  it('puts the deadline in the month after the period, across the year end', () => {
    expect(deadlineOf(parsePeriod('2025Q1')!, 15)).toBe('2025-04-15');
    expect(deadlineOf(parsePeriod('2025Q4')!, 15)).toBe('2026-01-15');
    expect(deadlineOf(parsePeriod('2025')!, 10)).toBe('2026-01-10');
  });
  it('speaks Vietnamese', () => {
    expect(['2025', '2025H1', '2025Q3', '2025-03'].map(formatPeriodVi)).toEqual(['Năm 2025', '6 tháng đầu năm 2025', 'Quý 3/2025', 'Tháng 3/2025']);
  });
});

describe('entry window, tested at its edges', () => {
  const q1 = parsePeriod('2025Q1')!;
  const rule = { deadlineDay: 15, lateDays: 30 };
  it.each([
    ['2024-12-31', false, 'not_started'],
    ['2025-01-01', true, null],
    ['2025-04-15', true, null],
    ['2025-04-16', true, 'late'],
    ['2025-05-15', true, 'late'],
    ['2025-05-16', false, 'closed'],
  ])('on %s open=%s (%s)', (today, open, note) => {
    const w = computeWindow(q1, rule, today);
    expect(w.open).toBe(open);
    if (!w.open) expect(w.reason).toBe(note);
    else expect(w.late).toBe(note === 'late');
  });
  it('stays open until an exception date, and says until when', () => {
    const w = computeWindow(q1, rule, '2025-06-01', '2025-06-10');
    expect(w).toMatchObject({ open: true, closes: '2025-06-10', late: true });
    expect(computeWindow(q1, rule, '2025-06-11', '2025-06-10')).toMatchObject({ open: false, reason: 'closed', closes: '2025-06-10' });
  });
});
