import type { Lang } from './i18n.tsx';

/**
 * Reporting periods as the server names them: '2025' (year), '2025H1' (half), '2025Q3' (quarter),
 * '2025-03' (month). Pure; the server's period.ts holds the same rules.
 */
export const PERIOD_TYPES = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export type Period = { id: string; type: PeriodType; year: number; index: number; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function make(id: string, type: PeriodType, year: number, index: number, fromMonth: number, toMonth: number): Period {
  return { id, type, year, index, start: `${year}-${pad(fromMonth)}-01`, end: lastDay(year, toMonth) };
}

export function parsePeriod(id: string): Period | null {
  let m = /^(\d{4})$/.exec(id);
  if (m) return make(id, 'year', Number(m[1]), 1, 1, 12);
  m = /^(\d{4})H([12])$/.exec(id);
  if (m) {
    const h = Number(m[2]);
    return make(id, 'half', Number(m[1]), h, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
  }
  m = /^(\d{4})Q([1-4])$/.exec(id);
  if (m) {
    const q = Number(m[2]);
    return make(id, 'quarter', Number(m[1]), q, q * 3 - 2, q * 3);
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (m) {
    const month = Number(m[2]);
    return make(id, 'month', Number(m[1]), month, month, month);
  }
  return null;
}

/** The periods of one type in a year, in calendar order. */
export function periodsOfYear(type: PeriodType, year: number): string[] {
  switch (type) {
    case 'year':
      return [String(year)];
    case 'half':
      return [`${year}H1`, `${year}H2`];
    case 'quarter':
      return [1, 2, 3, 4].map((q) => `${year}Q${q}`);
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  }
}

/** The period of a type that contains a day (YYYY-MM-DD). */
export function periodContaining(type: PeriodType, day: string): string {
  const year = Number(day.slice(0, 4));
  const found = periodsOfYear(type, year).find((id) => {
    const p = parsePeriod(id)!;
    return p.start <= day && day <= p.end;
  });
  return found ?? String(year);
}

/** Every period of a type from `fromYear` to `toYear`, newest first (what a select offers). */
export function periodChoices(type: PeriodType, fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = toYear; y >= fromYear; y--) out.push(...periodsOfYear(type, y).reverse());
  return out;
}

/**
 * The period a date range covers ("2025-07-01" … "2025-09-30" → "2025Q3"), for facts that carry
 * their dates rather than the period's name; null when the range is not one whole period.
 */
export function periodOfRange(start: string, end: string): string | null {
  const year = Number(start.slice(0, 4));
  if (!Number.isInteger(year) || end.slice(0, 4) !== start.slice(0, 4)) return null;
  for (const type of PERIOD_TYPES) {
    for (const id of periodsOfYear(type, year)) {
      const p = parsePeriod(id)!;
      if (p.start === start && p.end === end) return id;
    }
  }
  return null;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Quý 3/2025", "Năm 2025", "6 tháng đầu năm 2025", "Tháng 3/2025" (or in English). */
export function formatPeriod(id: string, lang: Lang = 'vi'): string {
  const p = parsePeriod(id);
  if (!p) return id;
  if (lang === 'en') {
    switch (p.type) {
      case 'year':
        return `Year ${p.year}`;
      case 'half':
        return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
      case 'quarter':
        return `Q${p.index} ${p.year}`;
      case 'month':
        return `${MONTHS_EN[p.index - 1]} ${p.year}`;
    }
  }
  switch (p.type) {
    case 'year':
      return `Năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `Quý ${p.index}/${p.year}`;
    case 'month':
      return `Tháng ${p.index}/${p.year}`;
  }
}
