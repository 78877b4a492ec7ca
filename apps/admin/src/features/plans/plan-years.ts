import { todayIso } from '../../lib/format.ts';

/** This year in Vietnam. */
export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** Years a plan can be made or looked up for: from the programme's start to next year. */
export function yearOptions(selected: number): number[] {
  const last = Math.max(currentYear() + 1, selected);
  const first = Math.min(2022, selected);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

export function yearParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : currentYear();
}
