import { todayIso } from '../../lib/format.ts';

export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** Years to pick from: from the programme's start to next year. */
export function yearOptions(selected: number | undefined): number[] {
  const last = Math.max(currentYear() + 1, selected ?? 0);
  const first = Math.min(2022, selected ?? 2022);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/** "2024-10" from the address, or this month. */
export function monthParam(value: string | null): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (m && +m[2]! >= 1 && +m[2]! <= 12 && +m[1]! >= 2000 && +m[1]! <= 2100) return { year: +m[1]!, month: +m[2]! };
  const today = todayIso();
  return { year: +today.slice(0, 4), month: +today.slice(5, 7) };
}

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + by;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

export type CalendarDay = { iso: string; day: number; inMonth: boolean };

/** The weeks (Monday first) that show a month, with the days of the neighbouring months greyed. */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - offset * 86_400_000);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start.getTime() + (w * 7 + d) * 86_400_000);
      week.push({ iso: date.toISOString().slice(0, 10), day: date.getUTCDate(), inMonth: date.getUTCMonth() === month - 1 });
    }
    if (w >= 4 && !week.some((x) => x.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}
