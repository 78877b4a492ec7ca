/** Reporting periods: '2025' (year), '2025H1' (half), '2025Q3' (quarter), '2025-03' (month). Pure. */
export const PERIOD_TYPES = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export type Period = { id: string; type: PeriodType; year: number; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}
function range(year: number, fromMonth: number, toMonth: number) {
  return { start: `${year}-${pad(fromMonth)}-01`, end: lastDay(year, toMonth) };
}

export function parsePeriod(id: string): Period | null {
  let m = /^(\d{4})$/.exec(id);
  if (m) return { id, type: 'year', year: +m[1]!, ...range(+m[1]!, 1, 12) };
  m = /^(\d{4})H([12])$/.exec(id);
  if (m) return { id, type: 'half', year: +m[1]!, ...range(+m[1]!, m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12) };
  m = /^(\d{4})Q([1-4])$/.exec(id);
  if (m) {
    const q = +m[2]!;
    return { id, type: 'quarter', year: +m[1]!, ...range(+m[1]!, q * 3 - 2, q * 3) };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (m) return { id, type: 'month', year: +m[1]!, ...range(+m[1]!, +m[2]!, +m[2]!) };
  return null;
}

export function periodsOf(type: PeriodType, year: number): Period[] {
  const ids =
    type === 'year' ? [`${year}`]
    : type === 'half' ? [`${year}H1`, `${year}H2`]
    : type === 'quarter' ? [1, 2, 3, 4].map((q) => `${year}Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  return ids.map((id) => parsePeriod(id)!);
}

/** The period of a type that contains a day. */
export function periodContaining(type: PeriodType, day: string): Period {
  const year = +day.slice(0, 4);
  return periodsOf(type, year).find((p) => p.start <= day && day <= p.end)!;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The deadline: `deadlineDay` of the month after the period ends. */
export function deadlineOf(period: Period, deadlineDay: number): string {
  const end = new Date(`${period.end}T00:00:00Z`);
  const y = end.getUTCMonth() === 11 ? end.getUTCFullYear() + 1 : end.getUTCFullYear();
  const m = ((end.getUTCMonth() + 1) % 12) + 1;
  return `${y}-${pad(m)}-${pad(deadlineDay)}`;
}

export type WindowState =
  | { open: true; closes: string; late: boolean; deadline: string }
  | { open: false; reason: 'not_started' | 'closed'; opens: string; closes: string; deadline: string };

/**
 * Whether a report for `period` can be entered on `today`: from the first day of the period to
 * `lateDays` after the deadline, or until an exception's date. Both edges are inclusive.
 */
export function computeWindow(period: Period, rule: { deadlineDay: number; lateDays: number }, today: string, exceptionUntil?: string | null): WindowState {
  const deadline = deadlineOf(period, rule.deadlineDay);
  let closes = addDays(deadline, rule.lateDays);
  if (exceptionUntil && exceptionUntil > closes) closes = exceptionUntil;
  if (today < period.start) return { open: false, reason: 'not_started', opens: period.start, closes, deadline };
  if (today > closes) return { open: false, reason: 'closed', opens: period.start, closes, deadline };
  return { open: true, closes, late: today > deadline, deadline };
}

export function formatPeriodVi(id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  switch (p.type) {
    case 'year':
      return `Năm ${p.year}`;
    case 'half':
      return id.endsWith('H1') ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case 'quarter':
      return `Quý ${id.slice(-1)}/${p.year}`;
    case 'month':
      return `Tháng ${+id.slice(5)}/${p.year}`;
  }
}

/** dd/mm/yyyy */
export function formatDateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
